// A 500 on a schedule step, through @tarif/server's handler on SQLite and the Stripe port against
// the loopback fake. Stripe replays a 500 for its key for 24 hours: without numbered keys the
// intent would get the same 500 on every retry and keep the account blocked. A lost answer must
// stay replayable: a second try never creates a second schedule nor charges twice.
import { describe, expect, it } from 'vitest';
import { keyOf, serverHarnesses } from '../test-utils/server-harness.js';

const setup = serverHarnesses();
const schedulesPath = '/v1/subscription_schedules';

describe('a 500 on a schedule step', () => {
  it('schedule-create: the retry reads no schedule on Stripe and creates one under the next key', async () => {
    const t = await setup();
    t.at('2026-03-12T09:00:00Z');
    t.h.fake.failNext('server_error', { method: 'POST', path: schedulesPath });
    const { id, preview } = await t.preview({ ...t.base, seats: 2 });
    const first = await t.call('POST', '/commits', { previewId: id }, 'key-create-500');
    expect(first.status).toBe(503);
    expect(t.h.billing.schedules.size).toBe(0);
    expect((await t.store.getSubscription('acct_demo'))!.scheduled).toBeNull();

    const retry = await t.call('POST', '/commits', { previewId: id }, 'key-create-500');
    expect(retry.status).toBe(200);
    expect((await retry.json()).scheduled.selection.seats).toBe(2);
    const [key, replayed, next] = t.keysTo(schedulesPath);
    expect(t.keysTo(schedulesPath)).toHaveLength(3);
    expect(key).toMatch(/^tarif:[0-9a-f]{64}:schedule-create$/);
    expect(replayed).toBe(key);
    expect(next).toBe(`${key}:1`);
    expect(t.h.billing.schedules.size).toBe(1);
    // Stripe renews on what Tarif renews: 2 seats.
    expect(t.h.billing.renew(t.h.sub.id).amount_paid).toBe(preview.nextRenewal.total.amount);
    expect(t.stripeItems()).toEqual(t.itemsOf({ ...t.base, seats: 2 }));
  });

  it('schedule-create, answer lost after Stripe created it: the retry finds it, never a second', async () => {
    const t = await setup();
    t.at('2026-03-12T09:00:00Z');
    // Cut twice: the SDK's own retry (same key) replays the answer, and is cut too.
    t.h.fake.failNext('drop_after_processing', { method: 'POST', path: schedulesPath });
    t.h.fake.failNext('drop', { method: 'POST', path: schedulesPath });
    const { id } = await t.preview({ ...t.base, seats: 2 });
    expect((await t.call('POST', '/commits', { previewId: id }, 'key-create-lost')).status).toBe(
      503,
    );
    expect(t.h.billing.schedules.size).toBe(1);
    const retry = await t.call('POST', '/commits', { previewId: id }, 'key-create-lost');
    expect(retry.status).toBe(200);
    expect(t.h.billing.schedules.size).toBe(1);
    const creates = t.h.fake.effects.filter((r) => r.path === schedulesPath);
    expect(creates).toHaveLength(1);
    const [schedule] = t.h.billing.schedules.values();
    expect(schedule!.metadata['tarif_payment_key']).toMatch(/^acct_demo\/key-create-lost\//);
  });

  it('schedule-update: the retry reads that the phases do not carry the intent, and updates under the next key', async () => {
    const t = await setup();
    t.at('2026-03-12T09:00:00Z');
    t.h.fake.failNext('server_error', {
      method: 'POST',
      path: /^\/v1\/subscription_schedules\/[^/]+$/,
    });
    const { id } = await t.preview({ ...t.base, seats: 2 });
    expect((await t.call('POST', '/commits', { previewId: id }, 'key-update-500')).status).toBe(
      503,
    );
    const [schedule] = t.h.billing.schedules.values();
    expect(schedule!.phases).toHaveLength(1);
    const retry = await t.call('POST', '/commits', { previewId: id }, 'key-update-500');
    expect(retry.status).toBe(200);
    const keys = t.keysTo(`${schedulesPath}/${schedule!.id}`);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/:schedule-update$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toBe(`${keys[0]}:1`);
    expect(schedule!.phases).toHaveLength(2);
    // The create went once, under its first key: the retry found the schedule attached.
    expect(t.keysTo(schedulesPath)).toHaveLength(1);
  });

  it('schedule-release after a purchase: the charge stands once, and the release goes under the next key', async () => {
    const t = await setup();
    t.at('2026-03-12T09:00:00Z');
    await t.buy({ ...t.base, seats: 2 }, 'key-seats-down');
    const [schedule] = t.h.billing.schedules.values();
    const releasePath = `${schedulesPath}/${schedule!.id}/release`;
    t.at('2026-03-16T12:00:00Z');
    t.h.fake.failNext('server_error', { method: 'POST', path: releasePath });
    const { id, preview } = await t.preview({ ...t.base, seats: 5 });
    expect((await t.call('POST', '/commits', { previewId: id }, 'key-release-500')).status).toBe(
      503,
    );
    // Stripe charged, the schedule is still attached: the intent stays, nothing recorded yet.
    expect(t.h.billing.invoices.size).toBe(1);
    expect(t.h.sub.schedule).toBe(schedule!.id);
    expect(await t.store.listCharges('acct_demo')).toEqual([]);
    expect(await t.store.listChargingCommits('2100-01-01T00:00:00Z')).toHaveLength(1);

    const retry = await t.call('POST', '/commits', { previewId: id }, 'key-release-500');
    expect(retry.status).toBe(200);
    const paymentKey = t.h.sub.metadata['tarif_payment_key']!;
    expect(t.keysTo(releasePath)).toEqual([
      keyOf(paymentKey, 'schedule-release'),
      keyOf(paymentKey, 'schedule-release'),
      `${keyOf(paymentKey, 'schedule-release')}:1`,
    ]);
    expect(t.h.sub.schedule).toBeNull();
    // One charge on Stripe and in the ledger; the subscription was updated once.
    const invoices = [...t.h.billing.invoices.values()];
    expect(invoices).toHaveLength(1);
    expect(
      t.h.fake.effects.filter((r) => r.path === `/v1/subscriptions/${t.h.sub.id}`),
    ).toHaveLength(1);
    expect(await t.store.listCharges('acct_demo')).toMatchObject([
      { chargeId: invoices[0]!.id, amount: preview.dueToday },
    ]);
    expect(t.h.billing.renew(t.h.sub.id).amount_paid).toBe(preview.nextRenewal.total.amount);
  });

  it('an outage that lasts on a schedule step: ten keys at most, then the intent waits, never acting twice', async () => {
    const t = await setup();
    t.at('2026-03-12T09:00:00Z');
    // Every create fails, replays included: the n-th retry sends n creates (n - 1 replays and
    // one new key), so the first try and 9 retries send 1 + 2 + ... + 10 = 55.
    for (let i = 0; i < 65; i++) {
      t.h.fake.failNext('server_error', { method: 'POST', path: schedulesPath });
    }
    const { id } = await t.preview({ ...t.base, seats: 2 });
    for (let i = 0; i < 10; i++) {
      expect((await t.call('POST', '/commits', { previewId: id }, 'key-create-down')).status).toBe(
        503,
      );
    }
    expect(t.keysTo(schedulesPath)).toHaveLength(55);
    expect(new Set(t.keysTo(schedulesPath)).size).toBe(10);
    // The eleventh replays all ten and gives up: the intent stays for the sweep.
    expect((await t.call('POST', '/commits', { previewId: id }, 'key-create-down')).status).toBe(
      503,
    );
    expect(t.keysTo(schedulesPath)).toHaveLength(65);
    expect(new Set(t.keysTo(schedulesPath)).size).toBe(10);
    expect(t.h.billing.schedules.size).toBe(0);
    expect(await t.store.listChargingCommits('2100-01-01T00:00:00Z')).toHaveLength(1);
  });
});
