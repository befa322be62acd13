import { addInterval } from '../pricing/periods.js';
import type { SubscriptionState } from './commit-types.js';

/**
 * Advances the subscription past every period end at or before `now`, applying the scheduled
 * change at the renewal it was scheduled for. Returns the same record when nothing is due.
 * Renewal invoices are the payment provider's job; this only keeps the stored state current.
 */
export function rollOver<T extends SubscriptionState>(record: T, now: Date): T | SubscriptionState {
  let { subscription, scheduled } = record;
  const nowMs = now.getTime();
  while (Date.parse(subscription.periodEnd) <= nowMs) {
    const periodStart = subscription.periodEnd;
    const applies =
      scheduled !== null && Date.parse(scheduled.effectiveAt) <= Date.parse(periodStart);
    const selection = applies && scheduled ? scheduled.selection : subscription.selection;
    if (applies) scheduled = null;
    subscription = {
      ...subscription,
      selection,
      periodStart,
      periodEnd: addInterval(periodStart, selection.interval, anchorDay(subscription)),
    };
  }
  return subscription === record.subscription ? record : { subscription, scheduled };
}

/**
 * The day of month the periods are anchored on. A clamped period (Jan 31 -> Feb 28) keeps the
 * anchor on one of its two ends: any two consecutive months include one with 31 days, so the
 * larger of the two days is the anchor, clamped or not (Feb 28 -> Mar 31 gives 31).
 */
function anchorDay(subscription: { periodStart: string; periodEnd: string }): number {
  return Math.max(
    new Date(subscription.periodStart).getUTCDate(),
    new Date(subscription.periodEnd).getUTCDate(),
  );
}
