import type { LocalePack } from '@tarif/react/i18n';
import { de as hooks } from '@tarif/react/locales/de';
import { de as ui } from '../messages/de.js';

/**
 * German for the widgets and the hooks under them, in one import:
 * `import { de } from '@tarif/ui/locales/de'`, then `<BillingProvider locales={[de]} …>`.
 */
export const de = { de: { ...hooks.de, ...ui } } as const satisfies LocalePack;
