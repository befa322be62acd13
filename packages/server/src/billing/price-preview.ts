import { agreedPrice, previewWithTax } from '@tarif/core/commit';
import type { TaxContext } from '@tarif/core/commit';
import type { Selection, ServerPreview, TaxRates } from '@tarif/core';
import { newId } from '../http/ids.js';
import type { AccountRecord, PreviewRecord, SubscriptionRecord } from '../store/store-types.js';

// The body of `POST {base}/previews` (and of `preview` in a price-changed error) is core's ServerPreview.
export type { ServerPreview };

/** Previews that cannot be committed carry this prefix and are never stored. */
export const uncommittablePreviewPrefix = 'pvx_';

/**
 * Prices `selection` against the account's catalog and subscription at `now`. A preview that can
 * be committed (purchase, scheduled) is stored through `insert`; one that cannot (none, blocked,
 * request) is only an answer, so a member previewing in a loop fills no table. With `taxRates`,
 * the preview carries its tax and the agreed price its gross and tax.
 */
export async function storePreview(
  insert: (record: PreviewRecord) => Promise<void>,
  account: AccountRecord,
  record: SubscriptionRecord,
  selection: Selection,
  now: Date,
  ttlMs: number,
  taxRates: TaxRates | null,
): Promise<ServerPreview> {
  const { preview, tax } = previewWithTax(
    account.catalog,
    record,
    selection,
    now,
    taxContext(account, taxRates),
  );
  const committable = preview.mode === 'purchase' || preview.mode === 'scheduled';
  const body: ServerPreview = {
    id: committable ? newId('pv') : `${uncommittablePreviewPrefix}${newId('pv').slice(3)}`,
    expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
    catalogVersion: account.catalog.version,
    preview,
    ...(tax ? { tax } : {}),
  };
  if (!committable) return body;
  await insert({
    id: body.id,
    accountId: account.id,
    selection,
    at: now.toISOString(),
    expiresAt: body.expiresAt,
    catalogVersion: body.catalogVersion,
    agreed: agreedPrice(preview, tax),
    usedBy: null,
  });
  return body;
}

/** The tax context of `account` under the server's table (none without a table). */
export function taxContext(account: AccountRecord, taxRates: TaxRates | null): TaxContext | null {
  return taxRates ? { rates: taxRates, billingDetails: account.billingDetails ?? null } : null;
}
