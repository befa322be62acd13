import type { Subscription } from './preview-types.js';
import type { Money } from '../money/money.js';
import { prorate } from '../money/prorate.js';
import type { ProrationLine } from './preview-types.js';
import type { Quote } from './quote-types.js';
import { addInterval, toSeconds } from './periods.js';

/** Length of the current period and what is left of it at `at`, in whole seconds. */
export function periodClock(
  subscription: Subscription,
  at: string | Date,
): { periodSeconds: number; remainingSeconds: number; startsAt: string } {
  const startSeconds = toSeconds(subscription.periodStart);
  const endSeconds = toSeconds(subscription.periodEnd);
  const atSeconds = toSeconds(at);
  const periodSeconds = Math.max(0, endSeconds - startSeconds);
  const remainingSeconds = Math.min(periodSeconds, Math.max(0, endSeconds - atSeconds));
  // The instant the prorated time starts: `at`, held inside the period.
  const startsAt = new Date((endSeconds - remainingSeconds) * 1000).toISOString();
  return { periodSeconds, remainingSeconds, startsAt };
}

export interface ProrationInput {
  readonly subscription: Subscription;
  readonly at: string | Date;
  /** What the current period cost. */
  readonly currentTotal: Money;
  /** Quote of the selection that takes effect now. */
  readonly effectiveNow: Quote;
}

export interface ProrationResult {
  readonly proration: readonly ProrationLine[];
  readonly credit: Money;
  readonly charge: Money;
  readonly dueToday: Money;
  readonly balanceCredit: Money;
  readonly renewalDate: string;
  readonly remainingSeconds: number;
  readonly periodSeconds: number;
}

/**
 * Time-based proration to the second, as Stripe prorates subscription updates
 * (https://docs.stripe.com/billing/subscriptions/prorations):
 *   credit = round(currentTotal × remaining / period)   the unused time at the old price
 *   charge = round(newTotal × remaining / period)       the same time at the new price
 * each rounded half away from zero, once per line. When the interval changes, a new period starts
 * now: the charge is the new interval's full price and the renewal is one new interval away.
 * Since remaining ≤ period, the credit never exceeds what the current period cost.
 */
export function prorateChange({
  subscription,
  at,
  currentTotal,
  effectiveNow,
}: ProrationInput): ProrationResult {
  const { periodSeconds, remainingSeconds, startsAt: fromIso } = periodClock(subscription, at);
  const currency = currentTotal.currency;
  const credit =
    periodSeconds === 0
      ? { amount: 0, currency }
      : prorate(currentTotal, remainingSeconds, periodSeconds);

  const restartsPeriod = effectiveNow.interval !== subscription.selection.interval;
  const renewalDate = restartsPeriod
    ? addInterval(fromIso, effectiveNow.interval)
    : subscription.periodEnd;
  const charge = restartsPeriod
    ? effectiveNow.total
    : periodSeconds === 0
      ? { amount: 0, currency }
      : prorate(effectiveNow.total, remainingSeconds, periodSeconds);

  const proration: ProrationLine[] = [];
  if (credit.amount !== 0)
    proration.push({
      code: 'credit',
      from: fromIso,
      to: subscription.periodEnd,
      amount: { amount: -credit.amount, currency },
    });
  if (charge.amount !== 0)
    proration.push({ code: 'charge', from: fromIso, to: renewalDate, amount: charge });

  const net = charge.amount - credit.amount;
  return {
    proration,
    credit,
    charge,
    dueToday: { amount: Math.max(0, net), currency },
    balanceCredit: { amount: Math.max(0, -net), currency },
    renewalDate,
    remainingSeconds,
    periodSeconds,
  };
}
