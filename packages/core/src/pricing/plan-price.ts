import type { Catalog, Interval } from '../catalog/catalog-types.js';
import { bandIndex, findProduct } from '../catalog/lookup.js';
import { TarifError } from '../money/errors.js';
import type { Money } from '../money/money.js';

/**
 * Recurring price of a plan at a contact band, or null for a contact-sales tier.
 * Volume-style: the band chosen prices the whole plan (no tiers summed).
 */
export function planPrice(
  catalog: Catalog,
  productId: string,
  planId: string,
  interval: Interval,
  contactLimit: number,
): Money | null {
  const product = findProduct(catalog, productId);
  if (product === undefined) throw new TarifError('unknown-product', productId);
  const plan = product.plans.find((candidate) => candidate.id === planId);
  if (plan === undefined) throw new TarifError('unknown-plan', `${productId}/${planId}`);
  if (!catalog.intervals.includes(interval)) throw new TarifError('interval-not-offered', interval);
  const band = bandIndex(catalog, contactLimit);
  if (band === -1) throw new TarifError('unknown-contact-band', contactLimit);
  if (plan.contactSales === true) return null;
  const amount = plan.prices?.[interval]?.[band];
  if (amount === undefined)
    throw new TarifError('interval-not-offered', `${interval} for ${productId}/${planId}`);
  return { amount, currency: catalog.currency };
}
