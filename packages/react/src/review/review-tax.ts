import { formatNumber } from '@tarif/core';
import type {
  ChangePreview,
  Money,
  PreviewTax,
  TaxAmount,
  TaxDecision,
  TaxedAmount,
  TaxMode,
} from '@tarif/core';
import { previewTax } from '@tarif/core/tax';
import type { MessagesValue } from '../i18n/locale-context.js';

/** One tax of the review, labelled (« TVA 20 % », "Reverse charge"). */
export interface ReviewTaxRow {
  readonly id: string;
  readonly treatment: TaxAmount['treatment'];
  /** Basis points (2000 = 20 %). */
  readonly rate: number;
  readonly label: string;
  readonly amount: Money;
  readonly amountText: string;
}

/** An amount before tax, its taxes and after tax, formatted. */
export interface ReviewTaxTotals {
  readonly net: Money;
  readonly netText: string;
  readonly taxes: readonly ReviewTaxRow[];
  readonly gross: Money;
  readonly grossText: string;
}

/** The server's tax of the previewed change: today's charge and the renewal, before and after tax. */
export interface ReviewTax {
  readonly today: ReviewTaxTotals;
  /** Debited today, tax included. */
  readonly dueToday: Money;
  readonly dueTodayText: string;
  /** Carried to the balance, tax included. */
  readonly balanceCredit: Money;
  readonly balanceCreditText: string;
  readonly renewal: ReviewTaxTotals;
  /**
   * How to mention the gross figures: 'inclusive' (TTC, incl. tax) when VAT is added;
   * 'exclusive' (HT) for a reverse charge or an exemption, where the total carries no VAT.
   */
  readonly grossMention: TaxMode;
}

/**
 * The review's tax from the server preview's, or null when there is nothing to show: no tax from
 * the backend, or none collected from this customer (the figures are then the amounts as they are).
 */
export function reviewTaxOf(
  tax: PreviewTax | undefined,
  messages: MessagesValue,
): ReviewTax | null {
  if (!tax || tax.decision.treatment === 'not-collected') return null;
  const { formatMoney } = messages;
  return {
    today: totals(tax.today, messages),
    dueToday: tax.dueToday,
    dueTodayText: formatMoney(tax.dueToday),
    balanceCredit: tax.balanceCredit,
    balanceCreditText: formatMoney(tax.balanceCredit),
    renewal: totals(tax.renewal, messages),
    grossMention: tax.decision.treatment === 'standard' ? 'inclusive' : 'exclusive',
  };
}

/**
 * Core's tax of a local estimate for an account the backend taxes by `decision` (from the account
 * snapshot): the same per-line rule, so the estimate's gross is the server's give or take the cent
 * its proration may differ by. The renewal is the target's (a scheduled change is not merged here).
 */
export function estimateTax(
  estimate: ChangePreview | null,
  decision: TaxDecision | undefined,
): PreviewTax | undefined {
  if (!estimate || !decision) return undefined;
  const renews =
    estimate.target && estimate.mode !== 'request' && estimate.mode !== 'blocked'
      ? estimate.target
      : estimate.current;
  return previewTax(estimate, renews, decision);
}

function totals(taxed: TaxedAmount, messages: MessagesValue): ReviewTaxTotals {
  const { formatMoney } = messages;
  return {
    net: taxed.net,
    netText: formatMoney(taxed.net),
    taxes: taxed.taxes.map((entry, index) => ({
      id: `${entry.treatment}-${entry.rate}-${index}`,
      treatment: entry.treatment,
      rate: entry.rate,
      label: taxLabel(entry, messages),
      amount: entry.amount,
      amountText: formatMoney(entry.amount),
    })),
    gross: taxed.gross,
    grossText: formatMoney(taxed.gross),
  };
}

/** « TVA 20 % », "VAT 20%", „MwSt. 19 %“: each catalog spaces the % its own way. */
export function taxLabel(
  entry: Pick<TaxAmount, 'treatment' | 'rate'>,
  messages: MessagesValue,
): string {
  if (entry.treatment !== 'standard') return messages.t(`tax.${entry.treatment}`);
  // Basis points to percent for display only (2000 → 20, 550 → 5,5): amounts never go through this.
  const rate = formatNumber(entry.rate / 100, messages.locale, { maximumFractionDigits: 2 });
  return messages.t('tax.vat', { rate });
}
