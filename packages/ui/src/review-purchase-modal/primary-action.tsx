import type { Purchase, Review } from '@tarif/react';
import { useUiMessages } from '../internal/use-ui-messages.js';

/* -------------------------------------------------------------------------------------------------
 * PrimaryAction: the review's next step — confirm, look at a new price, or ask sales
 * -----------------------------------------------------------------------------------------------*/

export interface PrimaryActionProps {
  review: Review;
  purchase: Purchase;
  /** Without it, a change only sales can make keeps a Confirm that explains why it cannot. */
  onRequestChange: (() => void) | undefined;
  /** Id of the sentence saying why confirming waits, when one shows. */
  describedBy?: string | undefined;
}

function PrimaryAction({ review, purchase, onRequestChange, describedBy }: PrimaryActionProps) {
  const { t } = useUiMessages();
  if (review.nextStep === 'request' && onRequestChange) {
    return (
      <button
        type="button"
        data-slot="review-purchase-modal-request"
        className="tarif-button tarif-button--primary"
        onClick={onRequestChange}
      >
        {t('ui.common.requestChange')}
      </button>
    );
  }
  if (review.nextStep === 'acknowledge') {
    return (
      <button
        type="button"
        data-slot="review-purchase-modal-acknowledge"
        className="tarif-button tarif-button--primary"
        onClick={review.acknowledgePriceChange}
      >
        {t('ui.review.priceChanged.acknowledge')}
      </button>
    );
  }
  const submitting = purchase.status === 'submitting';
  return (
    // aria-disabled, not disabled: the focused button must keep focus while the commit runs.
    <button
      {...purchase.getConfirmButtonProps()}
      aria-describedby={describedBy}
      data-slot="review-purchase-modal-confirm"
      className="tarif-button tarif-button--primary tarif-rpm-confirm"
    >
      {submitting && (
        <span
          data-slot="review-purchase-modal-spinner"
          className="tarif-spinner"
          aria-hidden="true"
        />
      )}
      {t(
        submitting
          ? 'ui.review.confirming'
          : review.mode === 'scheduled'
            ? 'ui.review.confirmScheduled'
            : 'ui.review.confirm',
      )}
    </button>
  );
}

export { PrimaryAction };
