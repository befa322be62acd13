import type { LocaleMessages, Message, MessageParams, PluralMessage } from './message-types.js';
import { localeChain } from './resolve-locale.js';
import { warnOnce } from '../internal/warn-once.js';

/** Looks a key up along the locale chain and fills its `{placeholders}`. */
export type Translate = (key: string, params?: MessageParams) => string;

/** The locale, the catalog layers and the number formatter a translator uses. */
export interface TranslatorOptions {
  /** The host's tag, e.g. 'fr-CA'. */
  readonly locale: string;
  /** Layers from lowest to highest priority: built-in catalogs first, host overrides last. */
  readonly layers: readonly LocaleMessages[];
  /** Formats numeric parameters, so '{count} contacts' reads '10 000 contacts' in French. */
  readonly formatNumber: (value: number) => string;
}

/**
 * A tiny message runtime over Intl: lookup along the locale chain, `{name}` interpolation,
 * plural objects chosen by `Intl.PluralRules`. Deliberately not ICU MessageFormat: our
 * messages need nothing more, and the parser would cost ~10 kB gzip in every host bundle.
 */
export function createTranslator({ locale, layers, formatNumber }: TranslatorOptions): Translate {
  const chain = localeChain(locale);
  // The most specific locale we hold any catalog for; 'fr-CA' usually lands on 'fr'.
  const supported = chain.find((tag) => layers.some((layer) => layer[tag] !== undefined)) ?? 'en';
  const plurals = pluralRulesFor(chain[0] ?? 'en');
  if (supported === 'en' && !(chain[0] ?? '').startsWith('en')) {
    warnOnce(`locale:${locale}`, `[tarif] No messages for locale "${locale}"; showing English.`);
  }
  return (key, params) => {
    const found = lookup(chain, layers, key);
    if (!found) {
      warnOnce(`missing:${key}`, `[tarif] Missing message "${key}" in every catalog.`);
      return key;
    }
    if (found.locale === 'en' && !supported.startsWith('en')) {
      warnOnce(
        `fallback:${supported}:${key}`,
        `[tarif] Message "${key}" is missing for "${supported}"; showing English.`,
      );
    }
    const text =
      typeof found.message === 'string'
        ? found.message
        : pickPlural(found.message, params, plurals);
    return interpolate(text, params, formatNumber);
  };
}

function lookup(
  chain: readonly string[],
  layers: readonly LocaleMessages[],
  key: string,
): { message: Message; locale: string } | undefined {
  for (const tag of chain) {
    // Within one locale the host's override wins; a more specific locale wins over both.
    for (let i = layers.length - 1; i >= 0; i--) {
      const message = layers[i]?.[tag]?.[key];
      if (message !== undefined) return { message, locale: tag };
    }
  }
  return undefined;
}

function pickPlural(
  message: PluralMessage,
  params: MessageParams | undefined,
  rules: Intl.PluralRules,
): string {
  const count = params?.['count'];
  if (typeof count !== 'number') return message.other;
  // An exact zero form is optional; without it, French 0 is 'one' (« 0 siège ») as CLDR says.
  if (count === 0 && message.zero !== undefined) return message.zero;
  const category = rules.select(count);
  // 'many' (French 1 000 000) and other rare forms fall back to 'other' when not written.
  return message[category] ?? message.other;
}

function interpolate(
  text: string,
  params: MessageParams | undefined,
  formatNumber: (value: number) => string,
): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

const pluralCache = new Map<string, Intl.PluralRules>();

function pluralRulesFor(tag: string): Intl.PluralRules {
  let rules = pluralCache.get(tag);
  if (!rules) {
    rules = new Intl.PluralRules(tag);
    pluralCache.set(tag, rules);
  }
  return rules;
}

/** The `{arguments}` a message uses, across all its plural forms; the catalog test compares them. */
export function messageArguments(message: Message): readonly string[] {
  const texts =
    typeof message === 'string'
      ? [message]
      : Object.values(message).filter((v): v is string => typeof v === 'string');
  const names = new Set<string>();
  for (const text of texts)
    for (const match of text.matchAll(/\{(\w+)\}/g)) if (match[1]) names.add(match[1]);
  return [...names].sort();
}
