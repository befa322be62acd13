import { describe, expect, it } from 'vitest';
import { currencies, isCurrencyCode, minorUnits } from './currencies.js';
import { TarifError } from './errors.js';

describe('currencies', () => {
  it.each([
    ['EUR', 2],
    ['USD', 2],
    ['GBP', 2],
    ['CHF', 2],
    ['CAD', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['CLP', 0],
    ['ISK', 0],
    // ISO says 2 even where Intl (CLDR) shows 0: our table wins.
    ['HUF', 2],
    ['IDR', 2],
    ['COP', 2],
    ['TND', 3],
    ['KWD', 3],
    ['BHD', 3],
    ['JOD', 3],
    ['OMR', 3],
    ['IQD', 3],
    ['LYD', 3],
  ])('%s has %i minor units', (code, digits) => {
    expect(minorUnits(code)).toBe(digits);
  });

  it('throws a TarifError with code unknown-currency for a code it does not know', () => {
    expect(() => minorUnits('XYZ')).toThrow(expect.objectContaining({ code: 'unknown-currency' }));
    expect(() => minorUnits('eur')).toThrow(TarifError);
  });

  it('recognises only known codes, and never inherited object keys', () => {
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(isCurrencyCode('toString')).toBe(false);
    expect(isCurrencyCode(42)).toBe(false);
  });

  it('holds only integer digit counts between 0 and 3', () => {
    for (const digits of Object.values(currencies)) expect([0, 2, 3]).toContain(digits);
  });
});
