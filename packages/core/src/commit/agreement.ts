import type { Money } from '../money/money.js';
import type { ChangeMode, ChangePreview } from '../pricing/preview-types.js';

/** The amounts a customer agrees to by committing a preview: what a commit must find again. */
export interface AgreedPrice {
  readonly mode: ChangeMode;
  readonly dueToday: Money;
  readonly balanceCredit: Money;
  readonly nextRenewalTotal: Money;
}

export function agreedPrice(preview: ChangePreview): AgreedPrice {
  return {
    mode: preview.mode,
    dueToday: preview.dueToday,
    balanceCredit: preview.balanceCredit,
    nextRenewalTotal: preview.nextRenewal.total,
  };
}

/**
 * Whether the price agreed to still holds: same mode, same amount today (charged or credited),
 * same renewal total. Anything else the customer would see differently means a new review.
 */
export function sameAgreement(shown: AgreedPrice, now: AgreedPrice): boolean {
  const same = (a: Money, b: Money) => a.amount === b.amount && a.currency === b.currency;
  return (
    shown.mode === now.mode &&
    same(shown.dueToday, now.dueToday) &&
    same(shown.balanceCredit, now.balanceCredit) &&
    same(shown.nextRenewalTotal, now.nextRenewalTotal)
  );
}
