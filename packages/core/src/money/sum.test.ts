import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sum } from './sum.js';

describe('sum', () => {
  it('sums amounts of one currency', () => {
    expect(
      sum([
        { amount: 5900, currency: 'EUR' },
        { amount: 1000, currency: 'EUR' },
      ]),
    ).toEqual({ amount: 6900, currency: 'EUR' });
  });

  it('sums an empty list to zero when given the currency', () => {
    expect(sum([], 'JPY')).toEqual({ amount: 0, currency: 'JPY' });
  });

  it('throws on an empty list without a currency, and on mixed currencies', () => {
    expect(() => sum([])).toThrow(expect.objectContaining({ code: 'empty-sum' }));
    expect(() => sum([{ amount: 1, currency: 'EUR' }], 'USD')).toThrow(
      expect.objectContaining({ code: 'currency-mismatch' }),
    );
  });

  it('equals the integer sum of the amounts', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 })), (amounts) => {
        const total = amounts.reduce((a, b) => a + b, 0);
        expect(
          sum(
            amounts.map((amount) => ({ amount, currency: 'EUR' })),
            'EUR',
          ).amount,
        ).toBe(total === 0 ? 0 : total);
      }),
    );
  });
});
