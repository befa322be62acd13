import { sum } from '../money/sum.js';
import type { Money } from '../money/money.js';
import type { ChangePreview } from '../pricing/preview-types.js';
import type { PreviewTax, TaxedAmount } from '../tax/tax-types.js';

/** The money a commit moves, tax included when the backend computes it. */
export interface CommitAmounts {
  /** Debited today: the gross when taxed. Zero for a scheduled change. */
  readonly charged: Money;
  /** The tax inside `charged` (zero when nothing is charged or nothing taxed). */
  readonly chargedTax: Money;
  /** Carried to the account's balance: the gross credit when taxed. */
  readonly balanceCredit: Money;
  /** Today's amounts before and after tax, for the commit's answer (purchases with tax only). */
  readonly tax: TaxedAmount | undefined;
}

/** What committing `preview` in `mode` charges and credits; the gross of `tax` when given. */
export function commitAmounts(
  mode: 'purchase' | 'scheduled',
  preview: ChangePreview,
  tax: PreviewTax | undefined,
): CommitAmounts {
  const zero: Money = { amount: 0, currency: preview.dueToday.currency };
  if (mode !== 'purchase') {
    return { charged: zero, chargedTax: zero, balanceCredit: zero, tax: undefined };
  }
  const dueToday = tax ? tax.dueToday : preview.dueToday;
  const charged = dueToday.amount > 0 ? dueToday : zero;
  const chargedTax =
    tax && charged.amount > 0
      ? sum(
          tax.today.taxes.map((entry) => entry.amount),
          zero.currency,
        )
      : zero;
  return {
    charged,
    chargedTax,
    balanceCredit: tax ? tax.balanceCredit : preview.balanceCredit,
    tax: tax ? { net: tax.today.net, taxes: tax.today.taxes, gross: tax.today.gross } : undefined,
  };
}
