import { resolveMessagesLocale } from '@tarif/react/i18n';
import type { LocalePack } from '@tarif/react/i18n';
import { packFile } from './locale-packs.js';
import type { BillingErrorDetail } from './types.js';

/**
 * True when no catalog answers for `locale` and the page falls back to English for it: 'es' with
 * no Spanish pack registered, an invalid tag. English itself and its variants ('en-GB', the
 * pseudo-locale 'en-XA') are English, not a fallback.
 */
export function fallsBackToEnglish(locale: string, packs: readonly LocalePack[]): boolean {
  const available = ['en', ...packs.flatMap((pack) => Object.keys(pack))];
  if (resolveMessagesLocale(locale, available) !== 'en') return false;
  return !/^en(?:[-_]|$)/i.test(locale);
}

/** `tarif:error` for a locale the page cannot show: it shows English instead. */
export function unsupportedLocale(locale: string): BillingErrorDetail {
  return {
    operation: 'locale',
    code: 'locale-unsupported',
    message:
      `No messages for locale "${locale}": the billing page shows English. The element ships ` +
      `en, fr and de; register other languages with the \`locales\` property.`,
  };
}

/** `tarif:error` for a shipped language whose file did not load: the page stays in its language. */
export function unavailableLocale(
  locale: string,
  language: string,
  error: unknown,
): BillingErrorDetail {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    operation: 'locale',
    code: 'locale-unavailable',
    message:
      `The ${language} messages for locale "${locale}" did not load from ${packFile(language)} ` +
      `(${reason}): serve that file beside tarif-embed.js, as docs/embedding.md says. ` +
      `The billing page stays in its current language meanwhile.`,
  };
}
