// A purchase while a decrease waits in a Stripe subscription schedule: @tarif/server's handler on
// SQLite, the Stripe port and the real SDK against the loopback fake. Stripe must bill exactly the
// preview now (the subscription's update, at the preview's instant) and exactly Tarif's renewal at
// the period end (the schedule's next phase), which the fake's `renew` plays out.
import type { Selection } from '@tarif/core';
import { describe, expect, it } from 'vitest';
import { keyOf, serverHarnesses } from '../test-utils/server-harness.js';

const setup = serverHarnesses();

/** The phases a recorded schedule update sent, with their quantities as numbers. */
function phasesOf(params: Record<string, unknown>) {
  const phases = params['phases'] as Array<{
    start_date?: string;
    end_date?: string;
    items: Array<{ price: string; quantity: string }>;
  }>;
  return phases.map((phase) => ({
    end_date: phase.end_date,
    items: phase.items.map((item) => ({ price: item.price, quantity: Number(item.quantity) })),
  }));
}

describe('a purchase while a decrease waits in a Stripe schedule', () => {
  it('bills the preview now, rewrites both phases, and Stripe renews on what Tarif renews', async () => {
    const t = await setup();
    t.at('2026-03-12T09:00:00Z');
    // 3 seats → 2 at the renewal (2 are in use): a schedule, nothing charged.
    const decrease = await t.buy({ ...t.base, seats: 2 }, 'key-seats-down');
    expect(decrease.committed.mode).toBe('scheduled');
    const schedule = [...t.h.billing.schedules.values()][0]!;
    expect(t.h.sub.schedule).toBe(schedule.id);

    t.at('2026-03-16T12:00:00Z');
    const effectsBefore = t.h.fake.effects.length;
    // Then 10 000 → 20 000 contacts now: Tarif renews on 20 000 contacts and 2 seats.
    const { preview, committed } = await t.buy(
      { ...t.base, contactLimit: 20000 },
      'key-contacts-up',
    );
    expect(preview.mode).toBe('purchase');
    expect(preview.dueToday.amount).toBeGreaterThan(0);
    const renewed = { ...t.base, contactLimit: 20000, seats: 2 };
    expect(committed.scheduled).toEqual({
      selection: renewed,
      effectiveAt: '2026-04-01T00:00:00.000Z',
    });

    // On Stripe: the subscription's update (the charge, at the preview's instant), then the
    // schedule's phases, without proration, each under the intent's own key.
    const effects = t.h.fake.effects.slice(effectsBefore);
    expect(effects.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /v1/invoices/create_preview',
      `POST /v1/subscriptions/${t.h.sub.id}`,
      `POST /v1/subscription_schedules/${schedule.id}`,
    ]);
    const [, update, phases] = effects;
    const paymentKey = t.h.sub.metadata['tarif_payment_key']!;
    expect(update!.params).toMatchObject({
      proration_behavior: 'always_invoice',
      proration_date: String(Date.parse('2026-03-16T12:00:00Z') / 1000),
      payment_behavior: 'error_if_incomplete',
    });
    expect(update!.idempotencyKey).toBe(keyOf(paymentKey, 'update'));
    expect(phases!.idempotencyKey).toBe(keyOf(paymentKey, 'schedule-update'));
    expect(phases!.params).toMatchObject({
      proration_behavior: 'none',
      end_behavior: 'release',
      metadata: { tarif_payment_key: paymentKey },
    });
    const priceOf = (key: string) => t.h.fake.prices.all().find((p) => p.lookup_key === key)!.id;
    const sent = phasesOf(phases!.params);
    const periodEnd = String(Date.parse('2026-04-01T00:00:00Z') / 1000);
    expect(sent[0]!.end_date).toBe(periodEnd);
    const byPrice = (items: Array<{ price: string; quantity: number }>) =>
      [...items].sort((a, b) => a.price.localeCompare(b.price));
    const asPhase = (selection: Selection) =>
      byPrice(
        t.itemsOf(selection).map((item) => ({ price: priceOf(item.key), quantity: item.quantity })),
      );
    // The current phase holds what was just bought (not the old items, which would undo it) ...
    expect(byPrice(sent[0]!.items)).toEqual(asPhase({ ...t.base, contactLimit: 20000 }));
    // ... and the next one what Tarif renews on.
    expect(byPrice(sent[1]!.items)).toEqual(asPhase(renewed));

    // Stripe charged exactly the preview, and bills the purchased items today.
    const invoices = [...t.h.billing.invoices.values()];
    expect(invoices).toHaveLength(1);
    expect(invoices[0]!.amount_paid).toBe(preview.dueToday.amount);
    expect(await t.store.listCharges('acct_demo')).toMatchObject([
      { chargeId: invoices[0]!.id, amount: preview.dueToday },
    ]);
    expect(t.stripeItems()).toEqual(t.itemsOf({ ...t.base, contactLimit: 20000 }));

    // The period ends: Stripe moves to the next phase and bills Tarif's renewal, to the unit.
    const renewal = t.h.billing.renew(t.h.sub.id);
    expect(renewal.amount_paid).toBe(preview.nextRenewal.total.amount);
    expect(t.stripeItems()).toEqual(t.itemsOf(renewed));
    t.at('2026-04-01T00:00:01Z');
    const account = await (await t.call('GET', '/account')).json();
    expect(account.subscription.selection).toEqual(renewed);
    expect(account.scheduled).toBeNull();
  });

  it('releases the schedule when the purchase leaves nothing to change at renewal', async () => {
    const t = await setup();
    t.at('2026-03-12T09:00:00Z');
    await t.buy({ ...t.base, seats: 2 }, 'key-seats-down');
    const schedule = [...t.h.billing.schedules.values()][0]!;

    t.at('2026-03-16T12:00:00Z');
    // 5 seats now: the customer's newest word on seats, so the scheduled 2 is gone.
    const { preview, committed } = await t.buy({ ...t.base, seats: 5 }, 'key-seats-up');
    expect(committed.scheduled).toBeNull();
    const paymentKey = t.h.sub.metadata['tarif_payment_key']!;
    const release = t.h.fake.effects.at(-1)!;
    expect(release).toMatchObject({
      method: 'POST',
      path: `/v1/subscription_schedules/${schedule.id}/release`,
      idempotencyKey: keyOf(paymentKey, 'schedule-release'),
    });
    expect(schedule.status).toBe('released');
    expect(t.h.sub.schedule).toBeNull();

    // Left attached, the schedule would have renewed on 2 seats; released, Stripe renews on 5.
    const renewal = t.h.billing.renew(t.h.sub.id);
    expect(renewal.amount_paid).toBe(preview.nextRenewal.total.amount);
    expect(t.stripeItems()).toEqual(t.itemsOf({ ...t.base, seats: 5 }));
  });

  it('finishes a schedule step whose answer was lost from what Stripe recorded, charging once', async () => {
    const t = await setup();
    t.at('2026-03-12T09:00:00Z');
    await t.buy({ ...t.base, seats: 2 }, 'key-seats-down');
    const schedule = [...t.h.billing.schedules.values()][0]!;
    const decreaseCalls = t.h.fake.requests.length;
    t.at('2026-03-16T12:00:00Z');
    t.h.fake.failNext('drop_after_processing', {
      method: 'POST',
      path: `/v1/subscription_schedules/${schedule.id}`,
    });
    const selection = { ...t.base, contactLimit: 20000 };
    const { id, preview } = await (await t.call('POST', '/previews', { selection })).json();
    // The SDK retries a cut connection once by itself, with our key: whether that replay or the
    // client's retry finishes it, Stripe acted once.
    const first = await t.call('POST', '/commits', { previewId: id }, 'key-contacts-lost');
    expect([200, 500]).toContain(first.status);
    const retry = await t.call('POST', '/commits', { previewId: id }, 'key-contacts-lost');
    expect(retry.status).toBe(200);
    // One charge, one update of the subscription, and the schedule's update replayed by its key.
    expect(t.h.billing.invoices.size).toBe(1);
    const updates = t.h.fake.effects.filter((r) => r.path === `/v1/subscriptions/${t.h.sub.id}`);
    expect(updates).toHaveLength(1);
    const scheduleCalls = t.h.fake.requests
      .slice(decreaseCalls)
      .filter((r) => r.path === `/v1/subscription_schedules/${schedule.id}` && r.method === 'POST');
    expect(scheduleCalls.map((r) => r.idempotencyKey)).toEqual([
      scheduleCalls[0]!.idempotencyKey,
      scheduleCalls[0]!.idempotencyKey,
    ]);
    expect(await t.store.listCharges('acct_demo')).toHaveLength(1);
    expect(t.h.billing.renew(t.h.sub.id).amount_paid).toBe(preview.nextRenewal.total.amount);
  });
});
