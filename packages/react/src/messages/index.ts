import type { LocaleMessages } from '../i18n/message-types.js';
import { en } from './en.js';

/** The catalog built into the provider: English, the fallback for every key. Other languages are packs. */
export const builtInMessages: LocaleMessages = { en };

export { en };
export type { MessageKey } from './en.js';
