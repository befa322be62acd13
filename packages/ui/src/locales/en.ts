import type { LocalePack } from '@tarif/react/i18n';
import { en as hooks } from '@tarif/react/locales/en';
import { en as ui } from '../messages/en.js';

/**
 * The widgets' and the hooks' English. Built in as the fallback: import it only for tools (a
 * translator outside React, a test's expected text), never to register it.
 */
export const en = { en: { ...hooks.en, ...ui } } as const satisfies LocalePack;
