import type { BillingDetails, TaxDecision, TaxRates } from './tax-types.js';

/**
 * How `billing` is taxed by a seller with `table`. In order: no details → nothing collected;
 * exempt → exempt; a VAT number of another member state than the seller's (both inside the
 * reverse-charge area) → reverse charge; otherwise the rate of the customer's country (a business
 * in the seller's own country, and any consumer, pay it), or nothing where no VAT is collected.
 */
export function decideTax(billing: BillingDetails | null, table: TaxRates): TaxDecision {
  if (billing === null) return { treatment: 'not-collected', country: null, rate: 0 };
  const country = billing.country.toUpperCase();
  if (billing.taxExempt === true) return { treatment: 'exempt', country, rate: 0 };
  const vatState = vatNumberState(billing.vatNumber);
  const area = table.reverseChargeArea;
  if (
    vatState !== null &&
    vatState !== table.sellerCountry &&
    area.includes(vatState) &&
    area.includes(table.sellerCountry)
  ) {
    return { treatment: 'reverse-charge', country, rate: 0 };
  }
  const rate = table.rates[country] ?? 0;
  return rate > 0
    ? { treatment: 'standard', country, rate }
    : { treatment: 'not-collected', country, rate: 0 };
}

/**
 * The member state a VAT number belongs to, from its prefix (`EL` is Greece's, ISO `GR`); null
 * when there is no number or it does not start with two letters followed by 2 to 13 characters.
 * Whether the number is registered is a question for VIES, behind the host's own check.
 */
export function vatNumberState(vatNumber: string | undefined): string | null {
  if (vatNumber === undefined) return null;
  const compact = vatNumber.replace(/[\s.-]/g, '').toUpperCase();
  const match = /^([A-Z]{2})[0-9A-Z+*]{2,13}$/.exec(compact);
  if (!match) return null;
  const prefix = match[1]!;
  return prefix === 'EL' ? 'GR' : prefix;
}
