import { decideTax, previewTax } from '@tarif/core';
import type { PreviewTax, Selection, TaxRates } from '@tarif/core';
import { previewWithScheduled } from '@tarif/core/commit';
import type { AccountRecord, SubscriptionRecord } from '../store/store-types.js';

/**
 * Core's preview of `selection` at `at` and, when the server has a tax table, its tax for this
 * account's billing details: the one pricing both a preview and the commit that re-checks it use.
 */
export function priceWithTax(
  account: AccountRecord,
  record: SubscriptionRecord,
  selection: Selection,
  at: Date,
  taxRates: TaxRates | null,
): ReturnType<typeof previewWithScheduled> & { readonly tax: PreviewTax | undefined } {
  const priced = previewWithScheduled(account.catalog, record, selection, at);
  const tax = taxRates
    ? previewTax(
        priced.preview,
        priced.renewalQuote,
        decideTax(account.billingDetails ?? null, taxRates),
      )
    : undefined;
  return { ...priced, tax };
}
