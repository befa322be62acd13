// The failures a customer can meet when a commit goes through Stripe (issue 10, "Failures the
// customer sees"): @tarif/server's handler on SQLite, the Stripe port and the real SDK against the
// loopback fake. Each failure must map to its wire answer, leave Tarif's subscription, balance and
// ledger as they were and Stripe's subscription on its old items, and record nothing as paid. The
// unknown outcomes (rate limited, outage, timeout) answer 503 provider-unavailable, so the review
// modal can say that nothing changed yet and that trying again is safe; they keep the intent, so
// the same Idempotency-Key settles it once Stripe answers again, with one charge.
import { createBillingHandler } from '@tarif/server';
import { demoAuthenticate, seedDemo } from '@tarif/server/demo';
import { createSqliteStore } from '@tarif/server/sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { portHarness } from '../test-utils/port-harness.js';
import type Stripe from 'stripe';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function setup(config: Stripe.StripeConfig = {}) {
  const store = createSqliteStore(':memory:');
  await seedDemo(store, { now: new Date('2026-03-10T12:00:00Z') });
  const account = (await store.getAccount('acct_demo'))!;
  const before = (await store.getSubscription('acct_demo'))!;
  const h = await portHarness(account.catalog, before.subscription, config);
  closers.push(
    () => h.fake.close(),
    () => store.close(),
  );
  const now = new Date('2026-03-16T12:00:00Z');
  const errors: unknown[] = [];
  const handler = createBillingHandler({
    store,
    payments: h.port,
    authenticate: demoAuthenticate,
    now: () => now,
    onError: (error) => void errors.push(error),
  });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
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
  const selection = { ...before.subscription.selection, seats: 5 };
  const preview = await (await post('/previews', { selection })).json();
  expect(preview.preview.dueToday.amount).toBeGreaterThan(0);
  const commit = (key: string) =>
    post('/commits', { previewId: preview.id }, { 'idempotency-key': key });
  const stripeItems = () =>
    h.sub.items.map((item) => ({ price: item.price, quantity: item.quantity }));
  const stripeBefore = stripeItems();
  const updatePath = `/v1/subscriptions/${h.sub.id}`;
  /** The Stripe keys of every update Stripe received, failed and replayed ones included. */
  const updateKeys = () =>
    h.fake.requests
      .filter((r) => r.method === 'POST' && r.path === updatePath)
      .map((r) => r.idempotencyKey);
  const updates = () => h.fake.effects.filter((r) => r.method === 'POST' && r.path === updatePath);

  /** Tarif and Stripe as they were before the commit, and nothing paid anywhere. */
  async function expectUnchanged() {
    const stored = (await store.getSubscription('acct_demo'))!;
    expect(stored.subscription).toEqual(before.subscription);
    expect((await store.getAccount('acct_demo'))!.balance).toEqual(account.balance);
    expect(await store.listCharges('acct_demo')).toEqual([]);
    expect(stripeItems()).toEqual(stripeBefore);
    expect(h.billing.invoices.size).toBe(0);
    expect(updates()).toHaveLength(0);
  }

  /** The commit charged once, for what the customer reviewed, and Tarif recorded Stripe's invoice. */
  async function expectChargedOnce() {
    const invoices = [...h.billing.invoices.values()];
    expect(invoices).toHaveLength(1);
    expect(invoices[0]!.amount_paid).toBe(preview.preview.dueToday.amount);
    expect(updates()).toHaveLength(1);
    expect(await store.listCharges('acct_demo')).toMatchObject([
      { chargeId: invoices[0]!.id, amount: preview.preview.dueToday },
    ]);
    expect((await store.getSubscription('acct_demo'))!.subscription.selection).toEqual(selection);
  }

  return {
    h,
    store,
    commit,
    updatePath,
    updates,
    updateKeys,
    errors,
    expectUnchanged,
    expectChargedOnce,
  };
}

async function errorOf(response: Response) {
  return { status: response.status, code: (await response.json()).error.code as string };
}

const unavailable = { status: 503, code: 'provider-unavailable' } as const;

