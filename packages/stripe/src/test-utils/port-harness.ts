import type { Catalog, Selection, Subscription } from '@tarif/core';
import { agreedPrice, previewWithScheduled, sameSelection } from '@tarif/core/commit';
import type { CommitChange } from '@tarif/server';
import { stripeItemsFor } from '../catalog/expected-prices.js';
import { createStripePaymentsPort } from '../payments/create-stripe-payments-port.js';
import { startFakeStripe } from '../fake/fake-stripe.js';
import type { FakeStripe } from '../fake/fake-stripe.js';
import { installFakeBilling } from '../fake/fake-subscriptions.js';
import { seedPrices } from '../fake/seed-prices.js';
import type Stripe from 'stripe';
import { afterEach } from 'vitest';

/** A fake Stripe account selling `catalog`, one customer subscribed to `subscription`, and the port. */
export async function portHarness(
  catalog: Catalog,
  subscription: Subscription,
  config: Stripe.StripeConfig = {},
) {
  const fake: FakeStripe = await startFakeStripe();
  const billing = installFakeBilling(fake);
  seedPrices(fake, catalog);
  const sub = billing.addSubscription({
    customer: 'cus_tarif_demo',
    periodStart: new Date(subscription.periodStart),
    periodEnd: new Date(subscription.periodEnd),
    items: stripeItemsFor(catalog, subscription.selection),
  });
  const warnings: Array<{ message: string; details: Readonly<Record<string, unknown>> }> = [];
  const port = createStripePaymentsPort({
    stripe: fake.client(config),
    catalogs: [catalog],
    stripeIdsFor: async () => ({ customer: 'cus_tarif_demo', subscription: sub.id }),
    logger: { warn: (message, details) => void warnings.push({ message, details }) },
  });
  return { fake, billing, sub, port, warnings };
}

let intents = 0;

/** The CommitChange the server decides for changing `subscription` to `desired` at `at`. */
export function changeFor(
  catalog: Catalog,
  subscription: Subscription,
  desired: Selection,
  at: Date,
): CommitChange {
  const { preview, renewal } = previewWithScheduled(
    catalog,
    { subscription, scheduled: null },
    desired,
    at,
  );
  if (preview.mode !== 'purchase' && preview.mode !== 'scheduled') {
    throw new Error(`Not committable: ${preview.mode}`);
  }
  const now = preview.mode === 'purchase' ? preview.effectiveNow : subscription.selection;
  return {
    accountId: 'acct_demo',
    paymentKey: `acct_demo/key-${++intents}/pi_${intents}`,
    mode: preview.mode,
    catalog,
    at: at.toISOString(),
    periodEnd: subscription.periodEnd,
    from: subscription.selection,
    now,
    renewal: sameSelection(renewal, now) ? null : renewal,
    agreed: agreedPrice(preview),
  };
}

/**
 * A `portHarness` factory for one test file's subscription; every fake it starts is closed after
 * each test.
 */
export function portHarnesses(subscription: Subscription) {
  const open: Array<{ fake: { close(): Promise<void> } }> = [];
  afterEach(async () => {
    for (const harness of open.splice(0)) await harness.fake.close();
  });
  return async (catalog: Catalog, config: Stripe.StripeConfig = {}) => {
    const harness = await portHarness(catalog, subscription, config);
    open.push(harness);
    return harness;
  };
}
