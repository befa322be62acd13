import type { Catalog } from '../catalog/catalog-types.js';
import type { Subscription } from './preview-types.js';

export interface UsageStatus {
  /** Contacts in use as a share of the limit, in whole percent rounded down (8 700 of 10 000 → 87). */
  readonly contactsShare: number;
  /** At or past the catalog's `nearLimitPercent` (default 90). */
  readonly nearLimit: boolean;
  /** Contacts in use have reached the limit (or passed it). */
  readonly atLimit: boolean;
  /** Contacts in use exceed the limit. */
  readonly overLimit: boolean;
}

const defaultNearLimitPercent = 90;

/** How close the subscription is to its contact limit. Reports only; it never changes a selection. */
export function usageStatus(catalog: Catalog, subscription: Subscription): UsageStatus {
  const limit = subscription.selection.contactLimit;
  const inUse = Math.max(0, subscription.contactsInUse);
  // Integer floor is exact here: inUse × 100 stays far below 2⁵³ for any realistic contact count.
  const contactsShare = limit > 0 ? Math.floor((inUse * 100) / limit) : 0;
  return {
    contactsShare,
    nearLimit: contactsShare >= (catalog.nearLimitPercent ?? defaultNearLimitPercent),
    atLimit: inUse >= limit,
    overLimit: inUse > limit,
  };
}
