import type { LocalePack } from '../i18n/message-types.js';
import { en as messages } from '../messages/en.js';

/**
 * The hooks' English. The provider has it built in as the fallback: import it only for tools
 * (a translator outside React, a test's expected text), never to register it.
 */
export const en = { en: messages } as const satisfies LocalePack;
