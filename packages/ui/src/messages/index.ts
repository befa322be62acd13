import type { LocaleMessages } from '@tarif/react/i18n';
import { en } from './en.js';

export type { UiMessageKey } from './en.js';

/** The widgets' English, built in: every translator of @tarif/ui looks here last. */
export const uiEnglish: LocaleMessages = { en };
