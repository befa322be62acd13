import type { Money } from '../money/money.js';
import { prorate } from '../money/prorate.js';
import type { ProratedLine } from './preview-types.js';
import type { LineItem, Quote } from './quote-types.js';

/**
 * What makes two quote lines the same subscription item, as Stripe sees it: the same price (plan
 * at its contact band, the plan's extra seat, an add-on, in one interval). Quantity is not part of
 * it: a seat count change is the same item with a new quantity. Seat lines carry no plan ids, so
 * they borrow them from the quote's plan line (a plan change makes seats a different price).
 */
function itemKey(line: LineItem, quote: Quote): string {
  const plan = quote.lines.find((candidate) => candidate.code === 'plan')?.params;
  switch (line.code) {
    case 'plan':
      return `plan:${line.params.productId}/${line.params.planId}/${line.params.contacts}/${quote.interval}`;
    case 'seats':
      return `seats:${plan?.productId}/${plan?.planId}/${quote.interval}`;
    case 'addOn':
      return `addOn:${line.params.addOnId}/${quote.interval}`;
  }
}

export interface ProrateLinesInput {
  readonly current: Quote;
  readonly next: Quote;
  readonly remainingSeconds: number;
  readonly periodSeconds: number;
  /** A new period starts now (interval change): every new line is charged in full. */
  readonly restartsPeriod: boolean;
  readonly from: string;
  readonly creditTo: string;
  readonly chargeTo: string;
}

/**
 * The proration rule, per quote line, as Stripe prorates per subscription item:
 * - a line is unchanged when the same item (see `itemKey`) has the same quantity in both quotes;
 *   it makes no line at all;
 * - every other current line gets a credit: −round(line.amount × remaining / period);
 * - every other new line gets a charge: round(line.amount × remaining / period), or its full
 *   amount when the period restarts (interval change; then every line has changed);
 * each rounded on its own, half away from zero, in bigint (`prorate`). A quantity change on one
 * price is one credit for the old quantity and one charge for the new, never one line for the
 * difference: Stripe writes "Unused time on 3 × Seat" and "Remaining time on 5 × Seat".
 * This is our reading of https://docs.stripe.com/billing/subscriptions/prorations and the model of
 * @tarif/stripe's loopback fake; it must be confirmed against Stripe's test mode (the
 * STRIPE_TEST_KEY test in @tarif/stripe), whose rounding rule Stripe does not document.
 */
export function prorateLines({
  current,
  next,
  remainingSeconds,
  periodSeconds,
  restartsPeriod,
  from,
  creditTo,
  chargeTo,
}: ProrateLinesInput): ProratedLine[] {
  const identity = (line: LineItem, quote: Quote) => `${itemKey(line, quote)}×${line.quantity}`;
  const kept = new Set(current.lines.map((line) => identity(line, current)));
  const stays = new Set(
    next.lines.map((line) => identity(line, next)).filter((key) => kept.has(key)),
  );
  const timeLeft = (amount: Money): Money =>
    periodSeconds === 0
      ? { amount: 0, currency: amount.currency }
      : prorate(amount, remainingSeconds, periodSeconds);

  const credits: ProratedLine[] = current.lines
    .filter((line) => !stays.has(identity(line, current)))
    .map((line) => {
      const unused = timeLeft(line.amount);
      return {
        code: 'credit',
        line,
        from,
        to: creditTo,
        amount: { amount: unused.amount === 0 ? 0 : -unused.amount, currency: unused.currency },
      };
    });
  const charges: ProratedLine[] = next.lines
    .filter((line) => !stays.has(identity(line, next)))
    .map((line) => ({
      code: 'charge',
      line,
      from,
      to: chargeTo,
      amount: restartsPeriod ? line.amount : timeLeft(line.amount),
    }));
  return [...credits, ...charges];
}
