// A whole commit through @tarif/server's handler with the Stripe port: the database decides once,
// Stripe is updated once and charged once, and the ledger holds Stripe's invoice.
import { createBillingHandler } from '@tarif/server';
import { demoAuthenticate, seedDemo } from '@tarif/server/demo';
import { createSqliteStore } from '@tarif/server/sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { stripeItemsFor } from '../catalog/expected-prices.js';
import { portHarness } from '../test-utils/port-harness.js';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function setup() {
  let now = new Date('2026-03-10T12:00:00Z');
  const store = createSqliteStore(':memory:');
  await seedDemo(store, { now });
  const account = (await store.getAccount('acct_demo'))!;
  const stored = (await store.getSubscription('acct_demo'))!;
  const h = await portHarness(account.catalog, stored.subscription);
  closers.push(
    () => h.fake.close(),
    () => store.close(),
  );
  // The middle of the demo period (March 2026). Core prorates per line as Stripe does, so any
  // instant agrees; payments/proration-instant.test.ts covers one where the old rule did not.
  now = new Date('2026-03-16T12:00:00Z');
  const handler = createBillingHandler({
    store,
    payments: h.port,
    authenticate: demoAuthenticate,
    now: () => now,
    onError: () => undefined,
  });
  const call = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    handler(
      new Request(`http://localhost/api/billing${path}`, {
        method: 'POST',
        headers: {
          authorization: 'Bearer demo-admin',
          'content-type': 'application/json',
          ...headers,
        },
        body: JSON.stringify(body),
      }),
    );
  const selection = { ...stored.subscription.selection, seats: 5 };
  return { store, account, h, call, selection };
}

describe('a commit through @tarif/server with the Stripe port', () => {
  it('charges once, updates the subscription on Stripe and writes the ledger', async () => {
    const { store, account, h, call, selection } = await setup();
    const preview = await (await call('/previews', { selection })).json();
    const commit = () =>
      call('/commits', { previewId: preview.id }, { 'idempotency-key': 'key-stripe-0001' });
    const response = await commit();
    expect(response.status).toBe(200);
    const invoices = [...h.billing.invoices.values()];
    expect(invoices).toHaveLength(1);
    expect(invoices[0]!.amount_paid).toBe(preview.preview.dueToday.amount);
    expect(await store.listCharges('acct_demo')).toMatchObject([
      { chargeId: invoices[0]!.id, amount: preview.preview.dueToday },
    ]);
    const keys = h.sub.items.map(
      (item) => h.fake.prices.all().find((price) => price.id === item.price)!.lookup_key,
    );
    expect(keys.sort()).toEqual(
      stripeItemsFor(account.catalog, selection)
        .map((item) => item.lookupKey)
        .sort(),
    );
    expect((await store.getSubscription('acct_demo'))?.subscription.selection.seats).toBe(5);
    // The same key again: answered from the database, Stripe is not called.
    const calls = h.fake.requests.length;
    expect((await commit()).status).toBe(200);
    expect(h.fake.requests).toHaveLength(calls);
    expect(await store.listCharges('acct_demo')).toHaveLength(1);
  });

  it('answers a declined card with payment-declined and records nothing', async () => {
    const { store, h, call, selection } = await setup();
    h.fake.failNext('card_declined', { method: 'POST', path: `/v1/subscriptions/${h.sub.id}` });
    const preview = await (await call('/previews', { selection })).json();
    const response = await call(
      '/commits',
      { previewId: preview.id },
      { 'idempotency-key': 'key-stripe-0002' },
    );
    expect(response.status).toBe(402);
    expect((await response.json()).error.code).toBe('payment-declined');
    expect(await store.listCharges('acct_demo')).toHaveLength(0);
    expect((await store.getSubscription('acct_demo'))?.subscription.selection.seats).toBe(3);
  });

  it('answers 409 price-changed with a fresh preview when Stripe would bill otherwise', async () => {
    const { store, h, call, selection } = await setup();
    for (const price of h.fake.prices.all()) {
      h.fake.prices.update(price.id, { unit_amount: price.unit_amount! + 1 });
    }
    const preview = await (await call('/previews', { selection })).json();
    const response = await call(
      '/commits',
      { previewId: preview.id },
      { 'idempotency-key': 'key-stripe-0003' },
    );
    expect(response.status).toBe(409);
    const body = await response.json();
    expect(body.error.code).toBe('price-changed');
    expect(body.preview.id).toEqual(expect.any(String));
    expect(h.warnings).toHaveLength(1);
    expect(h.billing.invoices.size).toBe(0);
    expect(await store.listCharges('acct_demo')).toHaveLength(0);
  });
});
