import type { CommitResult } from '@tarif/react';
import { DialogSuccess } from '../internal/dialog-success.js';
import { useUiMessages } from '../internal/use-ui-messages.js';

/* -------------------------------------------------------------------------------------------------
 * SuccessBody: what was charged, or when the change applies
 * -----------------------------------------------------------------------------------------------*/

export interface SuccessBodyProps {
  result: CommitResult;
  /** Id of the live output the sentence is read from. */
  statusId: string;
}

function SuccessBody({ result, statusId }: SuccessBodyProps) {
  const { t, formatMoney, formatDate } = useUiMessages();
  // With the backend's tax, the amount debited says whether VAT is in it (« 33,29 € TTC »).
  const vatAdded = result.tax?.taxes.some((tax) => tax.treatment === 'standard');
  const charged = result.tax
    ? t(vatAdded ? 'ui.common.amount.inclusive' : 'ui.common.amount.exclusive', {
        amount: formatMoney(result.charged),
      })
    : formatMoney(result.charged);
  const scheduledAt = result.scheduled?.effectiveAt ?? result.subscription.periodEnd;
  return (
    <DialogSuccess
      slot="review-purchase-modal-success"
      id={statusId}
      description={
        result.mode === 'scheduled'
          ? t('ui.review.success.scheduled', { date: formatDate(scheduledAt) })
          : t('ui.review.success.charged', { amount: charged })
      }
    >
      {result.mode === 'purchase' && result.scheduled && (
        <span>
          {t('ui.billing.summary.scheduled', { date: formatDate(result.scheduled.effectiveAt) })}
        </span>
      )}
    </DialogSuccess>
  );
}

export { SuccessBody };
