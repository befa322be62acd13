// The Stripe payments port, through the real `stripe` SDK against the loopback fake: the calls it
// makes, the reconciliation that refuses a drifted price, and every way Stripe fails.
import { createHash } from 'node:crypto';
import type { Catalog, Selection } from '@tarif/core';
import { agreedPrice, previewWithTax } from '@tarif/core/commit';
import {
  createDemoSubscription,
  demoBillingDetails,
  demoCatalogEUR,
  demoCatalogJPY,
  demoCatalogUSD,
  demoTaxRates,
} from '@tarif/core/demo';
import { PaymentProviderUnavailableError } from '@tarif/server';
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { stripeItemsFor } from '../catalog/expected-prices.js';
import { changeFor, portHarnesses } from '../test-utils/port-harness.js';

// The demo period is March 2026 (31 days), changed at its exact middle. Core prorates per changed
// line as Stripe prorates per changed item, so they agree at any instant: see
// catalog/proration-rounding.test.ts and proration-instant.test.ts, where the old whole-quote
// rule was a minor unit off.
const subscription = createDemoSubscription(new Date('2026-03-05T00:00:00Z'));
const middle = new Date('2026-03-16T12:00:00Z');
const base = subscription.selection;

const openHarness = portHarnesses(subscription);
const harness = (catalog: Catalog = demoCatalogEUR, config: Stripe.StripeConfig = {}) =>
  openHarness(catalog, config);

const keyOf = (paymentKey: string, step: string) =>
  `tarif:${createHash('sha256').update(paymentKey).digest('hex')}:${step}`;

const flows: ReadonlyArray<readonly [string, Selection]> = [
  ['contacts up', { ...base, contactLimit: 20000 }],
  ['seats up', { ...base, seats: 5 }],
  ['plan up', { ...base, plan: 'pro' }],
  ['an add-on', { ...base, addOns: ['sms'] }],
  ['a bundle of add-ons', { ...base, addOns: ['sms', 'transactional-email'] }],
  ['monthly to yearly', { ...base, interval: 'year' }],
];

