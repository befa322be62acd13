// @tarif/ui: explicit exports only. Each widget lives in its own module so that importing one
// (e.g. SeatStepper) does not pull in another's dependencies (Radix) — keep this file free of side effects.

// Messages
export { uiMessages, withUiMessages } from './messages/index.js';
export type { UiMessageKey } from './messages/index.js';
export { en as uiMessagesEn } from './messages/en.js';
export { fr as uiMessagesFr } from './messages/fr.js';

// Field widgets
