import type { LocaleMessages } from '@tarif/react/i18n';
import { en } from './en.js';
import { fr } from './fr.js';

export type { UiMessageKey } from './en.js';

/** The @tarif/ui catalogs, per locale, in the shape `BillingProvider`'s `messages` prop takes. */
export const uiMessages = { en, fr } as const satisfies LocaleMessages;

/**
 * The `messages` to give `BillingProvider` when you render @tarif/ui widgets: our catalogs first,
 * then your overrides, so any key you pass wins over ours.
 *
 * @example <BillingProvider adapter={adapter} locale="fr" messages={withUiMessages({ fr: { 'ui.addOn.add': 'Ajouter' } })} />
 */
export function withUiMessages(
  overrides?: LocaleMessages | readonly LocaleMessages[],
): readonly LocaleMessages[] {
  if (overrides === undefined) return [uiMessages];
  return Array.isArray(overrides)
    ? [uiMessages, ...overrides]
    : [uiMessages, overrides as LocaleMessages];
}
