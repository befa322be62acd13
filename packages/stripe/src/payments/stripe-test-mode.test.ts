// Against a real Stripe test-mode account, only when STRIPE_TEST_KEY is set (never in CI here): the
// port's calls are accepted by Stripe as sent, and Stripe bills what its own preview said. Whether
// Stripe's proration is core's per-line rule (docs/pricing-model.md, DESIGN.md section 5), and
// whether Stripe takes a purchase on a subscription a schedule manages (section 4), is what this
// run confirms.
import type { Selection } from '@tarif/core';
import { createDemoSubscription, demoCatalogEUR } from '@tarif/core/demo';
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { expectedStripePrices, stripeItemsFor } from '../catalog/expected-prices.js';
import { changeFor } from '../test-utils/port-harness.js';
import { createStripePaymentsPort } from './create-stripe-payments-port.js';

/** A fresh catalog version's prices, a customer with a card, subscribed to the demo selection. */
async function testModeAccount(label: string) {
  const stripe = new Stripe(process.env['STRIPE_TEST_KEY']!, { telemetry: false });
  const catalog = { ...demoCatalogEUR, version: `test-${Date.now()}-${label}` };
  const product = await stripe.products.create({ name: `Tarif test-mode run (${label})` });
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
  const subscription = {
    ...createDemoSubscription(),
    periodStart: new Date(sub.items.data[0]!.current_period_start * 1000).toISOString(),
    periodEnd: new Date(sub.items.data[0]!.current_period_end * 1000).toISOString(),
  };
  const warnings: unknown[] = [];
  const port = createStripePaymentsPort({
    stripe,
    catalogs: [catalog],
    stripeIdsFor: async () => ({ customer: customer.id, subscription: sub.id }),
    logger: { warn: (_, details) => void warnings.push(details) },
  });
  return { stripe, catalog, selection, sub, subscription, port, warnings };
}

describe.skipIf(!process.env['STRIPE_TEST_KEY'])('the Stripe port against Stripe test mode', () => {
  it('buys two seats on a fresh subscription and is billed what was agreed, or refuses', async () => {
    const { catalog, selection, subscription, port, warnings } = await testModeAccount('seats');
    const change = changeFor(catalog, subscription, { ...selection, seats: 5 }, new Date());
    const result = await port.carryOut(change);
    if (result.status === 'price-changed') {
      expect(warnings).toHaveLength(1);
      return;
    }
    expect(result).toMatchObject({ status: 'done', charged: change.agreed.dueToday });
    expect(await port.settle(change)).toEqual(result);
  });

  it('buys while a decrease waits in a schedule: Stripe takes the update and keeps both phases as sent', async () => {
    const { stripe, catalog, selection, sub, subscription, port } =
      await testModeAccount('schedule');
    const fewer = { ...selection, seats: 2 };
    const decrease = changeFor(catalog, subscription, fewer, new Date());
    expect(await port.carryOut(decrease)).toMatchObject({ status: 'done' });
    // Then more contacts now; the renewal keeps the 2 seats (what the server's merge decides).
    const more = { ...selection, contactLimit: 20000 };
    const purchase = {
      ...changeFor(catalog, subscription, more, new Date()),
      renewal: { ...more, seats: 2 },
    };
    const result = await port.carryOut(purchase);
    if (result.status === 'price-changed') return;
    expect(result).toMatchObject({ status: 'done', charged: purchase.agreed.dueToday });
    const after = await stripe.subscriptions.retrieve(sub.id, { expand: ['schedule'] });
    const schedule = after.schedule as Stripe.SubscriptionSchedule;
    const priceId = (price: string | { id: string }) =>
      typeof price === 'string' ? price : price.id;
    const running = schedule.phases.find(
      (phase) => phase.start_date === schedule.current_phase?.start_date,
    )!;
    expect(running.items.map((item) => priceId(item.price)).sort()).toEqual(
      after.items.data.map((item) => item.price.id).sort(),
    );
    expect(schedule.phases.at(-1)!.items).toHaveLength(
      stripeItemsFor(catalog, { ...more, seats: 2 }).length,
    );
    expect(await port.settle(purchase)).toEqual(result);
  });
});
