import type { Money } from '../money/money.js';
import type { ChangePreview } from '../pricing/preview-types.js';
import type { Quote } from '../pricing/quote-types.js';
import { taxLines } from './tax-lines.js';
import type { PreviewTax, TaxDecision } from './tax-types.js';

/**
 * The tax of `preview` for a customer taxed by `decision`: today's prorated lines one by one, and
 * the lines of `renewal` (the quote the account renews on). Prices are read in the catalog's tax
 * mode, which the quotes carry.
 */
export function previewTax(
  preview: ChangePreview,
  renewal: Quote,
  decision: TaxDecision,
): PreviewTax {
  const currency = preview.current.subtotal.currency;
  const taxMode = preview.current.taxMode;
  const today = taxLines(
    preview.proratedLines.map((line) => line.amount),
    currency,
    taxMode,
    decision,
  );
  const zero: Money = { amount: 0, currency };
  const gross = today.gross.amount;
  return {
    taxMode,
    decision,
    today,
    dueToday: gross > 0 ? today.gross : zero,
    balanceCredit: gross < 0 ? { amount: -gross, currency } : zero,
    renewal: taxLines(
      renewal.lines.map((line) => line.amount),
      currency,
      taxMode,
      decision,
    ),
  };
}
