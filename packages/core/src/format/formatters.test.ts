import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatMoney,
  formatNumber,
  getDateFormat,
  getNumberFormat,
  toDecimalString,
} from './formatters.js';

// French is compared with the very characters Intl writes (ICU 78, CLDR 48, as in Node 22 and
// Chromium): U+202F (narrow no-break space) between thousands, U+00A0 (no-break space) before
// « € » or another currency; fr-CA groups with U+00A0. A change of either fails these tests.
describe('formatMoney', () => {
  it.each([
    ['en', { amount: 1613, currency: 'EUR' }, '€16.13'],
    ['fr', { amount: 1613, currency: 'EUR' }, '16,13\u00a0€'],
    ['en', { amount: 123456789, currency: 'EUR' }, '€1,234,567.89'],
    ['fr', { amount: 123456789, currency: 'EUR' }, '1\u202f234\u202f567,89\u00a0€'],
    ['fr-CA', { amount: 123456789, currency: 'EUR' }, '1\u00a0234\u00a0567,89\u00a0€'],
    ['en', { amount: 5, currency: 'USD' }, '$0.05'],
    ['fr', { amount: -1581, currency: 'EUR' }, '-15,81\u00a0€'],
    ['en', { amount: 9400, currency: 'JPY' }, '¥9,400'],
    ['fr', { amount: 9400, currency: 'JPY' }, '9\u202f400\u00a0JPY'],
    ['en', { amount: 1234, currency: 'TND' }, 'TND\u00a01.234'],
  ])('in %s formats %j as %j', (locale, money, expected) => {
    expect(formatMoney(money, locale)).toBe(expected);
  });

  it.each([['en'], ['fr']])('in %s matches Intl given the digits from our table', (locale) => {
    const intl = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    expect(formatMoney({ amount: 5900, currency: 'EUR' }, locale)).toBe(intl.format(59));
  });

  it('shows the ISO minor units for HUF, where Intl would show none', () => {
    const intl = new Intl.NumberFormat('en', {
      style: 'currency',
      currency: 'HUF',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    expect(formatMoney({ amount: 150050, currency: 'HUF' }, 'en')).toBe(intl.format(1500.5));
  });

  it('formats amounts beyond float precision exactly', () => {
    // 2^53 − 1 cents = 90 071 992 547 409.91; dividing by 100 as a float would print …409.9
    expect(formatMoney({ amount: Number.MAX_SAFE_INTEGER, currency: 'EUR' }, 'en')).toBe(
      '€90,071,992,547,409.91',
    );
  });

  it('passes through display options', () => {
    expect(formatMoney({ amount: 1000, currency: 'USD' }, 'en', { currencyDisplay: 'code' })).toBe(
      'USD\u00a010.00',
    );
  });

  it.each([[1.5], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    'throws a TarifError rather than printing %s',
    (amount) => {
      expect(() => formatMoney({ amount, currency: 'EUR' }, 'en')).toThrow(
        expect.objectContaining({ code: 'invalid-amount' }),
      );
    },
  );

  it('throws a TarifError for an unknown currency', () => {
    expect(() => formatMoney({ amount: 1, currency: 'XYZ' }, 'en')).toThrow(
      expect.objectContaining({ code: 'unknown-currency' }),
    );
  });
});

describe('toDecimalString', () => {
  it.each([
    [123456, 2, '1234.56'],
    [5, 2, '0.05'],
    [-5, 2, '-0.05'],
    [0, 2, '0.00'],
    [1234, 3, '1.234'],
    [9400, 0, '9400'],
  ])('%i with %i digits is %s', (amount, digits, expected) => {
    expect(toDecimalString(amount, digits)).toBe(expected);
  });
});

describe('formatNumber', () => {
  it.each([
    ['en', '10,000'],
    ['fr', '10\u202f000'],
    ['fr-CA', '10\u00a0000'],
  ])('in %s groups thousands: %j', (locale, expected) => {
    expect(formatNumber(10000, locale)).toBe(expected);
  });

  it('gives « % » the no-break space U+00A0 in Intl’s French percent style', () => {
    // The widgets write their percent through the catalog ('{value}\u202f%'), not this style;
    // this pins what Intl itself does, which docs/localization.md reports.
    expect(formatNumber(0.87, 'fr', { style: 'percent' })).toBe('87\u00a0%');
  });

  it('throws on NaN instead of printing it', () => {
    expect(() => formatNumber(Number.NaN, 'en')).toThrow(
      expect.objectContaining({ code: 'invalid-number' }),
    );
  });
});

describe('formatDate', () => {
  it.each([
    ['en', 'February 1, 2025'],
    ['fr', '1er février 2025'],
  ])('in %s formats in UTC by default: %s', (locale, expected) => {
    expect(formatDate('2025-02-01T00:00:00Z', locale)).toBe(expected);
  });

  it('shows a renewal at 23:30 UTC on the next day in Paris', () => {
    expect(formatDate('2025-01-31T23:30:00Z', 'fr', { timeZone: 'UTC' })).toBe('31 janvier 2025');
    expect(formatDate('2025-01-31T23:30:00Z', 'fr', { timeZone: 'Europe/Paris' })).toBe(
      '1er février 2025',
    );
  });

  it.each([
    ['fr', 'long', '2026-04-01T00:00:00Z', '1er avril 2026'],
    ['fr-CA', 'long', '2026-04-01T00:00:00Z', '1er avril 2026'],
    ['fr', 'full', '2026-04-01T00:00:00Z', 'mercredi 1er avril 2026'],
    ['fr', 'medium', '2026-04-01T00:00:00Z', '1er avr. 2026'],
    // Only the first of the month takes the ordinal; numeric days stay as Intl writes them.
    ['fr', 'long', '2026-04-11T00:00:00Z', '11 avril 2026'],
    ['fr', 'long', '2026-04-21T00:00:00Z', '21 avril 2026'],
    ['fr', 'short', '2026-04-01T00:00:00Z', '01/04/2026'],
    ['en', 'long', '2026-04-01T00:00:00Z', 'April 1, 2026'],
  ] as const)('in %s with the %s style writes %s as %s', (locale, dateStyle, iso, expected) => {
    expect(formatDate(iso, locale, { dateStyle })).toBe(expected);
  });

  it('takes a date style and a Date object', () => {
    expect(formatDate(new Date('2025-02-01T00:00:00Z'), 'en', { dateStyle: 'short' })).toBe(
      '2/1/25',
    );
  });

  it('throws a TarifError on an invalid date', () => {
    expect(() => formatDate('soon', 'en')).toThrow(
      expect.objectContaining({ code: 'invalid-date' }),
    );
  });
});

describe('formatter caches', () => {
  it('return the same Intl.NumberFormat for the same locale and options', () => {
    expect(getNumberFormat('fr', { style: 'percent' })).toBe(
      getNumberFormat('fr', { style: 'percent' }),
    );
    expect(getNumberFormat('fr', { style: 'percent' })).not.toBe(
      getNumberFormat('en', { style: 'percent' }),
    );
    expect(getNumberFormat('fr')).not.toBe(getNumberFormat('fr', { style: 'percent' }));
  });

  it('return the same Intl.DateTimeFormat for the same locale and options', () => {
    expect(getDateFormat('en', { timeZone: 'UTC' })).toBe(getDateFormat('en', { timeZone: 'UTC' }));
    expect(getDateFormat('en', { timeZone: 'UTC' })).not.toBe(
      getDateFormat('en', { timeZone: 'Europe/Paris' }),
    );
  });
});
