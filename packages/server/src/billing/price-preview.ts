import { checkSelection, previewChange, quote } from '@tarif/core';
import type { Catalog, ChangePreview, Selection, ServerPreview } from '@tarif/core';
import { newId } from '../http/ids.js';
import type { AgreedPrice, BillingStore, SubscriptionRecord } from '../store/store-types.js';
import type { AccountState } from './load-account.js';
import { mergeScheduled } from './merge-scheduled.js';

// The body of `POST {base}/previews` (and of `preview` in a price-changed error) is core's ServerPreview.
export type { ServerPreview };

/** Prices `selection` against the stored catalog and subscription at `now`, and stores the preview for a commit. */
export async function pricePreview(
  store: BillingStore,
  state: AccountState,
  selection: Selection,
  now: Date,
  ttlMs: number,
): Promise<ServerPreview> {
  const { preview } = priceChange(state.account.catalog, state.record, selection, now);
  const body: ServerPreview = {
    id: newId('pv'),
    expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
    catalogVersion: state.account.catalog.version,
    preview,
  };
  await store.insertPreview({
    id: body.id,
    accountId: state.account.id,
    selection,
    at: now.toISOString(),
    expiresAt: body.expiresAt,
    catalogVersion: body.catalogVersion,
    agreed: agreedPrice(preview),
  });
  return body;
}

/**
 * Core's preview of changing the subscription to `desired` at `at`, and the selection the account
 * will renew on. With a change already scheduled, the renewal is not `desired` alone: a commit
 * keeps the scheduled parts `desired` leaves alone (`mergeScheduled`), and a preview that cannot
 * be committed leaves the scheduled change as it is. The preview's `target` and `nextRenewal`
 * price that renewal, so the total shown is the total that renews.
 */
export function priceChange(
  catalog: Catalog,
  record: SubscriptionRecord,
  desired: Selection,
  at: Date,
): { readonly preview: ChangePreview; readonly renewal: Selection } {
  const preview = previewChange({ catalog, subscription: record.subscription, desired, at });
  const scheduled = record.scheduled?.selection ?? null;
  const committable = preview.mode === 'purchase' || preview.mode === 'scheduled';
  if (!scheduled) return { preview, renewal: desired };
  if (committable) {
    const renewal = mergeScheduled(catalog, record.subscription.selection, scheduled, desired);
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

/** The amounts a customer agrees to by committing this preview. */
export function agreedPrice(preview: ChangePreview): AgreedPrice {
  return {
    mode: preview.mode,
    dueToday: preview.dueToday,
    balanceCredit: preview.balanceCredit,
    nextRenewalTotal: preview.nextRenewal.total,
  };
}
