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
