import type { CommitChange } from '@tarif/server';
import type Stripe from 'stripe';
import { paymentKeyMetadata } from './create-stripe-payments-port.js';
import { idempotencyKeyFor } from './idempotency-key.js';

/**
 * Defers a change to the renewal with a subscription schedule (DESIGN.md section 4): the current
 * phase keeps the subscription's items until the period ends, the next one bills `renewal`,
 * without proration, and the schedule then releases the subscription. A later commit rewrites the
 * next phase (its renewal is already the whole target, as core merges it). Not
 * `proration_behavior: 'none'`: that would still take the paid-for seats away today.
 */
export async function scheduleRenewal(
  stripe: Stripe,
  input: {
    readonly change: CommitChange;
    readonly subscription: Stripe.Subscription;
    readonly renewal: readonly { readonly price: string; readonly quantity: number }[];
  },
): Promise<Stripe.SubscriptionSchedule> {
  const { change, subscription } = input;
  const existing = subscription.schedule;
  const schedule =
    existing === null
      ? await stripe.subscriptionSchedules.create(
          { from_subscription: subscription.id },
          { idempotencyKey: idempotencyKeyFor(change.paymentKey, 'schedule-create') },
        )
      : typeof existing === 'string'
        ? await stripe.subscriptionSchedules.retrieve(existing)
        : existing;
  const startDate = schedule.phases[0]?.start_date;
  if (startDate === undefined) throw new Error(`Schedule ${schedule.id} has no current phase`);
  const periodEnd = Math.floor(Date.parse(change.periodEnd) / 1000);
  return stripe.subscriptionSchedules.update(
    schedule.id,
    {
      end_behavior: 'release',
      phases: [
        {
          start_date: startDate,
          end_date: periodEnd,
          items: subscription.items.data.map((item) => ({
            price: item.price.id,
            quantity: item.quantity ?? 1,
          })),
          proration_behavior: 'none',
        },
        {
          items: input.renewal.map((item) => ({ price: item.price, quantity: item.quantity })),
          proration_behavior: 'none',
        },
      ],
      metadata: { [paymentKeyMetadata]: change.paymentKey },
    },
    { idempotencyKey: idempotencyKeyFor(change.paymentKey, 'schedule-update') },
  );
}
