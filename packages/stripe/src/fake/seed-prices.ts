import type { Catalog } from '@tarif/core';
import { expectedStripePrices } from '../catalog/expected-prices.js';
import type { FakeStripe, WirePrice } from './fake-stripe.js';

/** Gives the fake every price the catalog needs, exactly as `expectedStripePrices` describes them. */
export function seedPrices(fake: FakeStripe, catalog: Catalog): Map<string, WirePrice> {
  const byKey = new Map<string, WirePrice>();
  for (const expected of expectedStripePrices(catalog)) {
    const price = fake.prices.add({
      lookup_key: expected.lookupKey,
      currency: expected.currency,
      unit_amount: expected.unitAmount,
      unit_amount_decimal: String(expected.unitAmount),
      nickname: expected.nickname,
      metadata: { ...expected.metadata },
      tax_behavior: expected.taxBehavior,
      billing_scheme: 'per_unit',
      type: 'recurring',
      recurring: {
        interval: expected.interval,
        interval_count: 1,
        meter: null,
        usage_type: 'licensed',
        trial_period_days: null,
      },
    });
    byKey.set(expected.lookupKey, price);
  }
  return byKey;
}
