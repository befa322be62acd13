import { describe, expect, it } from 'vitest';
import { subtract } from './subtract.js';

describe('subtract', () => {
  it('subtracts, and may go negative', () => {
    expect(subtract({ amount: 1581, currency: 'EUR' }, { amount: 3194, currency: 'EUR' })).toEqual({
      amount: -1613,
      currency: 'EUR',
    });
  });

  it('refuses to mix currencies', () => {
    expect(() => subtract({ amount: 1, currency: 'EUR' }, { amount: 1, currency: 'JPY' })).toThrow(
      expect.objectContaining({ code: 'currency-mismatch' }),
    );
  });
});
