// Against a real Stripe test-mode account, only when STRIPE_TEST_KEY is set (never in CI here): the
// port's calls are accepted by Stripe as sent, and Stripe bills what its own preview said. Whether
// Stripe's proration is core's per-line rule (docs/pricing-model.md, DESIGN.md section 5) is what
// this run confirms.
import type { Selection } from '@tarif/core';
import { createDemoSubscription, demoCatalogEUR } from '@tarif/core/demo';
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { expectedStripePrices, stripeItemsFor } from '../catalog/expected-prices.js';
import { changeFor } from '../test-utils/port-harness.js';
import { createStripePaymentsPort } from './create-stripe-payments-port.js';

describe.skipIf(!process.env['STRIPE_TEST_KEY'])('the Stripe port against Stripe test mode', () => {
  it('buys two seats on a fresh subscription and is billed what was agreed, or refuses', async () => {
    const stripe = new Stripe(process.env['STRIPE_TEST_KEY']!, { telemetry: false });
    const catalog = { ...demoCatalogEUR, version: `test-${Date.now()}` };
    const product = await stripe.products.create({ name: 'Tarif test-mode run' });
    for (const price of expectedStripePrices(catalog)) {
      await stripe.prices.create({
        product: product.id,
        currency: price.currency,
        unit_amount: price.unitAmount,
        recurring: { interval: price.interval },
        lookup_key: price.lookupKey,
        tax_behavior: price.taxBehavior,
        metadata: { ...price.metadata },
      });
    }
    const customer = await stripe.customers.create({
      payment_method: 'pm_card_visa',
      invoice_settings: { default_payment_method: 'pm_card_visa' },
    });
    const selection: Selection = createDemoSubscription().selection;
    const items = stripeItemsFor(catalog, selection);
    const prices = await stripe.prices.list({ lookup_keys: items.map((i) => i.lookupKey) });
    const sub = await stripe.subscriptions.create({
      customer: customer.id,
      items: items.map((item) => ({
        price: prices.data.find((p) => p.lookup_key === item.lookupKey)!.id,
        quantity: item.quantity,
      })),
    });
    const start = sub.items.data[0]!.current_period_start * 1000;
    const end = sub.items.data[0]!.current_period_end * 1000;
    const subscription = {
      ...createDemoSubscription(),
      periodStart: new Date(start).toISOString(),
      periodEnd: new Date(end).toISOString(),
    };
    const change = changeFor(catalog, subscription, { ...selection, seats: 5 }, new Date());
    const warnings: unknown[] = [];
    const port = createStripePaymentsPort({
      stripe,
      catalogs: [catalog],
      stripeIdsFor: async () => ({ customer: customer.id, subscription: sub.id }),
      logger: { warn: (_, details) => void warnings.push(details) },
    });
    const result = await port.carryOut(change);
    if (result.status === 'price-changed') {
      expect(warnings).toHaveLength(1);
      return;
    }
    expect(result).toMatchObject({ status: 'done', charged: change.agreed.dueToday });
    expect(await port.settle(change)).toEqual(result);
  });
});
