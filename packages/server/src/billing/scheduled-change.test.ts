import { describe, expect, it } from 'vitest';
import type { Selection } from '@tarif/core';
import { demoSelection, setup } from '../test-utils/setup.js';
import type { TestServer } from '../test-utils/setup.js';

/** Previews `selection` and commits that preview; returns both answers. */
async function previewAndCommit(server: TestServer, selection: Selection, key: string) {
  const { id, preview } = await (
    await server.call('POST', '/previews', { body: { selection } })
  ).json();
  const response = await server.call('POST', '/commits', {
    body: { previewId: id },
    headers: { 'idempotency-key': key },
  });
  expect(response.status).toBe(200);
  return { preview, committed: await response.json() };
}

/** The demo account on Marketing Plus monthly at 20 000 contacts (8 700 in use), 3 seats (2 in use). */
async function setupAt20000() {
  const server = await setup();
  const current = (await server.store.getSubscription('acct_demo'))!;
  await server.store.putSubscription('acct_demo', {
    subscription: {
      ...current.subscription,
      selection: { ...demoSelection, contactLimit: 20000 },
    },
    scheduled: null,
  });
  return server;
}

describe('a change that waits for renewal', () => {
  it('schedules contacts down without charging, then applies it when the period rolls over', async () => {
    const server = await setup();
    // Start from 20 000 contacts (8 700 in use) so going down to 10 000 is allowed.
    const current = (await server.store.getSubscription('acct_demo'))!;
    await server.store.putSubscription('acct_demo', {
      subscription: {
        ...current.subscription,
        selection: { ...demoSelection, contactLimit: 20000 },
      },
      scheduled: null,
    });

    const previewResponse = await server.call('POST', '/previews', {
      body: { selection: demoSelection },
    });
    const { id, preview } = await previewResponse.json();
    expect(preview.mode).toBe('scheduled');
    // Plus monthly at 10 000 contacts is 59 €, from the renewal on.
    expect(preview.nextRenewal).toEqual({
      date: '2026-04-01T00:00:00.000Z',
      total: { amount: 5900, currency: 'EUR' },
    });

    const committed = await (
      await server.call('POST', '/commits', {
        body: { previewId: id },
        headers: { 'idempotency-key': 'key-contacts-down' },
      })
    ).json();
    expect(committed).toMatchObject({
      mode: 'scheduled',
      charged: { amount: 0, currency: 'EUR' },
      subscription: { selection: { contactLimit: 20000 } },
      scheduled: { selection: demoSelection, effectiveAt: '2026-04-01T00:00:00.000Z' },
    });
    expect(await server.store.listCharges('acct_demo')).toEqual([]);

    server.clock.set('2026-03-31T23:59:59.000Z');
    const before = await (await server.call('GET', '/account')).json();
    expect(before.subscription.selection.contactLimit).toBe(20000);
    expect(before.scheduled).toEqual({
      selection: demoSelection,
      effectiveAt: '2026-04-01T00:00:00.000Z',
    });

    server.clock.set('2026-04-01T00:00:01.000Z');
    const after = await (await server.call('GET', '/account')).json();
    expect(after.subscription).toMatchObject({
      selection: demoSelection,
      periodStart: '2026-04-01T00:00:00.000Z',
      periodEnd: '2026-05-01T00:00:00.000Z',
    });
    expect(after.scheduled).toBeNull();
  });

  it('buys the increase now and schedules the decrease in one commit', async () => {
    const server = await setup();
    // Pro (now) with 2 seats (at renewal; 2 are in use).
    const desired = { ...demoSelection, plan: 'pro', seats: 2 };
    const { id, preview } = await (
      await server.call('POST', '/previews', { body: { selection: desired } })
    ).json();
    expect(preview.mode).toBe('purchase');
    const committed = await (
      await server.call('POST', '/commits', {
        body: { previewId: id },
        headers: { 'idempotency-key': 'key-mixed-1' },
      })
    ).json();
    expect(committed.charged).toEqual(preview.dueToday);
    expect(committed.subscription.selection).toEqual(preview.effectiveNow);
    expect(committed.scheduled).toEqual({
      selection: desired,
      effectiveAt: '2026-04-01T00:00:00.000Z',
    });
  });

  it('adds the credit to the balance when a change priced now costs less than what was paid', async () => {
    const server = await setup();
    // A catalog whose policy sells plan downgrades now, and a subscription on Pro.
    const account = (await server.store.getAccount('acct_demo'))!;
    await server.store.saveCatalog('acct_demo', {
      ...account.catalog,
      version: 'demo-eur-1-down-now',
      policy: { planDown: 'now' },
    });
    const current = (await server.store.getSubscription('acct_demo'))!;
    await server.store.putSubscription('acct_demo', {
      subscription: { ...current.subscription, selection: { ...demoSelection, plan: 'pro' } },
      scheduled: null,
    });

    const { id, preview } = await (
      await server.call('POST', '/previews', { body: { selection: demoSelection } })
    ).json();
    // 21.5 of 31 days left: credit 9900 * 21.5 / 31 = 6866.1 -> 6866, charge 5900 * 21.5 / 31 = 4091.9 -> 4092.
    expect(preview.mode).toBe('purchase');
    expect(preview.balanceCredit).toEqual({ amount: 2774, currency: 'EUR' });
    const committed = await (
      await server.call('POST', '/commits', {
        body: { previewId: id },
        headers: { 'idempotency-key': 'key-credit-1' },
      })
    ).json();
    expect(committed.charged).toEqual({ amount: 0, currency: 'EUR' });
    expect(committed.balance).toEqual({ amount: 2774, currency: 'EUR' });
    expect(await server.store.listCharges('acct_demo')).toEqual([]);
    const snapshot = await (await server.call('GET', '/account')).json();
    expect(snapshot.balance).toEqual({ amount: 2774, currency: 'EUR' });
  });

  describe('given a lower contact limit already scheduled for the renewal', () => {
    const at20000 = { ...demoSelection, contactLimit: 20000 };

    it('schedules fewer seats as well, keeps both, and the renewal applies both', async () => {
      const server = await setupAt20000();
      await previewAndCommit(server, { ...at20000, contactLimit: 10000 }, 'key-contacts-down');

      // The draft starts from the subscription (20 000 contacts) and lowers seats only.
      const { preview, committed } = await previewAndCommit(
        server,
        { ...at20000, seats: 2 },
        'key-seats-down',
      );
      expect(preview.mode).toBe('scheduled');
      // What renews is Plus at 10 000 contacts, 2 seats (3 are included): 59.00, not 99.00 at 20 000.
      expect(preview.nextRenewal.total).toEqual({ amount: 5900, currency: 'EUR' });
      const both = { ...demoSelection, contactLimit: 10000, seats: 2 };
      expect(committed).toMatchObject({
        mode: 'scheduled',
        charged: { amount: 0, currency: 'EUR' },
        subscription: { selection: at20000 },
        scheduled: { selection: both, effectiveAt: '2026-04-01T00:00:00.000Z' },
      });
      const before = await (await server.call('GET', '/account')).json();
      expect(before.scheduled).toEqual({
        selection: both,
        effectiveAt: '2026-04-01T00:00:00.000Z',
      });

      server.clock.set('2026-04-01T00:00:01.000Z');
      const after = await (await server.call('GET', '/account')).json();
      expect(after.subscription.selection).toEqual(both);
      expect(after.scheduled).toBeNull();
    });

    it('applies a plan upgrade now and still schedules the lower contact limit', async () => {
      const server = await setupAt20000();
      await previewAndCommit(server, { ...at20000, contactLimit: 10000 }, 'key-contacts-down');

      const { preview, committed } = await previewAndCommit(
        server,
        { ...at20000, plan: 'pro' },
        'key-plan-up',
      );
      expect(preview.mode).toBe('purchase');
      // 21.5 of 31 days left. Credit Plus at 20 000: 9900 * 21.5 / 31 = 6866.1 -> 6866;
      // charge Pro at 20 000: 15900 * 21.5 / 31 = 11027.4 -> 11027; due 11027 - 6866 = 4161.
      expect(preview.dueToday).toEqual({ amount: 4161, currency: 'EUR' });
      // From the renewal: Pro at 10 000 contacts, 99.00 (not 159.00 at 20 000).
      expect(preview.nextRenewal.total).toEqual({ amount: 9900, currency: 'EUR' });
      expect(preview.target.total).toEqual({ amount: 9900, currency: 'EUR' });

      const upgraded = { ...at20000, plan: 'pro' };
      const renewal = { ...upgraded, contactLimit: 10000 };
      expect(committed).toMatchObject({
        mode: 'purchase',
        charged: { amount: 4161, currency: 'EUR' },
        subscription: { selection: upgraded },
        scheduled: { selection: renewal, effectiveAt: '2026-04-01T00:00:00.000Z' },
      });
      const account = await (await server.call('GET', '/account')).json();
      expect(account.subscription.selection).toEqual(upgraded);
      expect(account.scheduled).toEqual({
        selection: renewal,
        effectiveAt: '2026-04-01T00:00:00.000Z',
      });

      server.clock.set('2026-04-01T00:00:01.000Z');
      const after = await (await server.call('GET', '/account')).json();
      expect(after.subscription.selection).toEqual(renewal);
    });

    it('drops the scheduled change when a purchase now makes the renewal equal the subscription', async () => {
      const server = await setupAt20000();
      await previewAndCommit(server, { ...at20000, contactLimit: 10000 }, 'key-contacts-down');

      // Raising contacts to 30 000 now overrides the scheduled 10 000: nothing is left to schedule.
      const { committed } = await previewAndCommit(
        server,
        { ...at20000, contactLimit: 30000 },
        'key-contacts-up',
      );
      expect(committed.subscription.selection).toEqual({ ...at20000, contactLimit: 30000 });
      expect(committed.scheduled).toBeNull();
      expect((await (await server.call('GET', '/account')).json()).scheduled).toBeNull();
    });

    it('shows the scheduled renewal total in a preview that cannot be committed', async () => {
      const server = await setupAt20000();
      await previewAndCommit(server, { ...at20000, contactLimit: 10000 }, 'key-contacts-down');

      // Switching to Sales needs a change request: nothing changes, the scheduled change stays.
      const { preview } = await (
        await server.call('POST', '/previews', {
          body: { selection: { ...at20000, product: 'sales' } },
        })
      ).json();
      expect(preview.mode).toBe('request');
      // Plus at 10 000 contacts: 59.00.
      expect(preview.nextRenewal.total).toEqual({ amount: 5900, currency: 'EUR' });
    });
  });

  it('keeps only the new change when merging it with the scheduled one is not a valid selection', async () => {
    const server = await setup();
    // Plan downgrades wait for the renewal in this catalog; the account is on Pro with 20 seats.
    const account = (await server.store.getAccount('acct_demo'))!;
    await server.store.saveCatalog('acct_demo', {
      ...account.catalog,
      version: 'demo-eur-1-down-at-renewal',
      policy: { planDown: 'renewal' },
    });
    const current = (await server.store.getSubscription('acct_demo'))!;
    const onPro = { ...demoSelection, plan: 'pro', seats: 20 };
    await server.store.putSubscription('acct_demo', {
      subscription: { ...current.subscription, selection: onPro },
      scheduled: null,
    });
    const { committed: first } = await previewAndCommit(
      server,
      { ...onPro, plan: 'plus', seats: 10 },
      'key-plan-down',
    );
    expect(first.scheduled.selection).toEqual({ ...onPro, plan: 'plus', seats: 10 });

    // 25 seats on Pro now; merged with the scheduled Plus it would be Plus with 25 seats (max 10).
    const { preview, committed } = await previewAndCommit(
      server,
      { ...onPro, seats: 25 },
      'key-seats-up',
    );
    expect(preview.mode).toBe('purchase');
    expect(committed.subscription.selection).toEqual({ ...onPro, seats: 25 });
    expect(committed.scheduled).toBeNull();
  });
});
