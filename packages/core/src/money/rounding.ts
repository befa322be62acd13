import { TarifError } from './errors.js';

/**
 * `numerator / denominator` rounded half away from zero (2.5 → 3, −2.5 → −3).
 * Bigint so `amount × seconds` never loses precision the way a float product can.
 * This is the single rounding rule of the engine; it is applied once per line.
 */
export function divideRoundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new TarifError('division-by-zero', numerator);
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = n / d;
  const remainder = n % d;
  // Compare 2r with d instead of r with d/2, which would truncate for odd d.
  const rounded = remainder * 2n >= d ? quotient + 1n : quotient;
  return negative ? -rounded : rounded;
}
