import { add, money, subtract } from '@tarif/core';
import type { CarryOutResult, CommitChange } from '@tarif/server';
import type Stripe from 'stripe';
import { fromStripeAmount } from '../catalog/stripe-amounts.js';
import type { StripePortLogger } from './create-stripe-payments-port.js';

export interface ReconcileInput {
  readonly change: CommitChange;
  readonly customer: string;
  readonly subscription: string;
  readonly items: Stripe.SubscriptionUpdateParams.Item[];
  readonly proration_date: number;
  /** A new interval: the period restarts at the update (`billing_cycle_anchor: 'now'`). */
  readonly anchorNow: boolean;
}

/**
 * Asks Stripe to preview the very update about to be sent, and compares its prorated lines with
 * what the customer agreed to: before tax, `dueToday` charged or `balanceCredit` credited; and the
 * tax on those lines (the sum of their `taxes[].amount`, each an integer per line as Tarif rounds
 * it) with the tax the review showed, zero when it showed none. Net and tax equal, the gross is
 * equal too. Any difference, even one minor unit, refuses the change (`price-changed`, both
 * figures logged): Stripe must never bill a figure the customer did not review. Null when they agree.
 */
export async function reconcile(
  deps: { readonly stripe: Stripe; readonly logger: StripePortLogger },
  input: ReconcileInput,
): Promise<CarryOutResult | null> {
  const { change } = input;
  const currency = change.catalog.currency;
  const details: Stripe.InvoiceCreatePreviewParams.SubscriptionDetails = {
    items: input.items,
    proration_behavior: 'always_invoice',
    proration_date: input.proration_date,
  };
  // stripe 23.1's declaration of this parameter's type does not resolve ('now' is refused).
  if (input.anchorNow) Object.assign(details, { billing_cycle_anchor: 'now' });
  const preview = await deps.stripe.invoices.createPreview({
    customer: input.customer,
    subscription: input.subscription,
    subscription_details: details,
  });
  let stripeNet = 0;
  let stripeTax = 0;
  for (const line of preview.lines.data) {
    if (line.parent?.subscription_item_details?.proration !== true) continue;
    stripeNet += line.amount;
    for (const tax of line.taxes ?? []) stripeTax += tax.amount;
  }
  const net = fromStripeAmount(stripeNet, currency);
  const tax = fromStripeAmount(stripeTax, currency);
  // Charged today is positive, credited negative, as Stripe's prorated lines sum.
  const agreed = subtract(change.agreed.dueToday, change.agreed.balanceCredit).amount;
  const agreedTax = change.agreed.tax?.taxToday.amount ?? 0;
  if (net === agreed && tax === agreedTax) return null;
  // What Stripe would debit today, its tax included (in Stripe's units when they are not whole
  // minor units of the currency, which only the log shows).
  const gross =
    net === null || tax === null ? null : add(money(net, currency), money(tax, currency));
  const providerDue = gross === null ? stripeNet + stripeTax : Math.max(0, gross.amount);
  deps.logger.warn('Stripe prices this change differently from Tarif; refused as price-changed.', {
    accountId: change.accountId,
    paymentKey: change.paymentKey,
    currency,
    tarifNet: agreed,
    stripeNet: net ?? `${stripeNet} (Stripe units, not a whole ${currency} amount)`,
    tarifTax: agreedTax,
    stripeTax: tax ?? `${stripeTax} (Stripe units, not a whole ${currency} amount)`,
  });
  return { status: 'price-changed', provider: { dueToday: { amount: providerDue, currency } } };
}
