import type { Catalog, Selection } from '../catalog/catalog-types.js';
import { findProduct } from '../catalog/lookup.js';
import { TarifError } from '../money/errors.js';
import { multiply } from '../money/multiply.js';
import { sum } from '../money/sum.js';
import { planPrice } from './plan-price.js';
import type { LineItem, Quote } from './quote-types.js';

/**
 * The recurring price of `selection` for its interval: one line for the plan, one for seats beyond
 * those included, one per add-on the plan does not include. Lines are exact (unit × quantity), so
 * the total is a plain sum and needs no rounding.
 * Throws TarifError when the selection cannot be priced (unknown ids, a contact-sales tier, a
 * contact limit that is not a band, an interval not offered, seats that are not a count).
 * It prices rather than judges: use `checkSelection` for seat limits and add-on eligibility.
 */
export function quote(catalog: Catalog, selection: Selection): Quote {
  const { interval, contactLimit, seats } = selection;
  const price = planPrice(catalog, selection.product, selection.plan, interval, contactLimit);
  if (price === null)
    throw new TarifError('contact-sales', `${selection.product}/${selection.plan}`);
  // planPrice has already proven both exist.
  const product = findProduct(catalog, selection.product)!;
  const plan = product.plans.find((candidate) => candidate.id === selection.plan)!;
  const lines: LineItem[] = [
    {
      code: 'plan',
      params: {
        product: product.name,
        productId: product.id,
        plan: plan.name,
        planId: plan.id,
        contacts: contactLimit,
      },
      quantity: 1,
      unitAmount: price,
      amount: price,
    },
  ];

  if (!Number.isSafeInteger(seats) || seats < 0) throw new TarifError('invalid-seats', seats);
  const extraSeats = Math.max(0, seats - plan.seats.included);
  if (extraSeats > 0) {
    const seatAmount = plan.seats.price[interval];
    if (seatAmount === undefined)
      throw new TarifError('invalid-seats', `${seats} (the plan sells no extra seats)`);
    const unitAmount = { amount: seatAmount, currency: catalog.currency };
    lines.push({
      code: 'seats',
      params: { seats, included: plan.seats.included, extra: extraSeats },
      quantity: extraSeats,
      unitAmount,
      amount: multiply(unitAmount, extraSeats),
    });
  }

  for (const addOnId of new Set(selection.addOns)) {
    const addOn = catalog.addOns.find((candidate) => candidate.id === addOnId);
    if (addOn === undefined) throw new TarifError('unknown-add-on', addOnId);
    if (addOn.includedIn?.includes(plan.id) === true) continue;
    const amount = addOn.price[interval];
    if (amount === undefined)
      throw new TarifError('interval-not-offered', `${interval} for add-on ${addOnId}`);
    const unitAmount = { amount, currency: catalog.currency };
    lines.push({
      code: 'addOn',
      params: { addOn: addOn.name, addOnId: addOn.id },
      quantity: 1,
      unitAmount,
      amount: unitAmount,
    });
  }

  const subtotal = sum(
    lines.map((line) => line.amount),
    catalog.currency,
  );
  return { interval, taxMode: catalog.taxMode, lines, subtotal, total: subtotal };
}
