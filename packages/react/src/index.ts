'use client';
// @tarif/react: what hosts use. Explicit exports only.

// Provider
export { BillingProvider } from './provider/billing-provider.js';
export type { BillingProviderProps } from './provider/billing-provider.js';
export type {
  BillingAccountError,
  CancelScheduledStatus,
  FlowStatus,
  PreviewPhase,
} from './flow/flow-state.js';
export type { ConfirmBlocker, PurchaseStatus } from './flow/select-review.js';
export type { ChangeDescription } from './flow/describe-change.js';
export type { ReviewNextStep } from './flow/select-next-step.js';

// Adapter contract
// The same contract as @tarif/react/adapter, which server code imports without 'use client'.
export * from './adapter.js';

// Hooks
export { useBillingAccount } from './account/use-billing-account.js';
export type { BillingAccount, BillingAccountStatus } from './account/use-billing-account.js';
export { useSubscriptionOffer } from './account/use-subscription-offer.js';
export type { SubscriptionAddOn, SubscriptionOffer } from './account/use-subscription-offer.js';
export { useDraftChange } from './draft/use-draft-change.js';
export type { DraftChange, DraftNextStep } from './draft/use-draft-change.js';
export { useDraftValue } from './draft/use-draft-value.js';
export type { DraftState } from './draft/use-draft-value.js';
export { useDraftActions } from './draft/use-draft-actions.js';
export type { DraftActions, Updater } from './draft/use-draft-actions.js';
export { useContactLimitField } from './fields/use-contact-limit-field.js';
export type {
  ContactBand,
  ContactLimitField,
  ContactLimitNudge,
  SliderProps,
} from './fields/use-contact-limit-field.js';
export { useSeatField } from './fields/use-seat-field.js';
export type {
  SeatButtonProps,
  SeatField,
  SeatFieldOptions,
  SeatInputProps,
  SeatLimitReason,
} from './fields/use-seat-field.js';
export { usePlanTierField } from './fields/use-plan-tier-field.js';
export type {
  PlanTier,
  PlanTierField,
  PlanTierUnavailable,
  RadioGroupProps,
  RadioProps,
  YearlySaving,
} from './fields/use-plan-tier-field.js';
export { useAddOn } from './fields/use-add-on.js';
export type { AddOnField, AddOnState } from './fields/use-add-on.js';
export { useReview } from './review/use-review.js';
export type {
  Review,
  ReviewBlocking,
  ReviewLine,
  ReviewSource,
  ReviewTax,
  ReviewTaxRow,
  ReviewTaxTotals,
} from './review/use-review.js';
export { usePurchase } from './purchase/use-purchase.js';
export type { ConfirmButtonProps, Purchase } from './purchase/use-purchase.js';
export { usePurchaseFlow } from './purchase/use-purchase-flow.js';
export type { PurchaseFlow } from './purchase/use-purchase-flow.js';
export { usePaymentMethod } from './payment-method/use-payment-method.js';
export type {
  PaymentMethod,
  PaymentMethodUpdateStatus,
} from './payment-method/use-payment-method.js';
export { useScheduledChange } from './scheduled-change/use-scheduled-change.js';
export type {
  CancelScheduledBlocker,
  ScheduledChangeState,
} from './scheduled-change/use-scheduled-change.js';
export { useChangeRequest, changeRequestLimits } from './change-request/use-change-request.js';
export type {
  ChangeRequest,
  ChangeRequestErrors,
  ChangeRequestField,
  ChangeRequestFieldProps,
  ChangeRequestStatus,
  ChangeRequestValues,
} from './change-request/use-change-request.js';

// Locale: the provider's translator and formatters. Catalogs, the translator itself and locale
// resolution are on '@tarif/react/i18n'.
export { useMessages } from './i18n/use-messages.js';
export { useLocale } from './i18n/use-locale.js';
export type { LocaleValue, MessagesValue } from './i18n/locale-context.js';
