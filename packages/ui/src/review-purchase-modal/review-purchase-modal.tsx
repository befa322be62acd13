import { forwardRef, useEffect, useId, useRef } from 'react';
import type { RefObject } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { usePurchase, useReview } from '@tarif/react';
import type { CommitResult } from '@tarif/react';
import { cx } from '../internal/cx.js';
import { DialogShell } from '../internal/dialog-shell.js';
import type { DialogContentProps } from '../internal/dialog-shell.js';
import { useUiMessages } from '../internal/use-ui-messages.js';
import { ReviewAlerts } from './review-alerts.js';
import { ReviewBody } from './review-body.js';
import { ReviewFooter } from './review-footer.js';
import { SuccessBody } from './success-body.js';

/* -------------------------------------------------------------------------------------------------
 * ReviewPurchaseModal
 * -----------------------------------------------------------------------------------------------*/

const NAME = 'ReviewPurchaseModal';

/** Where the modal reports to and sends focus, over the dialog's content attributes. */
export interface ReviewPurchaseModalProps extends DialogContentProps {
  /**
   * Called when the user closes the modal (×, Escape, Cancel, Done); the provider's review is
   * closed either way. The modal shows while the review is open: open it with `useReview().open()`.
   */
  onOpenChange?: (open: boolean) => void;
  /** Where focus goes back on close; default: whatever had focus when the modal opened. */
  returnFocusRef?: RefObject<HTMLElement | null>;
  /** Where focus goes when that element is gone, disabled or hidden by the time the dialog closes. */
  returnFocusFallback?: () => HTMLElement | null;
  /** Called when the change needs sales (`useReview().nextStep` is 'request'); without it the modal only explains. */
  onRequestChange?: () => void;
  /** Called once per successful commit, with the backend's answer. */
  onPurchaseComplete?: (result: CommitResult) => void;
  /** Element to portal into; default `document.body`. */
  container?: HTMLElement | null;
}

/**
 * The last step of every purchase: what changes, what is charged today, what renews and when.
 * Shows the local estimate at once, marked as such, and enables confirming only on the server's
 * price; confirms exactly once however often it is clicked.
 */
const ReviewPurchaseModal = forwardRef<HTMLDivElement, ReviewPurchaseModalProps>(
  function ReviewPurchaseModal(props, forwardedRef) {
    const {
      onOpenChange,
      returnFocusRef,
      returnFocusFallback,
      onRequestChange,
      onPurchaseComplete,
      container,
      className,
      ...contentProps
    } = props;
    const review = useReview();
    const purchase = usePurchase();
    const { t } = useUiMessages();
    const doneRef = useRef<HTMLButtonElement>(null);
    const statusId = `${useId()}-status`;

    const submitting = purchase.status === 'submitting';
    const result = purchase.status === 'succeeded' ? purchase.result : null;

    // Report each commit once, and give the success state the focus the confirm button had.
    const reported = useRef<CommitResult | null>(null);
    useEffect(() => {
      if (!result || reported.current === result) return;
      reported.current = result;
      onPurchaseComplete?.(result);
      doneRef.current?.focus();
    }, [result, onPurchaseComplete]);

    // Only closing comes from the dialog; the flow itself refuses it while the commit runs.
    const setOpen = (open: boolean) => {
      if (open || submitting) return;
      review.close();
      onOpenChange?.(false);
    };

    return (
      <DialogShell
        ref={forwardedRef}
        open={review.isOpen}
        onOpenChange={setOpen}
        dataSlot="review-purchase-modal"
        container={container}
        returnFocusRef={returnFocusRef}
        returnFocusFallback={returnFocusFallback}
        // Focus on the dialog itself: the title is read first, and Enter does not hit a button
        // the user has not seen yet.
        focusSelf
        busy={submitting}
        // The bank's window (Stripe.js's 3-D Secure frame) opens over the page, outside this
        // dialog: it must be able to take the pointer and the focus while the customer is there.
        modal={!purchase.authenticating}
        data-state-detail={result ? 'succeeded' : purchase.status}
        className={cx('tarif-rpm', className)}
        heading={t(
          !result
            ? 'ui.review.title'
            : result.mode === 'scheduled'
              ? 'ui.review.success.scheduledTitle'
              : 'ui.review.success.title',
        )}
        badge={
          !result &&
          review.source === 'estimate' &&
          review.mode !== 'none' && (
            <span
              data-slot="review-purchase-modal-estimate"
              className="tarif-badge tarif-badge--warning"
            >
              {t('ui.review.estimate')}
            </span>
          )
        }
        {...contentProps}
      >
        {result ? (
          <>
            <SuccessBody result={result} statusId={statusId} />
            <div data-slot="review-purchase-modal-footer" className="tarif-dialog-footer">
              <Dialog.Close ref={doneRef} className="tarif-button tarif-button--primary">
                {t('ui.review.success.done')}
              </Dialog.Close>
            </div>
          </>
        ) : (
          <>
            <ReviewAlerts review={review} purchase={purchase} />
            <ReviewBody review={review} statusId={statusId} />
            <ReviewFooter review={review} purchase={purchase} onRequestChange={onRequestChange} />
          </>
        )}
      </DialogShell>
    );
  },
);
ReviewPurchaseModal.displayName = NAME;

export { ReviewPurchaseModal };
