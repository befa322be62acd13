import { describe, expect, it } from 'vitest';
import { multiply } from './multiply.js';

describe('multiply', () => {
  it('multiplies a unit price by a quantity', () => {
    // 3 extra seats × 12.00 = 36.00
    expect(multiply({ amount: 1200, currency: 'EUR' }, 3)).toEqual({
      amount: 3600,
      currency: 'EUR',
    });
  });

  it.each([[0.5], [Number.NaN]])('rejects the non-integer factor %s', (factor) => {
    expect(() => multiply({ amount: 1200, currency: 'EUR' }, factor)).toThrow(
      expect.objectContaining({ code: 'invalid-factor' }),
    );
  });

  it('refuses a product past the safe integer range', () => {
    expect(() => multiply({ amount: 2 ** 40, currency: 'EUR' }, 2 ** 20)).toThrow(
      expect.objectContaining({ code: 'invalid-amount' }),
    );
  });
});
