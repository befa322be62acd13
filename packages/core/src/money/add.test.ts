import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add } from './add.js';

describe('add', () => {
  it('adds amounts of one currency', () => {
    expect(add({ amount: 4900, currency: 'EUR' }, { amount: 1200, currency: 'EUR' })).toEqual({
      amount: 6100,
      currency: 'EUR',
    });
  });

  it('refuses to mix currencies', () => {
    expect(() => add({ amount: 1, currency: 'EUR' }, { amount: 1, currency: 'USD' })).toThrow(
      expect.objectContaining({ code: 'currency-mismatch' }),
    );
  });

  it('refuses a sum past the safe integer range rather than losing cents', () => {
    const big = { amount: Number.MAX_SAFE_INTEGER, currency: 'EUR' };
    expect(() => add(big, { amount: 1, currency: 'EUR' })).toThrow(
      expect.objectContaining({ code: 'invalid-amount' }),
    );
  });

  it('is commutative', () => {
    const amount = fc.integer({ min: -1e12, max: 1e12 });
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        expect(add({ amount: a, currency: 'EUR' }, { amount: b, currency: 'EUR' })).toEqual(
          add({ amount: b, currency: 'EUR' }, { amount: a, currency: 'EUR' }),
        );
      }),
    );
  });
});
