import { TarifError } from '../money/errors.js';
import { minorUnits } from '../money/currencies.js';
import type { Money } from '../money/money.js';

// Building an Intl formatter costs far more than using one, and widgets format on every render;
// cache by locale and options (as @internationalized/number does).
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.NumberFormat` for `locale` and `options`. */
export function getNumberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A cached `Intl.DateTimeFormat` for `locale` and `options`. */
export function getDateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** Options a caller may tune; currency and fraction digits always come from the Money and our table. */
export type FormatMoneyOptions = Omit<
  Intl.NumberFormatOptions,
  'style' | 'currency' | 'minimumFractionDigits' | 'maximumFractionDigits'
>;

/**
 * Formats Money for `locale`, with exactly the currency's ISO 4217 minor units (our table, since
 * Intl gives HUF, IDR, COP and IQD other digits). The amount goes to Intl as a decimal string
 * built from the integer, so no float division can turn 1005 cents into 10.049999.
 */
export function formatMoney(
  money: Money,
  locale: string,
  options: FormatMoneyOptions = {},
): string {
  if (!Number.isSafeInteger(money.amount)) throw new TarifError('invalid-amount', money.amount);
  const digits = minorUnits(money.currency);
  const format = getNumberFormat(locale, {
    ...options,
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return formatDecimalString(format, toDecimalString(money.amount, digits));
}

/** A plain number for `locale` (contact counts, seats). */
export function formatNumber(
  value: number,
  locale: string,
  options: Intl.NumberFormatOptions = {},
): string {
  if (!Number.isFinite(value)) throw new TarifError('invalid-number', value);
  return getNumberFormat(locale, options).format(value);
}

export interface FormatDateOptions {
  /** IANA zone; always explicit because a renewal at 23:30 UTC is the next day in Paris. Default 'UTC'. */
  readonly timeZone?: string;
  readonly dateStyle?: Intl.DateTimeFormatOptions['dateStyle'];
}

/** A date for `locale` in an explicit time zone (default UTC, long date style). */
export function formatDate(
  iso: string | Date,
  locale: string,
  options: FormatDateOptions = {},
): string {
  const ms = typeof iso === 'string' ? Date.parse(iso) : iso.getTime();
  if (Number.isNaN(ms)) throw new TarifError('invalid-date', iso);
  const format = getDateFormat(locale, {
    timeZone: options.timeZone ?? 'UTC',
    dateStyle: options.dateStyle ?? 'long',
  });
  if (!isFrench(locale)) return format.format(ms);
  // French writes the first day of a month as an ordinal, « 1er avril 2026 » (Imprimerie nationale,
  // Lexique des règles typographiques); Intl gives « 1 avril 2026 ». A numeric style gives '01', untouched.
  return format
    .formatToParts(ms)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

function isFrench(locale: string): boolean {
  return /^fr(?:[-_]|$)/i.test(locale);
}

/** 123456 with 2 digits → "1234.56"; −5 with 2 digits → "-0.05"; exact for any safe integer. */
export function toDecimalString(amount: number, digits: number): string {
  const sign = amount < 0 ? '-' : '';
  const units = String(Math.abs(amount));
  if (digits === 0) return sign + units;
  const padded = units.padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

// Intl.NumberFormat#format takes numeric strings (ES2023 Intl.NumberFormat v3; Node 20+, evergreen
// browsers) and formats them without converting to a float; the ES2022 lib typings predate that.
function formatDecimalString(format: Intl.NumberFormat, decimal: string): string {
  return (format as unknown as { format(value: string): string }).format(decimal);
}
