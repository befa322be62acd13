// @tarif/ui: explicit exports only. Each widget lives in its own module so that importing one
// (e.g. SeatStepper) does not pull in another's dependencies (Radix) — keep this file free of side effects.

// Messages
export { uiMessages, withUiMessages } from './messages/index.js';
export type { UiMessageKey } from './messages/index.js';
export { en as uiMessagesEn } from './messages/en.js';
export { fr as uiMessagesFr } from './messages/fr.js';

// Field widgets
export { ContactLimitSlider } from './contact-limit-slider/contact-limit-slider.js';
export type { ContactLimitSliderProps } from './contact-limit-slider/contact-limit-slider.js';
export { SeatStepper } from './seat-stepper/seat-stepper.js';
export type { SeatStepperProps } from './seat-stepper/seat-stepper.js';
export { PlanTierPicker } from './plan-tier-picker/plan-tier-picker.js';
export type { PlanTierPickerProps } from './plan-tier-picker/plan-tier-picker.js';
export { AddOnCard } from './add-on-card/add-on-card.js';
export type { AddOnCardProps } from './add-on-card/add-on-card.js';
