import { checkSelection, previewChange, quote } from '@tarif/core';
import type { Catalog, ChangePreview, Money, Selection, ServerPreview } from '@tarif/core';
import { newId } from '../http/ids.js';
import type {
  AccountRecord,
  AgreedPrice,
  PreviewRecord,
  SubscriptionRecord,
} from '../store/store-types.js';
import { mergeScheduled } from './merge-scheduled.js';

// The body of `POST {base}/previews` (and of `preview` in a price-changed error) is core's ServerPreview.
export type { ServerPreview };

/** Previews that cannot be committed carry this prefix and are never stored. */
export const uncommittablePreviewPrefix = 'pvx_';

/**
 * Prices `selection` against the account's catalog and subscription at `now`. A preview that can
 * be committed (purchase, scheduled) is stored through `insert`; one that cannot (none, blocked,
 * request) is only an answer, so a member previewing in a loop fills no table.
 */
export async function storePreview(
  insert: (record: PreviewRecord) => Promise<void>,
  account: AccountRecord,
  record: SubscriptionRecord,
  selection: Selection,
  now: Date,
  ttlMs: number,
): Promise<ServerPreview> {
  const { preview } = priceChange(account.catalog, record, selection, now);
  const committable = preview.mode === 'purchase' || preview.mode === 'scheduled';
  const body: ServerPreview = {
    id: committable ? newId('pv') : `${uncommittablePreviewPrefix}${newId('pv').slice(3)}`,
    expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
    catalogVersion: account.catalog.version,
    preview,
  };
  if (!committable) return body;
  await insert({
    id: body.id,
    accountId: account.id,
    selection,
    at: now.toISOString(),
    expiresAt: body.expiresAt,
    catalogVersion: body.catalogVersion,
    agreed: agreedPrice(preview),
    usedBy: null,
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

/** Same mode, same amount today (charged or credited), same renewal total: the customer's agreement holds. */
export function sameAgreement(shown: AgreedPrice, now: AgreedPrice): boolean {
  const same = (a: Money, b: Money) => a.amount === b.amount && a.currency === b.currency;
  return (
    shown.mode === now.mode &&
    same(shown.dueToday, now.dueToday) &&
    same(shown.balanceCredit, now.balanceCredit) &&
    same(shown.nextRenewalTotal, now.nextRenewalTotal)
  );
}
