// Monthly to yearly through @tarif/server's handler on SQLite and the Stripe port against the
// loopback fake. `billing_cycle_anchor: 'now'` starts Stripe's new period when Stripe runs the
// update; core starts it at the preview's instant, up to the preview's lifetime (15 minutes)
// earlier. They cannot be made equal, so Tarif records Stripe's period (`current_period_end` of
// the items) and renews when Stripe does.
import { describe, expect, it } from 'vitest';
import { serverHarnesses } from '../test-utils/server-harness.js';

const setup = serverHarnesses();
const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

describe('an interval change through @tarif/server and Stripe', () => {
  it("records Stripe's period, not the preview's instant, and answers it again on a replay", async () => {
    const t = await setup();
    t.at('2026-03-16T12:00:00Z');
    const { id, preview } = await t.preview({ ...t.base, interval: 'year' });
    expect(preview.mode).toBe('purchase');
    // The customer confirms five minutes later; Stripe runs the update a second after that.
    t.at('2026-03-16T12:05:00Z');
    t.h.billing.setNow(new Date('2026-03-16T12:05:01Z'));
    const response = await t.call('POST', '/commits', { previewId: id }, 'key-yearly');
    expect(response.status).toBe(200);
    const committed = await response.json();

    expect(t.h.sub.periodStart).toBe(Date.parse('2026-03-16T12:05:01Z') / 1000);
    const stripePeriod = {
      periodStart: iso(t.h.sub.periodStart),
      periodEnd: iso(t.h.sub.periodEnd),
    };
    expect(stripePeriod).toEqual({
      periodStart: '2026-03-16T12:05:01.000Z',
      periodEnd: '2027-03-16T12:05:01.000Z',
    });
    // Core alone would have said 2026-03-16T12:00:00 → 2027-03-16T12:00:00.
    expect(committed.subscription).toMatchObject(stripePeriod);
    expect((await t.store.getSubscription('acct_demo'))!.subscription).toMatchObject(stripePeriod);
    const account = await (await t.call('GET', '/account')).json();
    expect(account.subscription).toMatchObject(stripePeriod);
    expect(await t.store.listCharges('acct_demo')).toMatchObject([{ amount: preview.dueToday }]);
    // The same key again: answered from the database, with Stripe's period too.
    const replay = await t.call('POST', '/commits', { previewId: id }, 'key-yearly');
    expect(await replay.json()).toEqual(committed);
  });

  it("a yearly switch with fewer seats at renewal: the schedule and Tarif both wait for the end of Stripe's year", async () => {
    const t = await setup();
    t.at('2026-03-16T12:00:00Z');
    const desired = { ...t.base, interval: 'year' as const, seats: 2 };
    const { id, preview } = await t.preview(desired);
    expect(preview.mode).toBe('purchase');
    t.at('2026-03-16T12:07:00Z');
    t.h.billing.setNow(new Date('2026-03-16T12:07:30Z'));
    const response = await t.call('POST', '/commits', { previewId: id }, 'key-yearly-fewer');
    expect(response.status).toBe(200);
    const committed = await response.json();

    const stripeEnd = iso(t.h.sub.periodEnd);
    expect(stripeEnd).toBe('2027-03-16T12:07:30.000Z');
    expect(committed.subscription.periodEnd).toBe(stripeEnd);
    expect(committed.scheduled).toEqual({ selection: desired, effectiveAt: stripeEnd });
    const [schedule] = t.h.billing.schedules.values();
    expect(schedule!.phases[0]!['end_date']).toBe(String(t.h.sub.periodEnd));

    // Stripe's year ends: it bills 2 seats yearly, what Tarif renews on, to the unit.
    const renewal = t.h.billing.renew(t.h.sub.id);
    expect(renewal.amount_paid).toBe(preview.nextRenewal.total.amount);
    expect(t.stripeItems()).toEqual(t.itemsOf(desired));
    t.at('2027-03-16T12:07:31Z');
    const account = await (await t.call('GET', '/account')).json();
    expect(account.subscription).toMatchObject({ selection: desired, periodStart: stripeEnd });
    expect(account.scheduled).toBeNull();
  });
});
