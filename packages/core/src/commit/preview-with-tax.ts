import type { Catalog, Selection } from '../catalog/catalog-types.js';
import { previewTax } from '../tax/preview-tax.js';
import { decideTax } from '../tax/tax-decision.js';
import type { BillingDetails, PreviewTax, TaxRates } from '../tax/tax-types.js';
import type { SubscriptionState } from './commit-types.js';
import { previewWithScheduled } from './preview-with-scheduled.js';

/** Who is taxed and by which table: what a backend that computes tax knows about an account. */
export interface TaxContext {
  readonly rates: TaxRates;
  readonly billingDetails: BillingDetails | null;
}

/**
 * `previewWithScheduled`, and with a tax context the tax of that preview for the account's
 * billing details (today's lines and the renewal's). Without one, `tax` is undefined: no tax.
 */
export function previewWithTax(
  catalog: Catalog,
  state: SubscriptionState,
  desired: Selection,
  at: Date,
  context: TaxContext | null,
): ReturnType<typeof previewWithScheduled> & { readonly tax: PreviewTax | undefined } {
  const priced = previewWithScheduled(catalog, state, desired, at);
  const tax = context
    ? previewTax(
        priced.preview,
        priced.renewalQuote,
        decideTax(context.billingDetails, context.rates),
      )
    : undefined;
  return { ...priced, tax };
}
