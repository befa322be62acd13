import type { LocalePack } from '../i18n/message-types.js';
import { fr as messages } from '../messages/fr.js';

/**
 * French for the hooks, for a host without @tarif/ui: `<BillingProvider locales={[fr]} …>`.
 * With @tarif/ui, import `fr` from '@tarif/ui/locales/fr' instead: it carries these strings too.
 */
export const fr = { fr: messages } as const satisfies LocalePack;
