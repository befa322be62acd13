import { assertAmount } from './checks.js';
import { assert } from './errors.js';
import type { Money } from './money.js';
import { divideRoundHalfAwayFromZero } from './rounding.js';

/**
 * `whole × part / total`, rounded half away from zero. The product is taken in bigint:
 * 10⁷ cents × 3·10⁷ seconds is past 2⁵³ and a float would silently drop cents.
 */
export function prorate(whole: Money, part: number, total: number): Money {
  assert(Number.isSafeInteger(part), 'invalid-factor', part);
  assert(Number.isSafeInteger(total), 'invalid-factor', total);
  const amount = Number(
    divideRoundHalfAwayFromZero(BigInt(whole.amount) * BigInt(part), BigInt(total)),
  );
  assertAmount(amount);
  return { amount: amount === 0 ? 0 : amount, currency: whole.currency };
}
