import { assertAmount, assertSameCurrency } from './checks.js';
import type { CurrencyCode } from './currencies.js';
import { assert } from './errors.js';
import type { Money } from './money.js';

/** Sum of `items`; pass `currency` so an empty list sums to zero instead of throwing. */
export function sum(items: readonly Money[], currency?: CurrencyCode): Money {
  const first = items[0];
  assert(first !== undefined || currency !== undefined, 'empty-sum');
  const total: Money = { amount: 0, currency: currency ?? first!.currency };
  let amount = 0;
  for (const item of items) {
    assertSameCurrency(total, item);
    amount += item.amount;
    assertAmount(amount);
  }
  return { amount: amount === 0 ? 0 : amount, currency: total.currency };
}
