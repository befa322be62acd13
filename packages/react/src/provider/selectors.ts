import type { BillingState } from '../flow/flow-state.js';

// Slices of the provider's state for `useStoreSelector`. The flow replaces a slice only when it
// changes, so a hook that selects the account is not rendered again when the draft moves.
export const selectAccount = (state: BillingState) => state.account;
export const selectDraft = (state: BillingState) => state.draft;
/** The subscription's selection, which a draft is compared with. */
export const selectCurrent = (state: BillingState) =>
  state.account.snapshot?.subscription.selection ?? null;
export const selectContactsBeyond = (state: BillingState) => state.contactsBeyond;
export const selectFlow = (state: BillingState) => state.flow;
export const selectFlowStatus = (state: BillingState) => state.flow.status;
export const selectCancelScheduled = (state: BillingState) => state.cancelScheduled;
