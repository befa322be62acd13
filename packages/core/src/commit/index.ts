// The rules of committing a change, shared by @tarif/server and the memory adapter so that both
// behave the same: what a commit does to a subscription, what renews, and when the price agreed
// to still holds. Pure functions: no clock but the one passed in, no I/O.
export type { ScheduledChange, SubscriptionState } from './commit-types.js';
export { agreedPrice, sameAgreement } from './agreement.js';
export type { AgreedPrice, AgreedTax } from './agreement.js';
export { applyCommit } from './apply-commit.js';
export { mergeScheduled } from './merge-scheduled.js';
export { previewWithScheduled } from './preview-with-scheduled.js';
export { rollOver } from './roll-over.js';
export { sameSelection } from './same-selection.js';
export { previewWithTax } from './preview-with-tax.js';
export type { TaxContext } from './preview-with-tax.js';
export { commitAmounts } from './commit-amounts.js';
export type { CommitAmounts } from './commit-amounts.js';
