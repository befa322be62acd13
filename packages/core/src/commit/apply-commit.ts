import type { Selection } from '../catalog/catalog-types.js';
import { addInterval } from '../pricing/periods.js';
import type { ChangePreview } from '../pricing/preview-types.js';
import type { SubscriptionState } from './commit-types.js';
import { sameSelection } from './same-selection.js';

/**
 * The subscription after committing `preview`, priced at `at`, whose renewal is `renewal`
 * (`desired` merged with any earlier scheduled change: see `mergeScheduled`).
 * 'purchase': the parts effective now apply at once; a new interval starts a new period at `at`
 * (as Stripe does when a price's interval changes). Whatever is left of `renewal` waits for the
 * renewal; nothing is scheduled when it equals the new current selection.
 */
export function applyCommit(
  record: SubscriptionState,
  renewal: Selection,
  preview: ChangePreview,
  at: Date,
): SubscriptionState {
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
  const scheduled = sameSelection(renewal, subscription.selection)
    ? null
    : { selection: renewal, effectiveAt: subscription.periodEnd };
  return { subscription, scheduled };
}
