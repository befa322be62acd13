import type Stripe from 'stripe';
import type { StripeItem } from '../catalog/expected-prices.js';

/**
 * Stripe's `items[]` that turn the subscription's items into `target`: an item whose lookup key is
 * kept gets its new quantity (left out when unchanged), one whose key is gone is deleted, and a new
 * key is added. Items are matched by their price's lookup key, which names the catalog version,
 * currency, interval and band, so a plan or band change is one deleted and one added item.
 */
export function diffItems(
  current: readonly Stripe.SubscriptionItem[],
  target: readonly StripeItem[],
  priceIds: ReadonlyMap<string, string>,
): Stripe.SubscriptionUpdateParams.Item[] {
  const changes: Stripe.SubscriptionUpdateParams.Item[] = [];
  const wanted = new Map(target.map((item) => [item.lookupKey, item.quantity]));
  const kept = new Set<string>();
  for (const item of current) {
    const key = item.price.lookup_key;
    const quantity = key === null ? undefined : wanted.get(key);
    if (key === null || quantity === undefined) {
      changes.push({ id: item.id, deleted: true });
      continue;
    }
    kept.add(key);
    if (item.quantity !== quantity) changes.push({ id: item.id, quantity });
  }
  for (const item of target) {
    if (kept.has(item.lookupKey)) continue;
    const price = priceIds.get(item.lookupKey);
    if (price === undefined) throw new Error(`No Stripe price with lookup key ${item.lookupKey}`);
    changes.push({ price, quantity: item.quantity });
  }
  return changes;
}
