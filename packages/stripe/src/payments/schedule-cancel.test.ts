// Cancelling a scheduled change (DELETE /scheduled-change), through @tarif/server's handler on
// SQLite and the Stripe port against the loopback fake: Stripe's schedule is released, so Stripe
// renews what Tarif renews, once, whatever is retried.
import { describe, expect, it } from 'vitest';
import { keyOf, serverHarnesses } from '../test-utils/server-harness.js';

const setup = serverHarnesses();

/** The demo account with 3 → 2 seats scheduled for the renewal (a Stripe schedule). */
async function withScheduledDecrease() {
  const t = await setup();
  t.at('2026-03-12T09:00:00Z');
  await t.buy({ ...t.base, seats: 2 }, 'key-seats-down');
  const [schedule] = t.h.billing.schedules.values();
  expect(t.h.sub.schedule).toBe(schedule!.id);
  t.at('2026-03-16T12:00:00Z');
  return {
    ...t,
    schedule: schedule!,
    releasePath: `/v1/subscription_schedules/${schedule!.id}/release`,
  };
}

describe('cancelling a scheduled change with the Stripe port', () => {
  it("releases Stripe's schedule, so Stripe renews on today's items as Tarif does", async () => {
    const t = await withScheduledDecrease();
    const { preview } = await t.preview(t.base);
    const response = await t.call('DELETE', '/scheduled-change');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      scheduled: null,
      subscription: { selection: t.base },
    });
    expect(t.keysTo(t.releasePath)).toEqual([
      keyOf(`acct_demo/cancel-scheduled/${t.schedule.id}`, 'schedule-release'),
    ]);
    expect(t.schedule.status).toBe('released');
    expect(t.h.sub.schedule).toBeNull();
    expect(t.h.billing.invoices.size).toBe(0);

    // The period ends: Stripe bills the 3 seats Tarif renews on, not the cancelled 2.
    const renewal = t.h.billing.renew(t.h.sub.id);
    expect(t.stripeItems()).toEqual(t.itemsOf(t.base));
    expect(renewal.amount_paid).toBe(preview.nextRenewal.total.amount);
    t.at('2026-04-01T00:00:01Z');
    const account = await (await t.call('GET', '/account')).json();
    expect(account.subscription.selection).toEqual(t.base);
  });

  it('is idempotent: a second cancel sends nothing to Stripe', async () => {
    const t = await withScheduledDecrease();
    expect((await t.call('DELETE', '/scheduled-change')).status).toBe(200);
    const calls = t.h.fake.requests.length;
    expect((await t.call('DELETE', '/scheduled-change')).status).toBe(200);
    expect(t.h.fake.requests).toHaveLength(calls);
    expect(t.h.fake.effects.filter((r) => r.path === t.releasePath)).toHaveLength(1);
  });

  it('a release whose answer was lost: the change stays until the retry finds the schedule gone', async () => {
    const t = await withScheduledDecrease();
    // Cut twice: the SDK's own retry (same key) is cut too.
    t.h.fake.failNext('drop_after_processing', { method: 'POST', path: t.releasePath });
    t.h.fake.failNext('drop', { method: 'POST', path: t.releasePath });
    expect((await t.call('DELETE', '/scheduled-change')).status).toBe(503);
    expect((await t.store.getSubscription('acct_demo'))!.scheduled).not.toBeNull();
    expect(t.h.sub.schedule).toBeNull();
    expect((await t.call('DELETE', '/scheduled-change')).status).toBe(200);
    expect((await t.store.getSubscription('acct_demo'))!.scheduled).toBeNull();
    expect(t.h.fake.effects.filter((r) => r.path === t.releasePath)).toHaveLength(1);
  });

  it('a 500 on the release: the change stays, and the next cancel releases under the next key', async () => {
    const t = await withScheduledDecrease();
    t.h.fake.failNext('server_error', { method: 'POST', path: t.releasePath });
    expect((await t.call('DELETE', '/scheduled-change')).status).toBe(503);
    expect((await t.store.getSubscription('acct_demo'))!.scheduled).not.toBeNull();
    expect(t.h.sub.schedule).toBe(t.schedule.id);
    expect((await t.call('DELETE', '/scheduled-change')).status).toBe(200);
    const key = keyOf(`acct_demo/cancel-scheduled/${t.schedule.id}`, 'schedule-release');
    expect(t.keysTo(t.releasePath)).toEqual([key, key, `${key}:1`]);
    expect(t.h.sub.schedule).toBeNull();
    expect((await t.store.getSubscription('acct_demo'))!.scheduled).toBeNull();
  });

  it('a later decrease after a cancel makes a new schedule, which renews on the new change', async () => {
    const t = await withScheduledDecrease();
    expect((await t.call('DELETE', '/scheduled-change')).status).toBe(200);
    const { preview } = await t.buy({ ...t.base, seats: 2 }, 'key-seats-down-again');
    expect(t.h.billing.schedules.size).toBe(2);
    expect(t.h.sub.schedule).not.toBe(t.schedule.id);
    expect(t.h.billing.renew(t.h.sub.id).amount_paid).toBe(preview.nextRenewal.total.amount);
    expect(t.stripeItems()).toEqual(t.itemsOf({ ...t.base, seats: 2 }));
  });
});
