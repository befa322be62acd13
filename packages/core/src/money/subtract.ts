import { assertAmount, assertSameCurrency } from './checks.js';
import type { Money } from './money.js';

/** `minuend − subtrahend`; both in the same currency. */
export function subtract(minuend: Money, subtrahend: Money): Money {
  assertSameCurrency(minuend, subtrahend);
  const amount = minuend.amount - subtrahend.amount;
  assertAmount(amount);
  return { amount: amount === 0 ? 0 : amount, currency: minuend.currency };
}
