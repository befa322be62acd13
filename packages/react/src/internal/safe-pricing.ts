import { isUnpriceable, planPrice, quote } from '@tarif/core';
import type { Catalog, Interval, Money, Quote, Selection } from '@tarif/core';

/**
 * Core throws on selections it cannot price (a contact-sales plan, an interval not offered).
 * Fields show "no price" for those instead of failing the render, so they go through here.
 * Only those: any other error (a corrupt amount, a catalog missing a list) is a bug that a
 * missing price would hide, so it propagates to the host's error boundary.
 */
export function safeQuote(catalog: Catalog, selection: Selection): Quote | null {
  try {
    return quote(catalog, selection);
  } catch (error) {
    if (isUnpriceable(error)) return null;
    throw error;
  }
}

/** The plan's own price (without seats or add-ons) at a contact limit, or null when it has none. */
export function safePlanPrice(
  catalog: Catalog,
  product: string,
  plan: string,
  interval: Interval,
  contactLimit: number,
): Money | null {
  try {
    return planPrice(catalog, product, plan, interval, contactLimit);
  } catch (error) {
    if (isUnpriceable(error)) return null;
    throw error;
  }
}

/** Sum of the quote's lines with `code`, or null. */
export function lineTotal(
  q: Quote | null,
  code: 'plan' | 'seats' | 'addOn',
  match?: (params: Quote['lines'][number]['params']) => boolean,
): Money | null {
  if (!q) return null;
  let amount = 0;
  for (const line of q.lines)
    if (line.code === code && (!match || match(line.params))) amount += line.amount.amount;
  return { amount, currency: q.total.currency };
}
