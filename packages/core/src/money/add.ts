import { assertAmount, assertSameCurrency } from './checks.js';
import type { Money } from './money.js';

/** `augend + addend`; both in the same currency. */
export function add(augend: Money, addend: Money): Money {
  assertSameCurrency(augend, addend);
  const amount = augend.amount + addend.amount;
  assertAmount(amount);
  return { amount, currency: augend.currency };
}
