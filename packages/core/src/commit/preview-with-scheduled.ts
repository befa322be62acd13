import type { Catalog, Selection } from '../catalog/catalog-types.js';
import { checkSelection } from '../pricing/check-selection.js';
import { previewChange } from '../pricing/preview-change.js';
import type { ChangePreview } from '../pricing/preview-types.js';
import type { Quote } from '../pricing/quote-types.js';
import { quote } from '../pricing/quote.js';
import type { SubscriptionState } from './commit-types.js';
import { mergeScheduled } from './merge-scheduled.js';

/**
 * Core's preview of changing the subscription to `desired` at `at`, and the selection the account
 * will renew on. With a change already scheduled, the renewal is not `desired` alone: a commit
 * keeps the scheduled parts `desired` leaves alone (`mergeScheduled`), and a preview that cannot
 * be committed leaves the scheduled change as it is. The preview's `target` and `nextRenewal`
 * price that renewal, so the total shown is the total that renews; `renewalQuote` is its quote
 * (what tax is computed on, line by line).
 */
export function previewWithScheduled(
  catalog: Catalog,
  state: SubscriptionState,
  desired: Selection,
  at: Date,
): {
  readonly preview: ChangePreview;
  readonly renewal: Selection;
  readonly renewalQuote: Quote;
} {
  const preview = previewChange({ catalog, subscription: state.subscription, desired, at });
  const scheduled = state.scheduled?.selection ?? null;
  const committable = preview.mode === 'purchase' || preview.mode === 'scheduled';
  if (!scheduled) return { preview, renewal: desired, renewalQuote: renewsOn(preview) };
  if (committable) {
    const renewal = mergeScheduled(catalog, state.subscription.selection, scheduled, desired);
    if (renewal === desired) return { preview, renewal, renewalQuote: renewsOn(preview) };
    const target = quote(catalog, renewal);
    return {
      preview: { ...preview, target, nextRenewal: { ...preview.nextRenewal, total: target.total } },
      renewal,
      renewalQuote: target,
    };
  }
  // Nothing will be committed: the account renews on what is already scheduled.
  if (checkSelection(catalog, scheduled).length > 0) {
    return { preview, renewal: desired, renewalQuote: renewsOn(preview) };
  }
  const renewalQuote = quote(catalog, scheduled);
  return {
    preview: { ...preview, nextRenewal: { ...preview.nextRenewal, total: renewalQuote.total } },
    renewal: scheduled,
    renewalQuote,
  };
}

/** The quote whose total is `preview.nextRenewal.total` (previewChange's rule for it). */
function renewsOn(preview: ChangePreview): Quote {
  const { target } = preview;
  const onTarget =
    target !== null &&
    (preview.mode === 'purchase' || preview.mode === 'scheduled' || preview.mode === 'none');
  return onTarget ? target : preview.current;
}
