// A whole commit through @tarif/server's handler with the Stripe port: the database decides once,
// Stripe is updated once and charged once, and the ledger holds Stripe's invoice.
import { describe, expect, it } from 'vitest';
import { serverHarnesses } from '../test-utils/server-harness.js';

const harness = serverHarnesses();

async function setup() {
  const t = await harness();
  // The middle of the demo period (March 2026). Core prorates per line as Stripe does, so any
  // instant agrees; payments/proration-instant.test.ts covers one where the old rule did not.
  t.at('2026-03-16T12:00:00Z');
  const call = (path: string, body: unknown, key?: string) => t.call('POST', path, body, key);
  const selection = { ...t.base, seats: 5 };
  return { ...t, call, selection };
}

describe('a commit through @tarif/server with the Stripe port', () => {
  it('charges once, updates the subscription on Stripe and writes the ledger', async () => {
    const { store, h, call, selection, stripeItems, itemsOf } = await setup();
    const preview = await (await call('/previews', { selection })).json();
    const commit = () => call('/commits', { previewId: preview.id }, 'key-stripe-0001');
    const response = await commit();
    expect(response.status).toBe(200);
    const invoices = [...h.billing.invoices.values()];
    expect(invoices).toHaveLength(1);
    expect(invoices[0]!.amount_paid).toBe(preview.preview.dueToday.amount);
    expect(await store.listCharges('acct_demo')).toMatchObject([
      { chargeId: invoices[0]!.id, amount: preview.preview.dueToday },
    ]);
    expect(stripeItems()).toEqual(itemsOf(selection));
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
    const response = await call('/commits', { previewId: preview.id }, 'key-stripe-0002');
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
    const response = await call('/commits', { previewId: preview.id }, 'key-stripe-0003');
    expect(response.status).toBe(409);
    const body = await response.json();
    expect(body.error.code).toBe('price-changed');
    expect(body.preview.id).toEqual(expect.any(String));
    expect(h.warnings).toHaveLength(1);
    expect(h.billing.invoices.size).toBe(0);
    expect(await store.listCharges('acct_demo')).toHaveLength(0);
  });
});
