import { useId } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import type { Purchase, Review } from '@tarif/react';
import { useUiMessages } from '../internal/use-ui-messages.js';
import { PrimaryAction } from './primary-action.js';

/* -------------------------------------------------------------------------------------------------
 * ReviewFooter: why confirming waits, Cancel, and the main action
 * -----------------------------------------------------------------------------------------------*/

export interface ReviewFooterProps {
  review: Review;
  purchase: Purchase;
  onRequestChange: (() => void) | undefined;
}

function ReviewFooter({ review, purchase, onRequestChange }: ReviewFooterProps) {
  const { t } = useUiMessages();
  const submitting = purchase.status === 'submitting';
  const reason = purchase.disabledReason;
  // A change that needs sales, cannot be made, or has a new price is explained above already.
  const explainedAbove = review.priceChanged || reason === 'request' || reason === 'blocked';
  const reasonId = `${useId()}-reason`;
  const showsReason = purchase.disabledText !== null && !explainedAbove;
  return (
    <div data-slot="review-purchase-modal-footer" className="tarif-dialog-footer">
      {showsReason && (
        <p
          id={reasonId}
          data-slot="review-purchase-modal-disabled-reason"
          className="tarif-dialog-footer-note tarif-muted"
        >
          {purchase.disabledText}
        </p>
      )}
      <Dialog.Close className="tarif-button tarif-button--secondary" disabled={submitting}>
        {t('ui.common.cancel')}
      </Dialog.Close>
      <PrimaryAction
        review={review}
        purchase={purchase}
        onRequestChange={onRequestChange}
        describedBy={showsReason ? reasonId : undefined}
      />
    </div>
  );
}

export { ReviewFooter };
