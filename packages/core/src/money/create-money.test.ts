import { describe, expect, it } from 'vitest';
import { money } from './create-money.js';

describe('money', () => {
  it('creates an amount in minor units', () => {
    expect(money(4900, 'EUR')).toEqual({ amount: 4900, currency: 'EUR' });
  });

  it('normalises negative zero', () => {
    expect(Object.is(money(-0, 'EUR').amount, 0)).toBe(true);
  });

  it.each([[1.5], [Number.NaN], [Number.POSITIVE_INFINITY], [2 ** 53]])(
    'rejects the amount %s',
    (amount) => {
      expect(() => money(amount, 'EUR')).toThrow(
        expect.objectContaining({ code: 'invalid-amount' }),
      );
    },
  );

  it('rejects an unknown currency', () => {
    expect(() => money(100, 'ABC')).toThrow(expect.objectContaining({ code: 'unknown-currency' }));
  });
});
