import { addInterval } from '@tarif/core';
import type { ChangePreview, Selection } from '@tarif/core';
import type { SubscriptionRecord } from '../store/store-types.js';
import { sameSelection } from './same-selection.js';

/**
 * The subscription after committing `preview` of `desired`, priced at `at`.
 * 'purchase': the parts effective now apply at once; a new interval starts a new period at `at`
 * (as Stripe does when a price's interval changes). Whatever is left of `desired` waits for the
 * renewal. The latest commit replaces any earlier scheduled change: `desired` is a whole selection.
 */
export function applyCommit(
  record: SubscriptionRecord,
  desired: Selection,
  preview: ChangePreview,
  at: Date,
): SubscriptionRecord {
  let subscription = record.subscription;
  if (preview.mode === 'purchase') {
    const selection = preview.effectiveNow;
    const newInterval = selection.interval !== subscription.selection.interval;
    const periodStart = at.toISOString();
    subscription = newInterval
      ? {
          ...subscription,
          selection,
          periodStart,
          periodEnd: addInterval(periodStart, selection.interval),
        }
      : { ...subscription, selection };
  }
  const scheduled = sameSelection(desired, subscription.selection)
    ? null
    : { selection: desired, effectiveAt: subscription.periodEnd };
  return { subscription, scheduled };
}
