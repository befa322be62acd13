import { addInterval } from '../pricing/periods.js';
import type { Subscription } from '../pricing/preview-types.js';

/**
 * A subscription to Marketing Plus, monthly, 10 000 contacts and 3 seats, with 8 700 contacts and
 * 2 seats in use (87 %: just under the near-limit warning). The period starts at the beginning of
 * `now`'s UTC month, so stories and tests pass a fixed date to stay deterministic.
 */
export function createDemoSubscription(now: Date = new Date()): Subscription {
  const periodStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString();
  return {
    selection: {
      product: 'marketing',
      plan: 'plus',
      interval: 'month',
      contactLimit: 10000,
      seats: 3,
      addOns: [],
    },
    periodStart,
    periodEnd: addInterval(periodStart, 'month'),
    contactsInUse: 8700,
    seatsInUse: 2,
  };
}
