import { formatDate, formatMoney, formatNumber } from '@tarif/core';
import type { LocaleValue } from './locale-context.js';

/** Binds core's cached formatters to one locale and time zone, once per provider render of a new locale. */
export function bindFormatters(
  locale: string,
  messagesLocale: string,
  timeZone: string,
): LocaleValue {
  return {
    locale,
    messagesLocale,
    timeZone,
    formatMoney: (money) => formatMoney(money, locale),
    formatNumber: (value) => formatNumber(value, locale),
    formatDate: (instant, options) => formatDate(instant, locale, { ...options, timeZone }),
  };
}
