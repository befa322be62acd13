'use client';
// @tarif/ui: explicit exports only. Each widget lives in its own module so that importing one
// (e.g. SeatStepper) does not pull in another's dependencies (Radix) — keep this file free of side effects.

// Messages: English is built in; each other language is one import, '@tarif/ui/locales/<tag>'.
export type { UiMessageKey } from './messages/index.js';

// Field widgets
export { ContactLimitSlider } from './contact-limit-slider/contact-limit-slider.js';
export type { ContactLimitSliderProps } from './contact-limit-slider/contact-limit-slider.js';
export { SeatStepper } from './seat-stepper/seat-stepper.js';
export type { SeatStepperProps } from './seat-stepper/seat-stepper.js';
export { PlanTierPicker } from './plan-tier-picker/plan-tier-picker.js';
export type { PlanTierPickerProps } from './plan-tier-picker/plan-tier-picker.js';
export { AddOnCard } from './add-on-card/add-on-card.js';
export type { AddOnCardProps } from './add-on-card/add-on-card.js';

// Flows (on Radix Dialog): import them only where you need them.
export { ReviewPurchaseModal } from './review-purchase-modal/review-purchase-modal.js';
export type { ReviewPurchaseModalProps } from './review-purchase-modal/review-purchase-modal.js';
export { ChangeRequestDialog } from './change-request-dialog/change-request-dialog.js';
export type { ChangeRequestDialogProps } from './change-request-dialog/change-request-dialog.js';
export { BillingPage } from './billing-page/billing-page.js';
export type { BillingPageProps } from './billing-page/billing-page.js';
export { PortalContainer } from './portal-container/portal-container.js';
export type { PortalContainerProps } from './portal-container/portal-container.js';
