import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideRoundHalfAwayFromZero } from './rounding.js';
import { TarifError } from './errors.js';

// An independent reference: round(n/d) half away from zero = sign · floor((2|n| + |d|) / 2|d|).
function reference(n: bigint, d: bigint): bigint {
  const abs = (x: bigint) => (x < 0n ? -x : x);
  const magnitude = (2n * abs(n) + abs(d)) / (2n * abs(d));
  return n < 0n !== d < 0n ? -magnitude : magnitude;
}

describe('divideRoundHalfAwayFromZero', () => {
  it.each([
    [5n, 2n, 3n], // 2.5 → 3
    [-5n, 2n, -3n], // −2.5 → −3
    [5n, -2n, -3n],
    [-5n, -2n, 3n],
    [7n, 3n, 2n], // 2.33 → 2
    [8n, 3n, 3n], // 2.67 → 3
    [0n, 7n, 0n],
    [49000n, 31n, 1581n], // 1580.6 → 1581
  ])('%s / %s rounds to %s', (n, d, expected) => {
    expect(divideRoundHalfAwayFromZero(n, d)).toBe(expected);
  });

  it('throws a TarifError when dividing by zero', () => {
    expect(() => divideRoundHalfAwayFromZero(1n, 0n)).toThrow(TarifError);
  });

  it('matches the reference for any numerator and non-zero denominator', () => {
    fc.assert(
      fc.property(
        fc.bigInt(),
        fc.bigInt().filter((d) => d !== 0n),
        (n, d) => {
          expect(divideRoundHalfAwayFromZero(n, d)).toBe(reference(n, d));
        },
      ),
    );
  });

  it('is symmetric: rounding −x gives −(rounding x)', () => {
    fc.assert(
      fc.property(fc.bigInt(), fc.bigInt({ min: 1n }), (n, d) => {
        expect(divideRoundHalfAwayFromZero(-n, d)).toBe(-divideRoundHalfAwayFromZero(n, d));
      }),
    );
  });
});
