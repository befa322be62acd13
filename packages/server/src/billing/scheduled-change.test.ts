import { describe, expect, it } from 'vitest';
import { demoSelection, setup } from '../test-utils/setup.js';

describe('a change that waits for renewal', () => {
  it('schedules contacts down without charging, then applies it when the period rolls over', async () => {
    const server = await setup();
    // Start from 20 000 contacts (8 700 in use) so going down to 10 000 is allowed.
    const current = (await server.store.getSubscription('acct_demo'))!;
    await server.store.saveSubscription('acct_demo', {
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
    await server.store.saveSubscription('acct_demo', {
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
});
