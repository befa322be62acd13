import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prorate } from './prorate.js';

describe('prorate', () => {
  it('takes 10 of 31 days of 49.00', () => {
    // 4900 × 864000 / 2678400 = 1580.645… → 1581
    expect(prorate({ amount: 4900, currency: 'EUR' }, 864_000, 2_678_400)).toEqual({
      amount: 1581,
      currency: 'EUR',
    });
  });

  it('rounds an exact half away from zero, both ways', () => {
    expect(prorate({ amount: 5, currency: 'EUR' }, 1, 2).amount).toBe(3); // 2.5 → 3
    expect(prorate({ amount: -5, currency: 'EUR' }, 1, 2).amount).toBe(-3); // −2.5 → −3
  });

  it('stays exact where a float product would not (amount × seconds past 2^53)', () => {
    // 9 007 199 254 740 991 × 31 535 999 / 31 536 000, computed by hand in bigint below.
    const amount = Number.MAX_SAFE_INTEGER;
    const exact = (BigInt(amount) * 31_535_999n * 2n + 31_536_000n) / (2n * 31_536_000n);
    expect(prorate({ amount, currency: 'EUR' }, 31_535_999, 31_536_000).amount).toBe(Number(exact));
  });

  it('never exceeds the whole when the part is at most the total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 1, max: 31_622_400 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (amount, total, share) => {
          const part = Math.floor(total * share);
          const result = prorate({ amount, currency: 'EUR' }, part, total).amount;
          expect(Number.isSafeInteger(result)).toBe(true);
          expect(result).toBeGreaterThanOrEqual(0);
          expect(result).toBeLessThanOrEqual(amount);
        },
      ),
    );
  });
});
