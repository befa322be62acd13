import type { MessageKey } from '../messages/en.js';

/** A message chosen by `Intl.PluralRules` from the `count` parameter. `other` is required. */
export interface PluralMessage {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** A string with `{name}` placeholders, or a plural object. */
export type Message = string | PluralMessage;

/** A flat map from key to message. */
export type MessageCatalog = { readonly [key: string]: Message };

/** Per-locale catalogs, keyed by BCP 47 tag ('en', 'fr', 'fr-CA'...). */
export type LocaleMessages = { readonly [locale: string]: MessageCatalog | undefined };

/** Values for placeholders. Numbers are formatted for the active locale ('10 000' in French). */
export type MessageParams = Readonly<Record<string, string | number | undefined>>;

/** Keeps the literal keys of a catalog so `t()` can check them. */
export function defineMessages<const M extends MessageCatalog>(messages: M): M {
  return messages;
}

/**
 * Every message key a program knows: @tarif/react's own, plus those each package that brings its
 * own catalog adds by augmenting this interface (`@tarif/ui` adds its `ui.*` keys). Overrides and
 * host locales are typed against it, so a typo such as `'ui.biling.title'` does not compile.
 */
export interface MessageKeyRegistry {
  react: MessageKey;
}

/** A key any registered catalog has. */
export type KnownMessageKey = MessageKeyRegistry[keyof MessageKeyRegistry];

/** Some messages of one locale, by known key. */
export type PartialCatalog = { readonly [K in KnownMessageKey]?: Message };

/**
 * A language the host ships: `{ fr: messages }`, one import per language
 * (`import { fr } from '@tarif/ui/locales/fr'`) given to `BillingProvider`'s `locales`.
 */
export type LocalePack = { readonly [locale: string]: PartialCatalog };

/** The host's own wording, per locale, laid over every catalog: `{ fr: { 'ui.billing.title': '…' } }`. */
export type MessageOverrides = { readonly [locale: string]: PartialCatalog | undefined };

/**
 * A language of your own, for `BillingProvider`'s `locales`: `defineLocale('es', { ... })`.
 * Keys are checked against the registered catalogs; a key you leave out shows in English.
 */
export function defineLocale<const L extends string>(
  locale: L,
  messages: PartialCatalog,
): { readonly [T in L]: PartialCatalog } {
  return { [locale]: messages } as { readonly [T in L]: PartialCatalog };
}
