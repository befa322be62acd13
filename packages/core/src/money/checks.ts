import { assert } from './errors.js';
import type { Money } from './money.js';

/** Preconditions shared by the money operations. */
export function assertAmount(amount: number): void {
  assert(Number.isSafeInteger(amount), 'invalid-amount', amount);
}

export function assertSameCurrency(a: Money, b: Money): void {
  assert(a.currency === b.currency, 'currency-mismatch', `${a.currency} and ${b.currency}`);
}
