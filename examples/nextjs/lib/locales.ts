import { fr } from '@tarif/ui/locales/fr';

// The example's locale wiring, all of it: which locales have a route, the widgets' catalogs, and
// the host's own few strings. English is built into @tarif/ui; French is one import.

/** The locales with a billing route: /en/billing and /fr/billing. */
export const locales = ['en', 'fr'] as const;
export type Locale = (typeof locales)[number];

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** The language packs beyond English, handed to the provider's `locales`. */
export const billingLocales = [fr];

/** What the host page itself writes around the widgets. */
export const hostMessages = {
  en: {
    documentTitle: 'Billing · Acme settings',
    product: 'Acme',
    section: 'Settings',
    languages: 'Language',
  },
  fr: {
    documentTitle: 'Facturation · Paramètres Acme',
    product: 'Acme',
    section: 'Paramètres',
    languages: 'Langue',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** Each locale's name in itself, for the language links. */
export const localeNames = { en: 'English', fr: 'Français' } as const satisfies Record<
  Locale,
  string
>;

/** Dates in the widgets are written in this zone, on the server and in the browser alike. */
export const timeZone = 'Europe/Paris';
