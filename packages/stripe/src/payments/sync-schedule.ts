import type { CommitChange } from '@tarif/server';
import type Stripe from 'stripe';
import { paymentKeyMetadata } from './create-stripe-payments-port.js';
import { sendWithNumberedKeys } from './numbered-keys.js';

/** One item of a schedule phase: a Stripe price and its quantity. */
export interface PhaseItem {
  readonly price: string;
  readonly quantity: number;
}

/**
 * Makes Stripe renew what Tarif renews (DESIGN.md section 4), once the subscription bills today's
 * items (after a purchase's update, or untouched for a scheduled change):
 * - `renewal` given: a subscription schedule (created from the subscription when it has none)
 *   whose current phase is the subscription's items as they are now, until Stripe's own period end,
 *   and whose next phase bills `renewal`, then releases the subscription. `proration_behavior:
 *   'none'` on the update, so rewriting the current phase never bills anything: the purchase was
 *   billed by `subscriptions.update`, at the preview's instant, which a schedule update cannot do
 *   (it has no `proration_date` and no `payment_behavior`).
 * - `renewal` null: nothing differs at renewal, so a schedule still attached (an earlier decrease
 *   that this purchase undid) is released, or Stripe would renew the old decrease.
 * Not `proration_behavior: 'none'` on the subscription: that would still take the paid-for seats
 * away today.
 */
export async function syncSchedule(
  stripe: Stripe,
  input: {
    readonly change: CommitChange;
    readonly subscription: Stripe.Subscription;
    readonly renewal: readonly PhaseItem[] | null;
  },
): Promise<void> {
  const { change, subscription, renewal } = input;
  const paymentKey = change.paymentKey;
  const attached = scheduleId(subscription);
  // Each step goes under the intent's numbered keys (`sendWithNumberedKeys`), its trace read on
  // Stripe: a 500 on a schedule call cannot block the account, and a second try never creates a
  // second schedule.
  if (renewal === null) {
    if (attached !== null) {
      await releaseSchedule(stripe, {
        paymentKey,
        subscription: subscription.id,
        schedule: attached,
      });
    }
    return;
  }
  const schedule =
    attached === null
      ? await sendWithNumberedKeys({
          paymentKey,
          step: 'schedule-create',
          send: (idempotencyKey) =>
            stripe.subscriptionSchedules.create(
              { from_subscription: subscription.id },
              { idempotencyKey },
            ),
          trace: async () => {
            const now = await stripe.subscriptions.retrieve(subscription.id, {
              expand: ['schedule'],
            });
            return typeof now.schedule === 'object' ? now.schedule : null;
          },
        })
      : await stripe.subscriptionSchedules.retrieve(attached);
  // The phase running now (a schedule past its first phase still lists the ones before).
  const startDate = schedule.current_phase?.start_date ?? schedule.phases[0]?.start_date;
  if (startDate === undefined) throw new Error(`Schedule ${schedule.id} has no current phase`);
  const params: Stripe.SubscriptionScheduleUpdateParams = {
    end_behavior: 'release',
    proration_behavior: 'none',
    phases: [
      {
        start_date: startDate,
        end_date: periodEndOf(subscription),
        items: subscription.items.data.map((item) => ({
          price: item.price.id,
          quantity: item.quantity ?? 1,
        })),
        proration_behavior: 'none',
      },
      {
        items: renewal.map((item) => ({ price: item.price, quantity: item.quantity })),
        proration_behavior: 'none',
      },
    ],
    metadata: { [paymentKeyMetadata]: paymentKey },
  };
  await sendWithNumberedKeys({
    paymentKey,
    step: 'schedule-update',
    send: (idempotencyKey) =>
      stripe.subscriptionSchedules.update(schedule.id, params, { idempotencyKey }),
    trace: async () => {
      const now = await stripe.subscriptionSchedules.retrieve(schedule.id);
      return now.metadata?.[paymentKeyMetadata] === paymentKey ? now : null;
    },
  });
}

/**
 * Releases `schedule` from `subscription` under `paymentKey`'s numbered `schedule-release` keys;
 * its trace on Stripe is the subscription no longer pointing at the schedule.
 */
export async function releaseSchedule(
  stripe: Stripe,
  input: { readonly paymentKey: string; readonly subscription: string; readonly schedule: string },
): Promise<void> {
  await sendWithNumberedKeys({
    paymentKey: input.paymentKey,
    step: 'schedule-release',
    send: async (idempotencyKey) => {
      await stripe.subscriptionSchedules.release(input.schedule, {}, { idempotencyKey });
      return true;
    },
    trace: async () => {
      const now = await stripe.subscriptions.retrieve(input.subscription);
      return scheduleId(now) === input.schedule ? null : true;
    },
  });
}

/** The id of the schedule attached to the subscription, expanded or not. */
export function scheduleId(subscription: Stripe.Subscription): string | null {
  const schedule = subscription.schedule;
  if (schedule === null) return null;
  return typeof schedule === 'string' ? schedule : schedule.id;
}

/**
 * Stripe's end of the current period, from the items (Stripe moved it there from the
 * subscription): after an interval change it is Stripe's, which started the period at the update.
 */
export function periodEndOf(subscription: Stripe.Subscription): number {
  const end = subscription.items.data[0]?.current_period_end;
  if (end === undefined) throw new Error(`Subscription ${subscription.id} has no items`);
  return end;
}
