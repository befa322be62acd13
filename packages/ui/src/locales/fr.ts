import type { LocalePack } from '@tarif/react/i18n';
import { fr as hooks } from '@tarif/react/locales/fr';
import { fr as ui } from '../messages/fr.js';

/**
 * French for the widgets and the hooks under them, in one import:
 * `import { fr } from '@tarif/ui/locales/fr'`, then `<BillingProvider locales={[fr]} …>`.
 */
export const fr = { fr: { ...hooks.fr, ...ui } } as const satisfies LocalePack;
