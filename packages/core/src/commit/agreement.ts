import type { Money } from '../money/money.js';
import type { ChangeMode, ChangePreview } from '../pricing/preview-types.js';
import { taxTotal } from '../tax/tax-lines.js';
import type { PreviewTax } from '../tax/tax-types.js';

/** The amounts a customer agrees to by committing a preview: what a commit must find again. */
export interface AgreedPrice {
  readonly mode: ChangeMode;
  readonly dueToday: Money;
  readonly balanceCredit: Money;
  readonly nextRenewalTotal: Money;
  /**
   * The tax shown with them, when the backend computes tax: the gross debited today, today's tax,
   * the gross renewal and its tax. Absent for a preview stored before tax was computed.
   */
  readonly tax?: AgreedTax;
}

export interface AgreedTax {
  readonly dueToday: Money;
  readonly taxToday: Money;
  readonly renewalGross: Money;
  readonly renewalTax: Money;
}

export function agreedPrice(preview: ChangePreview, tax?: PreviewTax): AgreedPrice {
  const price: AgreedPrice = {
    mode: preview.mode,
    dueToday: preview.dueToday,
    balanceCredit: preview.balanceCredit,
    nextRenewalTotal: preview.nextRenewal.total,
  };
  if (tax === undefined) return price;
  return {
    ...price,
    tax: {
      dueToday: tax.dueToday,
      taxToday: taxTotal(tax.today),
      renewalGross: tax.renewal.gross,
      renewalTax: taxTotal(tax.renewal),
    },
  };
}

/**
 * Whether the price agreed to still holds: same mode, same amount today (charged or credited),
 * same renewal total, and the same tax to the minor unit (a customer whose VAT number changed in
 * between would pay another gross). Anything the customer would see differently means a new review.
 */
export function sameAgreement(shown: AgreedPrice, now: AgreedPrice): boolean {
  return (
    shown.mode === now.mode &&
    same(shown.dueToday, now.dueToday) &&
    same(shown.balanceCredit, now.balanceCredit) &&
    same(shown.nextRenewalTotal, now.nextRenewalTotal) &&
    sameTax(shown.tax, now.tax)
  );
}

function same(a: Money, b: Money): boolean {
  return a.amount === b.amount && a.currency === b.currency;
}

function sameTax(a: AgreedTax | undefined, b: AgreedTax | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return (
    same(a.dueToday, b.dueToday) &&
    same(a.taxToday, b.taxToday) &&
    same(a.renewalGross, b.renewalGross) &&
    same(a.renewalTax, b.renewalTax)
  );
}
