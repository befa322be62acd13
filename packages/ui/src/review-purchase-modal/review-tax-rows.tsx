import type { ReviewTaxTotals } from '@tarif/react';
import { AmountRow } from '../internal/amount-row.js';
import { useUiMessages } from '../internal/use-ui-messages.js';

/* -------------------------------------------------------------------------------------------------
 * ReviewTaxRows: « Total HT », then each tax (« TVA 20 % », « Autoliquidation de la TVA »)
 * -----------------------------------------------------------------------------------------------*/

export interface ReviewTaxRowsProps {
  totals: ReviewTaxTotals;
  /** Which section the rows belong to, for their `data-slot`s: 'today' or 'renewal'. */
  part: 'today' | 'renewal';
}

/** Rows of a `<dl>`: the subtotal before tax and one row per tax, each with its amount. */
function ReviewTaxRows({ totals, part }: ReviewTaxRowsProps) {
  const { t } = useUiMessages();
  return (
    <>
      <AmountRow
        dataSlot={`review-purchase-modal-${part}-subtotal`}
        className="tarif-rpm-row--subtotal"
        label={t('ui.review.subtotal')}
      >
        {totals.netText}
      </AmountRow>
      {totals.taxes.map((tax) => (
        <AmountRow
          key={tax.id}
          dataSlot={`review-purchase-modal-${part}-tax`}
          data-treatment={tax.treatment}
          label={tax.label}
        >
          {tax.amountText}
        </AmountRow>
      ))}
    </>
  );
}

export { ReviewTaxRows };
