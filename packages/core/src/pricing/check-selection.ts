import type { Catalog, Selection } from '../catalog/catalog-types.js';
import { bandIndex, findProduct } from '../catalog/lookup.js';
import type { BlockingReason } from './preview-types.js';

/** Usage figures a selection must still fit. */
export interface SelectionUsage {
  readonly contactsInUse: number;
  readonly seatsInUse: number;
}

/**
 * Every reason `selection` cannot be bought self-serve, empty when it can. With `usage`, also
 * whether it still fits the contacts and seats in use (a plan cannot shrink below its data).
 */
export function checkSelection(
  catalog: Catalog,
  selection: Selection,
  usage?: SelectionUsage,
): BlockingReason[] {
  const reasons: BlockingReason[] = [];
  const { interval, contactLimit, seats } = selection;
  if (!catalog.intervals.includes(interval))
    reasons.push({ code: 'interval-not-offered', params: { interval: String(interval) } });
  if (bandIndex(catalog, contactLimit) === -1)
    reasons.push({ code: 'unknown-contact-band', params: { contacts: contactLimit } });
  if (usage !== undefined && contactLimit < usage.contactsInUse) {
    reasons.push({
      code: 'contacts-below-usage',
      params: { contacts: contactLimit, contactsInUse: usage.contactsInUse },
    });
  }
  if (usage !== undefined && seats < usage.seatsInUse) {
    reasons.push({ code: 'seats-below-usage', params: { seats, seatsInUse: usage.seatsInUse } });
  }

  const product = findProduct(catalog, selection.product);
  if (product === undefined) {
    reasons.push({ code: 'unknown-product', params: { product: String(selection.product) } });
    return reasons;
  }
  const plan = product.plans.find((candidate) => candidate.id === selection.plan);
  if (plan === undefined) {
    reasons.push({
      code: 'unknown-plan',
      params: { product: product.id, plan: String(selection.plan) },
    });
    return reasons;
  }
  if (plan.contactSales === true)
    reasons.push({ code: 'contact-sales', params: { product: product.id, plan: plan.id } });

  // A fractional or NaN seat count is not a count at all; report it as below the minimum.
  if (!Number.isSafeInteger(seats) || seats < plan.seats.min) {
    reasons.push({ code: 'seats-below-min', params: { seats, min: plan.seats.min } });
  } else if (seats > plan.seats.max) {
    reasons.push({ code: 'seats-above-max', params: { seats, max: plan.seats.max } });
  }

  for (const addOnId of selection.addOns) {
    const addOn = catalog.addOns.find((candidate) => candidate.id === addOnId);
    if (addOn === undefined)
      reasons.push({ code: 'unknown-add-on', params: { addOn: String(addOnId) } });
    else if (!addOn.plans.includes(plan.id) && addOn.includedIn?.includes(plan.id) !== true) {
      reasons.push({ code: 'add-on-not-allowed', params: { addOn: addOn.id, plan: plan.id } });
    }
  }
  return reasons;
}
