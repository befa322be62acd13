import { money } from '../money/create-money.js';
import type { Money } from '../money/money.js';
import { subtract } from '../money/subtract.js';
import { sum } from '../money/sum.js';
import type { ProratedLine, ProrationLine, Subscription } from './preview-types.js';
import { prorateLines } from './prorate-lines.js';
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
  /** Quote of the current selection (what the current period cost). */
  readonly current: Quote;
  /** Quote of the selection that takes effect now. */
  readonly effectiveNow: Quote;
}

export interface ProrationResult {
  readonly proration: readonly ProrationLine[];
  readonly proratedLines: readonly ProratedLine[];
  readonly credit: Money;
  readonly charge: Money;
  readonly dueToday: Money;
  readonly balanceCredit: Money;
  readonly renewalDate: string;
  readonly remainingSeconds: number;
  readonly periodSeconds: number;
}

/**
 * Time-based proration to the second, per quote line, as Stripe prorates each subscription item
 * that changes (https://docs.stripe.com/billing/subscriptions/prorations; the rule is
 * `prorateLines`). The credit and the charge are the sums of their rounded lines, never a rounding
 * of the whole quote: rounding the totals once differs from Stripe's invoice by a minor unit at
 * about one instant in four (packages/stripe/DESIGN.md section 5), and Stripe reconciliation
 * refuses any difference. When the interval changes, a new period starts now: every new line is
 * charged in full and the renewal is one new interval away.
 * Since remaining ≤ period, no credit line exceeds its line, so the credit never exceeds what the
 * current period cost.
 */
export function prorateChange({
  subscription,
  at,
  current,
  effectiveNow,
}: ProrationInput): ProrationResult {
  const { periodSeconds, remainingSeconds, startsAt: fromIso } = periodClock(subscription, at);
  const currency = current.total.currency;
  const restartsPeriod = effectiveNow.interval !== subscription.selection.interval;
  const renewalDate = restartsPeriod
    ? addInterval(fromIso, effectiveNow.interval)
    : subscription.periodEnd;

  const proratedLines = prorateLines({
    current,
    next: effectiveNow,
    remainingSeconds,
    periodSeconds,
    restartsPeriod,
    from: fromIso,
    creditTo: subscription.periodEnd,
    chargeTo: renewalDate,
  });
  const total = (code: ProratedLine['code']) =>
    sum(
      proratedLines.filter((line) => line.code === code).map((line) => line.amount),
      currency,
    );
  const negativeCredit = total('credit');
  const zero = money(0, currency);
  const credit = subtract(zero, negativeCredit);
  const charge = total('charge');

  const proration: ProrationLine[] = [];
  if (credit.amount !== 0)
    proration.push({
      code: 'credit',
      from: fromIso,
      to: subscription.periodEnd,
      amount: negativeCredit,
    });
  if (charge.amount !== 0)
    proration.push({ code: 'charge', from: fromIso, to: renewalDate, amount: charge });

  const net = subtract(charge, credit);
  return {
    proration,
    proratedLines,
    credit,
    charge,
    dueToday: net.amount > 0 ? net : zero,
    balanceCredit: net.amount < 0 ? subtract(zero, net) : zero,
    renewalDate,
    remainingSeconds,
    periodSeconds,
  };
}
