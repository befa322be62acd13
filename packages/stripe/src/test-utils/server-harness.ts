import { createHash } from 'node:crypto';
import type { Selection } from '@tarif/core';
import { createBillingHandler } from '@tarif/server';
import { demoAuthenticate, seedDemo } from '@tarif/server/demo';
import { createSqliteStore } from '@tarif/server/sqlite';
import { afterEach, expect } from 'vitest';
import { stripeItemsFor } from '../catalog/expected-prices.js';
import { portHarness } from './port-harness.js';

/** The Idempotency-Key the port sends for `step` of the intent `paymentKey`. */
export const keyOf = (paymentKey: string, step: string) =>
  `tarif:${createHash('sha256').update(paymentKey).digest('hex')}:${step}`;

/**
 * A file's harnesses of @tarif/server's handler on SQLite (the demo account, seeded on
 * 2026-03-10, period March 2026) with the Stripe port against the loopback fake; every store and
 * fake is closed after each test.
 */
export function serverHarnesses() {
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });
  return async () => {
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
    const handler = createBillingHandler({
      store,
      payments: h.port,
      authenticate: demoAuthenticate,
      now: () => now,
      onError: () => undefined,
    });
    const call = (method: string, path: string, body?: unknown, key?: string) =>
      handler(
        new Request(`http://localhost/api/billing${path}`, {
          method,
          headers: {
            authorization: 'Bearer demo-admin',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(key === undefined ? {} : { 'idempotency-key': key }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        }),
      );
    /** Previews `selection`; the preview's id and body. */
    const preview = async (selection: Selection) =>
      (await call('POST', '/previews', { selection })).json();
    /** Previews `selection` and commits it under `key`, expecting 200: the preview and the answer. */
    async function buy(selection: Selection, key: string) {
      const { id, preview: shown } = await preview(selection);
      const response = await call('POST', '/commits', { previewId: id }, key);
      expect(response.status).toBe(200);
      return { preview: shown, committed: await response.json() };
    }
    /** The lookup keys and quantities Stripe bills, sorted. */
    const stripeItems = () =>
      h.sub.items
        .map((item) => ({
          key: h.fake.prices.all().find((price) => price.id === item.price)!.lookup_key,
          quantity: item.quantity,
        }))
        .sort((a, b) => String(a.key).localeCompare(String(b.key)));
    /** What Stripe should bill for `selection`, as `stripeItems` lists it. */
    const itemsOf = (selection: Selection) =>
      stripeItemsFor(account.catalog, selection)
        .map((item) => ({ key: item.lookupKey, quantity: item.quantity }))
        .sort((a, b) => a.key.localeCompare(b.key));
    /** The Idempotency-Keys of every POST to `path` Stripe received, failed and replayed included. */
    const keysTo = (path: string) =>
      h.fake.requests
        .filter((r) => r.method === 'POST' && r.path === path)
        .map((r) => r.idempotencyKey);
    const at = (iso: string) => void (now = new Date(iso));
    const base = stored.subscription.selection;
    return { store, account, h, call, preview, buy, stripeItems, itemsOf, keysTo, at, base };
  };
}
