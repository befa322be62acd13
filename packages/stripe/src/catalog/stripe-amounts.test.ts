import { TarifError } from '@tarif/core';
import { describe, expect, it } from 'vitest';
import {
  StripeMappingError,
  fromStripeAmount,
  stripeCurrency,
  toStripeAmount,
} from './stripe-amounts.js';

describe('toStripeAmount', () => {
  it('keeps minor units for two-decimal and zero-decimal currencies', () => {
    expect(toStripeAmount(1999, 'EUR')).toBe(1999);
    expect(toStripeAmount(1999, 'USD')).toBe(1999);
    expect(toStripeAmount(1400, 'JPY')).toBe(1400);
    expect(toStripeAmount(0, 'EUR')).toBe(0);
  });

  it("writes ISK with two decimals that are always 00, as Stripe's API does", () => {
    expect(toStripeAmount(5, 'ISK')).toBe(500);
    expect(fromStripeAmount(500, 'ISK')).toBe(5);
    expect(fromStripeAmount(1050, 'ISK')).toBeNull();
  });

  it('refuses a three-decimal amount Stripe cannot charge (its last digit must be 0)', () => {
    expect(toStripeAmount(5120, 'KWD')).toBe(5120);
    expect(() => toStripeAmount(5125, 'KWD')).toThrow(StripeMappingError);
    try {
      toStripeAmount(5125, 'KWD');
    } catch (error) {
      expect((error as StripeMappingError).issues).toEqual([
        expect.objectContaining({ code: 'unrepresentable-amount' }),
      ]);
    }
  });

  it('refuses currencies whose Stripe form is not established rather than guessing a factor', () => {
    for (const currency of ['UGX', 'IQD', 'LYD']) {
      expect(() => toStripeAmount(100, currency), currency).toThrow(
        /no verified Stripe amount form/,
      );
      expect(() => stripeCurrency(currency), currency).toThrow(StripeMappingError);
    }
  });

  it('refuses what is not an integer amount, and a currency Tarif does not know', () => {
    expect(() => toStripeAmount(19.99, 'EUR')).toThrow(StripeMappingError);
    expect(() => toStripeAmount(Number.MAX_SAFE_INTEGER + 1, 'EUR')).toThrow(StripeMappingError);
    expect(() => toStripeAmount(100, 'XXX')).toThrow(TarifError);
  });
});

describe('stripeCurrency', () => {
  it("is the ISO code in lower case, Stripe's spelling", () => {
    expect(stripeCurrency('EUR')).toBe('eur');
    expect(stripeCurrency('JPY')).toBe('jpy');
  });
});

describe('fromStripeAmount', () => {
  it('is the inverse of toStripeAmount', () => {
    for (const [amount, currency] of [
      [1999, 'EUR'],
      [1400, 'JPY'],
      [5120, 'KWD'],
      [7, 'ISK'],
    ] as const) {
      expect(fromStripeAmount(toStripeAmount(amount, currency), currency)).toBe(amount);
    }
  });
});
