import type { LocaleMessages } from '../i18n/message-types.js';
import { en } from './en.js';
import { fr } from './fr.js';

/** The catalogs shipped with the hooks; host catalogs are layered on top. */
export const builtInMessages: LocaleMessages = { en, fr };

export { en, fr };
export type { MessageKey } from './en.js';
