import { assertAmount } from './checks.js';
import { assert } from './errors.js';
import type { Money } from './money.js';

/** `multiplicand × factor` for an integer factor (a quantity); exact, so nothing to round. */
export function multiply(multiplicand: Money, factor: number): Money {
  assert(Number.isSafeInteger(factor), 'invalid-factor', factor);
  const amount = multiplicand.amount * factor;
  assertAmount(amount);
  return { amount: amount === 0 ? 0 : amount, currency: multiplicand.currency };
}
