import type { Catalog, Interval, TaxMode } from '@tarif/core';
import type Stripe from 'stripe';
import { expectedStripePrices } from './expected-prices.js';
import type { ExpectedStripePrice } from './expected-prices.js';

/** What `checkStripePrices` needs of a Stripe client: listing prices. */
export interface StripePricesReader {
  readonly prices: Pick<Stripe['prices'], 'list'>;
}

/**
 * One way a Stripe account disagrees with the catalog. A price can have several (an amount and an
 * interval). `priceId` is the Stripe price found under the lookup key.
 */
export type PriceMismatch =
  | {
      readonly kind: 'missing';
      readonly lookupKey: string;
      readonly expected: ExpectedStripePrice;
    }
  | { readonly kind: 'inactive'; readonly lookupKey: string; readonly priceId: string }
  | {
      readonly kind: 'amount';
      readonly lookupKey: string;
      readonly priceId: string;
      readonly expected: number;
      /** null for a price without a plain `unit_amount` (tiered, decimal, customer-chosen). */
      readonly actual: number | null;
    }
  | {
      readonly kind: 'currency';
      readonly lookupKey: string;
      readonly priceId: string;
      readonly expected: string;
      readonly actual: string;
    }
  | {
      readonly kind: 'interval';
      readonly lookupKey: string;
      readonly priceId: string;
      readonly expected: Interval;
      /** `one-time`, or Stripe's interval with its count when it is not 1 (`3 month`). */
      readonly actual: string;
    }
  | {
      readonly kind: 'billing';
      readonly lookupKey: string;
      readonly priceId: string;
      readonly expected: 'per_unit licensed';
      /** What differs: `tiered`, `metered`, `transform_quantity`. */
      readonly actual: string;
    }
  | {
      readonly kind: 'tax-behavior';
      readonly lookupKey: string;
      readonly priceId: string;
      readonly expected: TaxMode;
      readonly actual: string;
    };

export interface StripePriceCheck {
  /** How many prices the catalog needs. */
  readonly checked: number;
  readonly mismatches: readonly PriceMismatch[];
}

/** Stripe's limit on `lookup_keys` in one `prices.list` call. */
const lookupKeysPerList = 10;

/**
 * Reads every price the catalog needs from Stripe by lookup key (`prices.list` with at most 10
 * `lookup_keys` per call, following `has_more` pages) and lists every mismatch: a missing price,
 * an inactive one, a different amount, currency or interval, a price that is not per-unit licensed
 * with interval_count 1, and a tax behaviour opposite to the catalog's tax mode (`unspecified`
 * passes: Stripe then applies the account's default). Read-only: it never writes to Stripe.
 * Throws StripeMappingError when the catalog has no exact Stripe form, and Stripe's own errors.
 */
export async function checkStripePrices(
  stripe: StripePricesReader,
  catalog: Catalog,
  options: { readonly pageSize?: number } = {},
): Promise<StripePriceCheck> {
  const expected = expectedStripePrices(catalog);
  const found = new Map<string, Stripe.Price>();
  for (let start = 0; start < expected.length; start += lookupKeysPerList) {
    const keys = expected.slice(start, start + lookupKeysPerList).map((price) => price.lookupKey);
    const list = stripe.prices.list({ lookup_keys: keys, limit: options.pageSize ?? 100 });
    for await (const price of list) {
      // A key is on one price at a time; keep the first should Stripe ever answer twice.
      if (price.lookup_key !== null && !found.has(price.lookup_key)) {
        found.set(price.lookup_key, price);
      }
    }
  }
  const mismatches = expected.flatMap((price) => compare(price, found.get(price.lookupKey)));
  return { checked: expected.length, mismatches };
}

function compare(expected: ExpectedStripePrice, price: Stripe.Price | undefined): PriceMismatch[] {
  const lookupKey = expected.lookupKey;
  if (price === undefined) return [{ kind: 'missing', lookupKey, expected }];
  const priceId = price.id;
  const found: PriceMismatch[] = [];
  if (!price.active) found.push({ kind: 'inactive', lookupKey, priceId });
  if (price.currency !== expected.currency) {
    found.push({
      kind: 'currency',
      lookupKey,
      priceId,
      expected: expected.currency,
      actual: price.currency,
    });
  }
  const recurring = price.type === 'recurring' ? price.recurring : null;
  const interval =
    recurring === null
      ? 'one-time'
      : recurring.interval_count === 1
        ? recurring.interval
        : `${recurring.interval_count} ${recurring.interval}`;
  if (interval !== expected.interval) {
    found.push({
      kind: 'interval',
      lookupKey,
      priceId,
      expected: expected.interval,
      actual: interval,
    });
  }
  const billing = [
    price.billing_scheme === 'tiered' ? 'tiered' : null,
    recurring !== null && recurring.usage_type !== 'licensed' ? recurring.usage_type : null,
    price.transform_quantity ? 'transform_quantity' : null,
  ].filter((part) => part !== null);
  if (billing.length > 0) {
    found.push({
      kind: 'billing',
      lookupKey,
      priceId,
      expected: 'per_unit licensed',
      actual: billing.join(', '),
    });
  }
  if (price.unit_amount !== expected.unitAmount) {
    found.push({
      kind: 'amount',
      lookupKey,
      priceId,
      expected: expected.unitAmount,
      actual: price.unit_amount,
    });
  }
  const tax = price.tax_behavior;
  if (tax !== null && tax !== 'unspecified' && tax !== expected.taxBehavior) {
    found.push({
      kind: 'tax-behavior',
      lookupKey,
      priceId,
      expected: expected.taxBehavior,
      actual: tax,
    });
  }
  return found;
}

/** One line for people: what differs, where. */
export function describeMismatch(mismatch: PriceMismatch): string {
  const at = mismatch.lookupKey;
  switch (mismatch.kind) {
    case 'missing':
      return `missing: ${at} (${mismatch.expected.unitAmount} ${mismatch.expected.currency} per ${mismatch.expected.interval})`;
    case 'inactive':
      return `inactive: ${at} is on ${mismatch.priceId}, which is archived`;
    case 'amount':
      return `amount: ${at} (${mismatch.priceId}) is ${mismatch.actual ?? 'not a unit amount'}, expected ${mismatch.expected}`;
    case 'currency':
      return `currency: ${at} (${mismatch.priceId}) is ${mismatch.actual}, expected ${mismatch.expected}`;
    case 'interval':
      return `interval: ${at} (${mismatch.priceId}) is ${mismatch.actual}, expected ${mismatch.expected}`;
    case 'billing':
      return `billing: ${at} (${mismatch.priceId}) is ${mismatch.actual}, expected ${mismatch.expected}`;
    case 'tax-behavior':
      return `tax behavior: ${at} (${mismatch.priceId}) is ${mismatch.actual}, expected ${mismatch.expected}`;
  }
}
