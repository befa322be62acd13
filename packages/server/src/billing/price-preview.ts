import { previewChange } from '@tarif/core';
import type { ChangePreview, Selection } from '@tarif/core';
import { newId } from '../http/ids.js';
import type { AgreedPrice, BillingStore } from '../store/store-types.js';
import type { AccountState } from './load-account.js';

/** The body of `POST {base}/previews`, and of `preview` in a price-changed error. */
export interface ServerPreview {
  readonly id: string;
  readonly expiresAt: string;
  readonly catalogVersion: string;
  /** Computed by the server with @tarif/core at the server's clock; the client's amounts are never read. */
  readonly preview: ChangePreview;
}

/** Prices `selection` against the stored catalog and subscription at `now`, and stores the preview for a commit. */
export async function pricePreview(
  store: BillingStore,
  state: AccountState,
  selection: Selection,
  now: Date,
  ttlMs: number,
): Promise<ServerPreview> {
  const preview = previewChange({
    catalog: state.account.catalog,
    subscription: state.record.subscription,
    desired: selection,
    at: now,
  });
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

/** The amounts a customer agrees to by committing this preview. */
export function agreedPrice(preview: ChangePreview): AgreedPrice {
  return {
    mode: preview.mode,
    dueToday: preview.dueToday,
    balanceCredit: preview.balanceCredit,
    nextRenewalTotal: preview.nextRenewal.total,
  };
}
