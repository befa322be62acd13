import { TarifError } from './errors.js';

/** An ISO 4217 code. Kept as a plain string so catalogs can arrive from JSON without casts. */
export type CurrencyCode = string;

/**
 * Minor units (digits after the decimal point) per ISO 4217.
 * Our own table on purpose: `Intl` disagrees with ISO for HUF, IDR, COP and IQD, and amounts
 * on the wire must mean the same thing whatever the runtime's ICU version.
 */
export const currencies = {
  AED: 2,
  ARS: 2,
  AUD: 2,
  BGN: 2,
  BHD: 3,
  BRL: 2,
  CAD: 2,
  CHF: 2,
  CLP: 0,
  CNY: 2,
  COP: 2,
  CZK: 2,
  DKK: 2,
  EGP: 2,
  EUR: 2,
  GBP: 2,
  HKD: 2,
  HUF: 2,
  IDR: 2,
  ILS: 2,
  INR: 2,
  IQD: 3,
  ISK: 0,
  JOD: 3,
  JPY: 0,
  KRW: 0,
  KWD: 3,
  LYD: 3,
  MAD: 2,
  MXN: 2,
  MYR: 2,
  NGN: 2,
  NOK: 2,
  NZD: 2,
  OMR: 3,
  PHP: 2,
  PKR: 2,
  PLN: 2,
  PYG: 0,
  RON: 2,
  SAR: 2,
  SEK: 2,
  SGD: 2,
  THB: 2,
  TND: 3,
  TRY: 2,
  TWD: 2,
  UAH: 2,
  UGX: 0,
  USD: 2,
  VND: 0,
  XAF: 0,
  XOF: 0,
  ZAR: 2,
} as const satisfies Record<string, number>;

/** True when `code` is a currency our table knows. */
export function isCurrencyCode(code: unknown): code is CurrencyCode {
  return typeof code === 'string' && Object.hasOwn(currencies, code);
}

/** Digits after the decimal point for `code`; throws TarifError('unknown-currency') otherwise. */
export function minorUnits(code: CurrencyCode): number {
  if (!isCurrencyCode(code)) throw new TarifError('unknown-currency', code);
  return currencies[code as keyof typeof currencies];
}