describe('failures the customer sees, through @tarif/server and Stripe', () => {
  // 3-D Secure is no longer a dead end: payments/authentication-through-server.test.ts.
  it.each([['card_declined', 'payment-declined']] as const)(
    '%s: answers 402 %s, changes nothing and drops the intent',
    async (failure, code) => {
      const t = await setup();
      t.h.fake.failNext(failure, { method: 'POST', path: t.updatePath });
      expect(await errorOf(await t.commit('key-failure-0001'))).toEqual({ status: 402, code });
      await t.expectUnchanged();
      expect(await t.store.listChargingCommits('2100-01-01T00:00:00Z')).toEqual([]);
      // A definite no: the intent was dropped, so the customer's next try (the same key, a fixed
      // card) is a new payment with Stripe keys of its own, and it charges once.
      const declined = t.h.fake.requests.find(
        (r) => r.method === 'POST' && r.path === t.updatePath,
      )!;
      expect((await t.commit('key-failure-0001')).status).toBe(200);
      await t.expectChargedOnce();
      expect(t.updates()[0]!.idempotencyKey).not.toBe(declined.idempotencyKey);
    },
  );

  it('rate limited (429) on every attempt: 503 provider-unavailable, nothing paid; the same key settles once Stripe answers', async () => {
    const t = await setup();
    t.h.fake.failNext('rate_limited', { method: 'POST', path: t.updatePath });
    t.h.fake.failNext('rate_limited', { method: 'POST', path: t.updatePath });
    const first = await t.commit('key-failure-0002');
    expect(await errorOf(first)).toEqual(unavailable);
    // Stripe's 429 says nothing of how long to wait, so neither does the answer.
    expect(first.headers.has('retry-after')).toBe(false);
    await t.expectUnchanged();
    expect(await t.store.listChargingCommits('2100-01-01T00:00:00Z')).toHaveLength(1);
    expect(await errorOf(await t.commit('key-failure-0002'))).toEqual(unavailable);
    await t.expectUnchanged();
    // An outage is answered, not reported as a fault of ours.
    expect(t.errors).toEqual([]);
    const response = await t.commit('key-failure-0002');
    expect(response.status).toBe(200);
    await t.expectChargedOnce();
    // One intent, one Stripe key, whichever try Stripe ran.
    expect(new Set(t.updateKeys()).size).toBe(1);
    expect(t.updateKeys()).toHaveLength(3);
    expect(await t.store.listChargingCommits('2100-01-01T00:00:00Z')).toEqual([]);
  });

  it('outage, no answer (timeout): 503 provider-unavailable, nothing paid; the same key settles with one charge', async () => {
    // The fake never answers the update (`hang`), so the SDK's timeout is what ends the wait: the
    // outcome is the same whatever the timeout, only its length is chosen here.
    const t = await setup({ timeout: 1_000 });
    t.h.fake.failNext('hang', { method: 'POST', path: t.updatePath });
    expect(await errorOf(await t.commit('key-failure-0003'))).toEqual(unavailable);
    await t.expectUnchanged();
    expect(t.errors).toEqual([]);
    expect(await t.store.listChargingCommits('2100-01-01T00:00:00Z')).toHaveLength(1);
    const response = await t.commit('key-failure-0003');
    expect(response.status).toBe(200);
    await t.expectChargedOnce();
    expect(new Set(t.updateKeys()).size).toBe(1);
  });

  it('outage (500, which Stripe replays for its key): 503 provider-unavailable, nothing paid; the same key settles with one charge', async () => {
    const t = await setup();
    t.h.fake.failNext('server_error', { method: 'POST', path: t.updatePath });
    expect(await errorOf(await t.commit('key-failure-0004'))).toEqual(unavailable);
    await t.expectUnchanged();
    expect(t.errors).toEqual([]);
    expect(await t.store.listChargingCommits('2100-01-01T00:00:00Z')).toHaveLength(1);
    const response = await t.commit('key-failure-0004');
    expect(response.status).toBe(200);
    await t.expectChargedOnce();
    // The retry replayed the first key's 500, read the subscription (no trace of the intent) and
    // went on with the intent's second key, once.
    const [first, replayed, second] = t.updateKeys();
    expect(t.updateKeys()).toHaveLength(3);
    expect(replayed).toBe(first);
    expect(second).toBe(`${first}:1`);
    // Once charged, the same key is answered from the database: Stripe is not called again.
    const calls = t.h.fake.requests.length;
    expect((await t.commit('key-failure-0004')).status).toBe(200);
    expect(t.h.fake.requests).toHaveLength(calls);
  });

  it('an outage that lasts: every replayed 500 is read and skipped, up to ten keys, never charging twice', async () => {
    const t = await setup();
    // Stripe fails every update, replays included: the n-th retry sends n updates (n - 1
    // replays, one new key), so 11 retries send 1 + 2 + ... + 10 + 10 of them.
    for (let i = 0; i < 65; i++) {
      t.h.fake.failNext('server_error', { method: 'POST', path: t.updatePath });
    }
    for (let i = 0; i < 10; i++) {
      expect(await errorOf(await t.commit('key-failure-0005'))).toEqual(unavailable);
      await t.expectUnchanged();
    }
    expect(new Set(t.updateKeys()).size).toBe(10);
    // The eleventh retry replays all ten and gives up: the intent stays for the sweep.
    expect(await errorOf(await t.commit('key-failure-0005'))).toEqual(unavailable);
    expect(t.updateKeys()).toHaveLength(65);
    expect(new Set(t.updateKeys()).size).toBe(10);
    await t.expectUnchanged();
    expect(await t.store.listChargingCommits('2100-01-01T00:00:00Z')).toHaveLength(1);
  });
});
