// The fake's subscription schedules, through the real SDK: what the port relies on behaves as
// Stripe documents it, and what the fake cannot model is refused rather than ignored.
import Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeStripe } from './fake-stripe.js';
import type { FakeStripe } from './fake-stripe.js';
import { installFakeBilling } from './fake-subscriptions.js';
import type { FakeBilling, FakeSubscription } from './fake-subscriptions.js';
import { failure } from '../test-utils/stripe-failure.js';

let fake: FakeStripe;
let billing: FakeBilling;
let stripe: Stripe;
let sub: FakeSubscription;
const start = Date.parse('2026-03-01T00:00:00Z') / 1000;
const end = Date.parse('2026-04-01T00:00:00Z') / 1000;

beforeEach(async () => {
  fake = await startFakeStripe();
  billing = installFakeBilling(fake);
  stripe = fake.client();
  const recurring = {
    interval: 'month' as const,
    interval_count: 1,
    meter: null,
    usage_type: 'licensed' as const,
    trial_period_days: null,
  };
  fake.prices.add({ lookup_key: 'plan', unit_amount: 5900, currency: 'eur', recurring });
  fake.prices.add({ lookup_key: 'seat', unit_amount: 1000, currency: 'eur', recurring });
  sub = billing.addSubscription({
    customer: 'cus_1',
    periodStart: new Date(start * 1000),
    periodEnd: new Date(end * 1000),
    items: [
      { lookupKey: 'plan', quantity: 1 },
      { lookupKey: 'seat', quantity: 3 },
    ],
  });
});
afterEach(async () => {
  await fake.close();
});

const price = (key: string) => fake.prices.all().find((p) => p.lookup_key === key)!.id;

describe("the fake's subscription schedules", () => {
  it('starts a schedule from the subscription with one phase of its items until the period ends', async () => {
    const schedule = await stripe.subscriptionSchedules.create({ from_subscription: sub.id });
    expect(schedule).toMatchObject({
      subscription: sub.id,
      status: 'active',
      current_phase: { start_date: start, end_date: end },
      phases: [{ start_date: start, end_date: end, items: [{ quantity: 1 }, { quantity: 3 }] }],
    });
    expect((await stripe.subscriptions.retrieve(sub.id)).schedule).toBe(schedule.id);
    // One schedule per subscription.
    const second = await failure(
      stripe.subscriptionSchedules.create({ from_subscription: sub.id }),
    );
    expect(second.statusCode).toBe(400);
  });

  it('bills the next phase at renewal, then releases the subscription after the last phase', async () => {
    const schedule = await stripe.subscriptionSchedules.create({ from_subscription: sub.id });
    await stripe.subscriptionSchedules.update(schedule.id, {
      proration_behavior: 'none',
      phases: [
        {
          start_date: start,
          end_date: end,
          items: [
            { price: price('plan'), quantity: 1 },
            { price: price('seat'), quantity: 3 },
          ],
        },
        { items: [{ price: price('plan'), quantity: 1 }] },
      ],
    });
    // 59.00 for the plan alone, no more seats.
    expect(billing.renew(sub.id).amount_paid).toBe(5900);
    expect(sub.items.map((item) => item.quantity)).toEqual([1]);
    expect(sub.schedule).toBe(schedule.id);
    expect((await stripe.subscriptionSchedules.retrieve(schedule.id)).current_phase).toEqual({
      start_date: end,
      end_date: null,
    });
    billing.renew(sub.id);
    expect(sub.schedule).toBeNull();
    expect(billing.schedules.get(schedule.id)!.status).toBe('released');
  });

  it('refuses what it does not model: a prorated change of the current phase, a phase ending mid-period, a moved start', async () => {
    const schedule = await stripe.subscriptionSchedules.create({ from_subscription: sub.id });
    const phase = (fields: Partial<Stripe.SubscriptionScheduleUpdateParams.Phase>) => ({
      start_date: start,
      end_date: end,
      items: [{ price: price('plan'), quantity: 1 }],
      ...fields,
    });
    for (const params of [
      { phases: [phase({})] },
      { proration_behavior: 'none' as const, phases: [phase({ end_date: end - 60 })] },
      { proration_behavior: 'none' as const, phases: [phase({ start_date: start + 60 })] },
    ]) {
      expect(
        (await failure(stripe.subscriptionSchedules.update(schedule.id, params))).statusCode,
      ).toBe(400);
    }
    expect(sub.items.map((item) => item.quantity)).toEqual([1, 3]);
    // Without proration, a current phase with other items changes the subscription at once.
    await stripe.subscriptionSchedules.update(schedule.id, {
      proration_behavior: 'none',
      phases: [phase({})],
    });
    expect(sub.items.map((item) => item.quantity)).toEqual([1]);
    expect(billing.invoices.size).toBe(0);
  });

  it('releases once: the subscription goes on without it, and a released schedule takes no update', async () => {
    const schedule = await stripe.subscriptionSchedules.create({ from_subscription: sub.id });
    const released = await stripe.subscriptionSchedules.release(schedule.id);
    expect(released).toMatchObject({
      status: 'released',
      subscription: null,
      released_subscription: sub.id,
    });
    expect((await stripe.subscriptions.retrieve(sub.id)).schedule).toBeNull();
    expect((await failure(stripe.subscriptionSchedules.release(schedule.id))).statusCode).toBe(400);
    const update = stripe.subscriptionSchedules.update(schedule.id, { end_behavior: 'release' });
    expect((await failure(update)).statusCode).toBe(400);
    // A new schedule may start from the released subscription.
    await stripe.subscriptionSchedules.create({ from_subscription: sub.id });
    expect(billing.schedules.size).toBe(2);
  });
});
