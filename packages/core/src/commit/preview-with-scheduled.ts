import type { Catalog, Selection } from '../catalog/catalog-types.js';
import { checkSelection } from '../pricing/check-selection.js';
import { previewChange } from '../pricing/preview-change.js';
import type { ChangePreview } from '../pricing/preview-types.js';
import { quote } from '../pricing/quote.js';
import type { SubscriptionState } from './commit-types.js';
import { mergeScheduled } from './merge-scheduled.js';

/**
 * Core's preview of changing the subscription to `desired` at `at`, and the selection the account
 * will renew on. With a change already scheduled, the renewal is not `desired` alone: a commit
 * keeps the scheduled parts `desired` leaves alone (`mergeScheduled`), and a preview that cannot
 * be committed leaves the scheduled change as it is. The preview's `target` and `nextRenewal`
 * price that renewal, so the total shown is the total that renews.
 */
export function previewWithScheduled(
  catalog: Catalog,
  state: SubscriptionState,
  desired: Selection,
  at: Date,
): { readonly preview: ChangePreview; readonly renewal: Selection } {
  const preview = previewChange({ catalog, subscription: state.subscription, desired, at });
  const scheduled = state.scheduled?.selection ?? null;
  const committable = preview.mode === 'purchase' || preview.mode === 'scheduled';
  if (!scheduled) return { preview, renewal: desired };
  if (committable) {
    const renewal = mergeScheduled(catalog, state.subscription.selection, scheduled, desired);
    if (renewal === desired) return { preview, renewal };
    const target = quote(catalog, renewal);
    return {
      preview: { ...preview, target, nextRenewal: { ...preview.nextRenewal, total: target.total } },
      renewal,
    };
  }
  // Nothing will be committed: the account renews on what is already scheduled.
  if (checkSelection(catalog, scheduled).length > 0) return { preview, renewal: desired };
  const total = quote(catalog, scheduled).total;
  return {
    preview: { ...preview, nextRenewal: { ...preview.nextRenewal, total } },
    renewal: scheduled,
  };
}