describe('createStripePaymentsPort', () => {
  it('updates the subscription at the preview instant, charging at once, with its own keys', async () => {
    const h = await harness();
    const change = changeFor(demoCatalogEUR, subscription, { ...base, seats: 5 }, middle);
    const result = await h.port.carryOut(change);

    const invoice = [...h.billing.invoices.values()][0]!;
    expect(result).toEqual({
      status: 'done',
      chargeId: invoice.id,
      charged: change.agreed.dueToday,
    });
    expect(change.agreed.dueToday.amount).toBeGreaterThan(0);
    expect(h.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /v1/subscriptions/${h.sub.id}`,
      'GET /v1/prices',
      'POST /v1/invoices/create_preview',
      `POST /v1/subscriptions/${h.sub.id}`,
    ]);
    const update = h.fake.requests[3]!;
    expect(update.params).toMatchObject({
      proration_behavior: 'always_invoice',
      proration_date: String(Math.floor(middle.getTime() / 1000)),
      payment_behavior: 'error_if_incomplete',
      metadata: { tarif_payment_key: change.paymentKey },
    });
    // The seats beyond the plan's included ones: one new item, in whole units.
    const before = new Set(stripeItemsFor(demoCatalogEUR, base).map((item) => item.lookupKey));
    const added = stripeItemsFor(demoCatalogEUR, change.now).filter(
      (item) => !before.has(item.lookupKey),
    );
    const price = h.fake.prices.all().find((p) => p.lookup_key === added[0]?.lookupKey);
    expect(added).toHaveLength(1);
    expect(update.params['items']).toEqual([
      { price: price?.id, quantity: String(added[0]?.quantity) },
    ]);
    expect(update.idempotencyKey).toBe(keyOf(change.paymentKey, 'update'));
    expect(update.idempotencyKey!.length).toBeLessThanOrEqual(255);
    for (const request of h.fake.requests) expect(request.stripeVersion).toBe(Stripe.API_VERSION);
    // Reads carry none of our keys.
    for (const request of h.fake.requests.slice(0, 3)) {
      expect(request.idempotencyKey ?? '').not.toMatch(/^tarif:/);
    }
    expect(h.sub.metadata['tarif_payment_key']).toBe(change.paymentKey);
    expect(invoice.amount_paid).toBe(change.agreed.dueToday.amount);
  });

  describe.each([
    ['EUR', demoCatalogEUR],
    ['USD', demoCatalogUSD],
    ['JPY', demoCatalogJPY],
  ] as const)('in %s', (currency, catalog) => {
    it.each(flows)('bills %s exactly what Tarif previewed', async (_, desired) => {
      const h = await harness(catalog);
      // Stripe runs the update four minutes after the preview the customer reviewed.
      const stripeNow = new Date(middle.getTime() + 4 * 60_000);
      h.billing.setNow(stripeNow);
      const change = changeFor(catalog, subscription, desired, middle);
      expect(change.mode).toBe('purchase');
      const result = await h.port.carryOut(change);
      expect(result).toMatchObject({ status: 'done', charged: change.agreed.dueToday });
      expect(change.agreed.dueToday).toMatchObject({ currency });
      const invoices = [...h.billing.invoices.values()];
      expect(invoices).toHaveLength(1);
      expect(invoices[0]!.amount_paid).toBe(change.agreed.dueToday.amount);
      // Stripe now bills what Tarif renews: the same items.
      const priceKeys = h.sub.items.map(
        (item) => h.fake.prices.all().find((p) => p.id === item.price)!.lookup_key,
      );
      expect(priceKeys.sort()).toEqual(
        stripeItemsFor(catalog, desired)
          .map((item) => item.lookupKey)
          .sort(),
      );
      if (desired.interval !== base.interval) {
        // A new interval restarts the period: Stripe at its update, core at the preview's
        // instant. The port answers Stripe's period, which the server records instead of core's.
        const update = h.fake.effects.find((r) => r.path === `/v1/subscriptions/${h.sub.id}`);
        expect(update?.params['billing_cycle_anchor']).toBe('now');
        expect(h.sub.periodStart).toBe(stripeNow.getTime() / 1000);
        expect(h.sub.periodEnd).toBe(Date.parse('2027-03-16T12:04:00Z') / 1000);
        expect(result).toMatchObject({
          period: { start: '2026-03-16T12:04:00.000Z', end: '2027-03-16T12:04:00.000Z' },
        });
        expect(await h.port.settle(change)).toEqual(result);
      } else {
        expect(result).not.toHaveProperty('period');
      }
    });
  });

  it('refuses a change Stripe would bill differently, by one minor unit, and logs both', async () => {
    const h = await harness();
    const seatKey = stripeItemsFor(demoCatalogEUR, { ...base, seats: 5 }).find((item) =>
      item.lookupKey.includes('seat'),
    )!.lookupKey;
    const seat = h.fake.prices.all().find((price) => price.lookup_key === seatKey)!;
    h.fake.prices.update(seat.id, { unit_amount: seat.unit_amount! + 2 });
    const change = changeFor(demoCatalogEUR, subscription, { ...base, seats: 5 }, middle);
    const result = await h.port.carryOut(change);
    expect(result).toEqual({
      status: 'price-changed',
      provider: { dueToday: { amount: change.agreed.dueToday.amount + 2, currency: 'EUR' } },
    });
    expect(h.fake.effects.map((r) => r.path)).toEqual(['/v1/invoices/create_preview']);
    expect(h.billing.invoices.size).toBe(0);
    expect(h.warnings).toMatchObject([
      {
        details: {
          tarifNet: change.agreed.dueToday.amount,
          stripeNet: change.agreed.dueToday.amount + 2,
        },
      },
    ]);
  });

  it('refuses a change whose tax the review showed but Stripe would not bill, and logs both', async () => {
    const h = await harness();
    const untaxed = changeFor(demoCatalogEUR, subscription, { ...base, seats: 5 }, middle);
    // The review showed TVA 20 % on these lines; this Stripe subscription computes no tax.
    const { preview, tax } = previewWithTax(
      demoCatalogEUR,
      { subscription, scheduled: null },
      { ...base, seats: 5 },
      middle,
      { rates: demoTaxRates, billingDetails: demoBillingDetails.frenchBusiness },
    );
    const change = { ...untaxed, agreed: agreedPrice(preview, tax) };
    const taxToday = change.agreed.tax!.taxToday.amount;
    expect(taxToday).toBeGreaterThan(0);
    const result = await h.port.carryOut(change);
    expect(result).toEqual({
      status: 'price-changed',
      provider: { dueToday: change.agreed.dueToday },
    });
    expect(h.billing.invoices.size).toBe(0);
    expect(h.warnings).toMatchObject([
      {
        details: {
          tarifNet: change.agreed.dueToday.amount,
          stripeNet: change.agreed.dueToday.amount,
          tarifTax: taxToday,
          stripeTax: 0,
        },
      },
    ]);
  });

  describe('with Stripe Tax on the subscription (the fake applies its rate to each line)', () => {
    const taxedChange = (billingDetails: { country: string; vatNumber?: string }) => {
      const untaxed = changeFor(demoCatalogEUR, subscription, { ...base, seats: 5 }, middle);
      const { preview, tax } = previewWithTax(
        demoCatalogEUR,
        { subscription, scheduled: null },
        { ...base, seats: 5 },
        middle,
        { rates: demoTaxRates, billingDetails },
      );
      return { ...untaxed, agreed: agreedPrice(preview, tax) };
    };

    it('refuses a change Stripe would tax while the review showed no tax: the card is never debited more', async () => {
      const h = await harness();
      h.billing.setAutomaticTax(h.sub.id, { rate: 2000, reason: 'standard_rated' });
      const change = changeFor(demoCatalogEUR, subscription, { ...base, seats: 5 }, middle);
      const result = await h.port.carryOut(change);
      const net = change.agreed.dueToday.amount;
      expect(result).toMatchObject({ status: 'price-changed' });
      expect(h.billing.invoices.size).toBe(0);
      expect(h.warnings).toMatchObject([
        { details: { tarifNet: net, stripeNet: net, tarifTax: 0, stripeTax: expect.any(Number) } },
      ]);
      expect(h.warnings[0]!.details['stripeTax']).toBeGreaterThan(0);
    });

    it('carries out a change Stripe taxes as the review did, and answers the gross it charged', async () => {
      const h = await harness();
      h.billing.setAutomaticTax(h.sub.id, { rate: 2000, reason: 'standard_rated' });
      const change = taxedChange(demoBillingDetails.frenchBusiness);
      const result = await h.port.carryOut(change);
      expect(result).toMatchObject({ status: 'done', charged: change.agreed.tax!.dueToday });
      const [invoice] = [...h.billing.invoices.values()];
      expect(invoice!.total_taxes).toMatchObject([{ amount: change.agreed.tax!.taxToday.amount }]);
      expect(invoice!.total).toBe(change.agreed.tax!.dueToday.amount);
      expect(h.warnings).toEqual([]);
    });

    it('carries out a reverse-charged change at its net', async () => {
      const h = await harness();
      h.billing.setAutomaticTax(h.sub.id, { rate: 0, reason: 'reverse_charge' });
      const change = taxedChange(demoBillingDetails.germanBusiness);
      expect(change.agreed.tax!.taxToday.amount).toBe(0);
      const result = await h.port.carryOut(change);
      expect(result).toMatchObject({ status: 'done', charged: change.agreed.dueToday });
    });
  });

  it('answers a declined card as declined and changes nothing', async () => {
    const h = await harness();
    h.fake.failNext('card_declined', { method: 'POST', path: `/v1/subscriptions/${h.sub.id}` });
    const change = changeFor(demoCatalogEUR, subscription, { ...base, seats: 5 }, middle);
    expect(await h.port.carryOut(change)).toEqual({ status: 'declined' });
    expect(h.sub.metadata).toEqual({});
    expect(h.billing.invoices.size).toBe(0);
    expect(await h.port.settle(change)).toEqual({ status: 'not-started' });
  });

  it('answers 3-D Secure as requires-action with the PaymentIntent to confirm, held as a pending update', async () => {
    const h = await harness();
    h.billing.customers.add({
      id: 'cus_tarif_demo',
      defaultPaymentMethod: 'pm_card_authenticationRequired',
    });
    const change = changeFor(demoCatalogEUR, subscription, { ...base, seats: 5 }, middle);
    const result = await h.port.carryOut(change);
    expect(result).toMatchObject({
      status: 'requires-action',
      paymentIntentId: expect.stringMatching(/^pi_/),
      clientSecret: expect.stringMatching(/^pi_.+_secret_/),
    });
    expect([...h.billing.invoices.values()].map((invoice) => invoice.status)).toEqual(['open']);
    expect(h.sub.pendingUpdate).not.toBeNull();
    // Abandoned: the invoice is voided, the pending update goes, and nothing is left to settle.
    await h.port.abandon!(change);
    expect([...h.billing.invoices.values()].map((invoice) => invoice.status)).toEqual(['void']);
    expect(h.sub.pendingUpdate).toBeNull();
    expect(await h.port.settle(change)).toEqual({ status: 'declined' });
  });

  it('goes through after a 429 when the intent is carried out again, with the same key', async () => {
    const h = await harness();
    h.fake.failNext('rate_limited', { method: 'POST', path: `/v1/subscriptions/${h.sub.id}` });
    const change = changeFor(demoCatalogEUR, subscription, { ...base, seats: 5 }, middle);
    // Unknown to the server (it keeps the intent charging, answering 503 provider-unavailable);
    // its retry settles, then carries out.
    const error = await h.port.carryOut(change).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaymentProviderUnavailableError);
    expect((error as Error).cause).toBeInstanceOf(Stripe.errors.StripeRateLimitError);
    expect(await h.port.settle(change)).toEqual({ status: 'not-started' });
    expect(await h.port.carryOut(change)).toMatchObject({ status: 'done' });
    const updates = h.fake.requests.filter((r) => r.path === `/v1/subscriptions/${h.sub.id}`);
    expect(updates.filter((r) => r.method === 'POST').map((r) => r.idempotencyKey)).toEqual([
      keyOf(change.paymentKey, 'update'),
      keyOf(change.paymentKey, 'update'),
    ]);
    expect(h.billing.invoices.size).toBe(1);
  });

  it.each([
    ['a 500', 'server_error' as const, {}, Stripe.errors.StripeAPIError],
    ['a timeout', 'hang' as const, { timeout: 300 }, Stripe.errors.StripeConnectionError],
  ])(
    'leaves the outcome unknown after %s, and settle finds nothing done',
    async (_, failure, config, stripeError) => {
      const h = await harness(demoCatalogEUR, config);
      h.fake.failNext(failure, { method: 'POST', path: `/v1/subscriptions/${h.sub.id}` });
      const change = changeFor(demoCatalogEUR, subscription, { ...base, seats: 5 }, middle);
      // The server's typed outage (503 provider-unavailable), with Stripe's own error as its cause.
      const error = await h.port.carryOut(change).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PaymentProviderUnavailableError);
      expect((error as Error).cause).toBeInstanceOf(stripeError);
      expect(await h.port.settle(change)).toEqual({ status: 'not-started' });
      expect(h.billing.invoices.size).toBe(0);
    },
  );

  it('throws the typed outage when settle cannot reach Stripe, and reads it once it is back', async () => {
    const h = await harness();
    const path = `/v1/subscriptions/${h.sub.id}`;
    // The SDK tries a closed connection twice by itself: both attempts are lost.
    h.fake.failNext('drop', { method: 'GET', path });
    h.fake.failNext('drop', { method: 'GET', path });
    const change = changeFor(demoCatalogEUR, subscription, { ...base, seats: 5 }, middle);
    const error = await h.port.settle(change).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaymentProviderUnavailableError);
    expect((error as Error).cause).toBeInstanceOf(Stripe.errors.StripeConnectionError);
    expect(await h.port.settle(change)).toEqual({ status: 'not-started' });
  });

  it('answers a 409 for a key another finisher is using as the typed outage, retry in 1 s', async () => {
    const h = await harness();
    h.fake.failNext('idempotency_key_in_use', {
      method: 'POST',
      path: `/v1/subscriptions/${h.sub.id}`,
    });
    const change = changeFor(demoCatalogEUR, subscription, { ...base, seats: 5 }, middle);
    const error = await h.port.carryOut(change).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaymentProviderUnavailableError);
    expect((error as PaymentProviderUnavailableError).retryAfterSeconds).toBe(1);
    expect((error as Error).cause).toBeInstanceOf(Stripe.errors.StripeError);
    expect(h.billing.invoices.size).toBe(0);
    expect(await h.port.carryOut(change)).toMatchObject({ status: 'done' });
    expect(h.billing.invoices.size).toBe(1);
  });

  it('leaves a refusal that is a fault of ours (401, a wrong key) untyped: the server answers 500', async () => {
    const h = await harness();
    h.fake.route('GET', '/v1/subscriptions/:id', () => ({
      status: 401,
      body: { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } },
    }));
    const change = changeFor(demoCatalogEUR, subscription, { ...base, seats: 5 }, middle);
    const error = await h.port.carryOut(change).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    expect(error).not.toBeInstanceOf(PaymentProviderUnavailableError);
  });

  it('returns the first charge, not a second, when the answer was lost after Stripe charged', async () => {
    const h = await harness();
    h.fake.failNext('drop_after_processing', {
      method: 'POST',
      path: `/v1/subscriptions/${h.sub.id}`,
    });
    const change = changeFor(demoCatalogEUR, subscription, { ...base, seats: 5 }, middle);
    // Whether the SDK's own retry replays the answer or the call fails, Stripe acted once.
    const first = await h.port.carryOut(change).catch(() => null);
    const settled = await h.port.settle(change);
    const again = await h.port.carryOut(change);
    const invoice = [...h.billing.invoices.values()];
    expect(invoice).toHaveLength(1);
    const done = { status: 'done', chargeId: invoice[0]!.id, charged: change.agreed.dueToday };
    if (first !== null) expect(first).toEqual(done);
    expect(settled).toEqual(done);
    expect(again).toEqual(done);
    const updates = h.fake.effects.filter((r) => r.path === `/v1/subscriptions/${h.sub.id}`);
    expect(updates).toHaveLength(1);
  });

  it('defers a decrease to the renewal with a subscription schedule, charging nothing', async () => {
    const h = await harness();
    const change = changeFor(demoCatalogEUR, subscription, { ...base, seats: 2 }, middle);
    expect(change.mode).toBe('scheduled');
    expect(await h.port.settle(change)).toEqual({ status: 'not-started' });
    const before = h.sub.items.map((item) => ({ ...item }));
    const result = await h.port.carryOut(change);
    expect(result).toEqual({
      status: 'done',
      chargeId: null,
      charged: { amount: 0, currency: 'EUR' },
    });
    expect(h.sub.items).toEqual(before);
    expect(h.billing.invoices.size).toBe(0);
    const [create, update] = h.fake.effects;
    expect(create).toMatchObject({
      path: '/v1/subscription_schedules',
      params: { from_subscription: h.sub.id },
      idempotencyKey: keyOf(change.paymentKey, 'schedule-create'),
    });
    const periodEnd = String(Date.parse(subscription.periodEnd) / 1000);
    const renewal = stripeItemsFor(demoCatalogEUR, { ...base, seats: 2 });
    expect(update).toMatchObject({
      idempotencyKey: keyOf(change.paymentKey, 'schedule-update'),
      params: {
        end_behavior: 'release',
        metadata: { tarif_payment_key: change.paymentKey },
        phases: [
          { end_date: periodEnd, proration_behavior: 'none' },
          { proration_behavior: 'none', items: expect.any(Array) },
        ],
      },
    });
    const phases = update!.params['phases'] as Array<{ items: Array<{ quantity: string }> }>;
    expect(phases[1]!.items.map((item) => Number(item.quantity)).sort()).toEqual(
      renewal.map((item) => item.quantity).sort(),
    );
    expect(await h.port.settle(change)).toEqual(result);
  });

  it('refuses a catalog version it was not given', async () => {
    const h = await harness();
    const other = { ...demoCatalogEUR, version: 'unchecked' };
    const change = changeFor(other, subscription, { ...base, seats: 5 }, middle);
    await expect(h.port.carryOut(change)).rejects.toThrow(/not one this port sells/);
    expect(h.fake.requests).toHaveLength(0);
  });
});
