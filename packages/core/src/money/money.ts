import type { CurrencyCode } from './currencies.js';

/** An amount of money: `amount` is an integer in the currency's minor units (cents for EUR). */
export interface Money {
  readonly amount: number;
  readonly currency: CurrencyCode;
}
