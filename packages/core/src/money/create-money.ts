import { assertAmount } from './checks.js';
import { minorUnits, type CurrencyCode } from './currencies.js';
import type { Money } from './money.js';

/** Creates Money; `amount` must be a safe integer in minor units of a known currency. */
export function money(amount: number, currency: CurrencyCode): Money {
  assertAmount(amount);
  minorUnits(currency);
  // Normalise −0 so serialised amounts and equality checks never surprise.
  return { amount: amount === 0 ? 0 : amount, currency };
}
