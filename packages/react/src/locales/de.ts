import type { LocalePack } from '../i18n/message-types.js';
import { de as messages } from '../messages/de.js';

/**
 * German for the hooks, for a host without @tarif/ui: `<BillingProvider locales={[de]} …>`.
 * With @tarif/ui, import `de` from '@tarif/ui/locales/de' instead: it carries these strings too.
 */
export const de = { de: messages } as const satisfies LocalePack;
