import type { Interval, TaxMode } from '@tarif/core';
import { useBillingAccount } from '@tarif/react';
import { cx } from './cx.js';
import { useUiMessages } from './use-ui-messages.js';

/* -------------------------------------------------------------------------------------------------
 * PriceText: « 59,00 € HT / mois », "€59.00 excl. tax / month"
 * -----------------------------------------------------------------------------------------------*/

export interface PriceTextProps {
  /** The amount, already formatted for the locale (e.g. `formatMoney(price)` or « +12,00 € »). */
  amount: string;
  /** The period the price is for; without it, the amount and its tax mention only. */
  interval?: Interval | null | undefined;
  /** Extra classes for the amount itself (its size differs from widget to widget). */
  amountClassName?: string;
  /** The amount's `data-slot`. */
  amountSlot?: string;
  /**
   * The mention to write, when it is not the catalog's: a total with the backend's tax added is
   * 'inclusive' (TTC) even from a tax-exclusive catalog.
   */
  taxMode?: TaxMode | undefined;
}

// A private-use character no catalog or formatted amount contains: it marks where the amount goes.
const MARK = '\ue000';

/**
 * A price, its tax mention (from the catalog's taxMode: HT / TTC, excl. tax / incl. tax) and its
 * unit, written by ONE catalog message so that each language orders the words and puts no-break
 * spaces between them. The amount keeps its own span for its figures' style; the rest is muted.
 */
export function PriceText({
  amount,
  interval,
  amountClassName,
  amountSlot,
  taxMode: mention,
}: PriceTextProps) {
  const { t } = useUiMessages();
  const catalogMode = useBillingAccount().catalog?.taxMode ?? 'exclusive';
  const taxMode = mention ?? catalogMode;
  const key = interval
    ? (`ui.common.price.${interval}.${taxMode}` as const)
    : (`ui.common.amount.${taxMode}` as const);
  const [before = '', after = ''] = t(key, { amount: MARK }).split(MARK);
  return (
    <span data-slot="price" className="tarif-price">
      {before && <span className="tarif-muted">{before}</span>}
      <span data-slot={amountSlot} className={cx('tarif-amount', amountClassName)}>
        {amount}
      </span>
      {after && <span className="tarif-muted">{after}</span>}
    </span>
  );
}
