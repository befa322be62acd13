import type { Money } from '@tarif/core';
import type { Translate } from './translate.js';
import type { LocaleMessages } from './message-types.js';

/** Formatters bound to the provider's locale and time zone. */
export interface LocaleValue {
  /** The tag the host passed, e.g. 'fr-CA'; Intl formats with it. */
  readonly locale: string;
  /** The catalog locale messages come from, e.g. 'fr' for 'fr-CA'. */
  readonly messagesLocale: string;
  readonly timeZone: string;
  readonly formatMoney: (money: Money) => string;
  readonly formatNumber: (value: number) => string;
  /** Formats an ISO 8601 instant (or a Date) as a date in the provider's time zone. */
  readonly formatDate: (
    instant: string | Date,
    options?: { readonly dateStyle?: Intl.DateTimeFormatOptions['dateStyle'] },
  ) => string;
}

/** The provider's translator, with its formatters. */
export interface MessagesValue extends LocaleValue {
  /** Looks a key up along the locale chain and fills `{placeholders}`. */
  readonly t: Translate;
  /**
   * A translator that looks in `fallback` last, below every catalog and override: how a package
   * with its own strings (@tarif/ui) builds its English in without the host registering it.
   * Pass a module constant; the translator is kept per object.
   */
  readonly withFallback: (fallback: LocaleMessages) => Translate;
}
