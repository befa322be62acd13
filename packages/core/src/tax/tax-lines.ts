import type { TaxMode } from '../catalog/catalog-types.js';
import type { CurrencyCode } from '../money/currencies.js';
import type { Money } from '../money/money.js';
import { sum } from '../money/sum.js';
import { taxLine } from './tax-amount.js';
import type { TaxAmount, TaxDecision, TaxedAmount, TaxedLines } from './tax-types.js';

/** Each amount taxed on its own (`taxLine`), and the totals as sums of the lines. */
export function taxLines(
  amounts: readonly Money[],
  currency: CurrencyCode,
  taxMode: TaxMode,
  decision: TaxDecision,
): TaxedLines {
  const lines = amounts.map((amount) => taxLine(amount, taxMode, decision));
  return { lines, ...totalOf(lines, currency) };
}

/** The sum of taxed amounts; taxes of one treatment, country and rate add up into one entry. */
export function totalOf(lines: readonly TaxedAmount[], currency: CurrencyCode): TaxedAmount {
  const taxes: TaxAmount[] = [];
  for (const tax of lines.flatMap((line) => line.taxes)) {
    const index = taxes.findIndex(
      (seen) =>
        seen.treatment === tax.treatment && seen.country === tax.country && seen.rate === tax.rate,
    );
    const seen = taxes[index];
    if (seen === undefined) taxes.push(tax);
    else
      taxes[index] = {
        ...seen,
        taxable: sum([seen.taxable, tax.taxable]),
        amount: sum([seen.amount, tax.amount]),
      };
  }
  return {
    net: sum(
      lines.map((line) => line.net),
      currency,
    ),
    taxes,
    gross: sum(
      lines.map((line) => line.gross),
      currency,
    ),
  };
}

/** The total tax of an amount: the sum of its taxes. */
export function taxTotal(taxed: TaxedAmount): Money {
  return sum(
    taxed.taxes.map((tax) => tax.amount),
    taxed.net.currency,
  );
}
