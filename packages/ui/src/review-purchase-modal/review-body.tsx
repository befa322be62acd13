import * as Dialog from '@radix-ui/react-dialog';
import type { Review } from '@tarif/react';
import { Notice } from '../internal/notice.js';
import { useUiMessages } from '../internal/use-ui-messages.js';
import { ReviewChanges } from './review-changes.js';
import { ReviewCharges } from './review-charges.js';
import { ReviewPaymentMethod } from './review-payment-method.js';

/* -------------------------------------------------------------------------------------------------
 * ReviewBody: what changes, what only sales can do, the features lost, and the price
 * -----------------------------------------------------------------------------------------------*/

export interface ReviewBodyProps {
  review: Review;
  /** Id of the live status; the sections' headings take ids from it. */
  statusId: string;
}

function ReviewBody({ review, statusId }: ReviewBodyProps) {
  const { t } = useUiMessages();
  const { mode, source } = review;
  return (
    <div
      data-slot="review-purchase-modal-body"
      className="tarif-dialog-body"
      data-source={source ?? undefined}
    >
      <Dialog.Description data-slot="review-purchase-modal-description" className="tarif-muted">
        {t('ui.review.description')}
      </Dialog.Description>
      {/* Always mounted so screen readers hear the estimate turn into the final price. */}
      <output
        id={statusId}
        data-slot="review-purchase-modal-status"
        aria-live="polite"
        className="tarif-sr-only"
      >
        {mode === 'none' || !source
          ? ''
          : t(source === 'estimate' ? 'ui.review.status.estimate' : 'ui.review.status.final')}
      </output>

      <ReviewChanges changes={review.changes} headingId={`${statusId}-changes`} />

      {(mode === 'request' || mode === 'blocked') && (
        <Notice
          dataSlot="review-purchase-modal-needs-request"
          tone="info"
          className="tarif-rpm-alert"
          title={t(mode === 'request' ? 'ui.review.request.title' : 'ui.review.blocked.title')}
        >
          <ul className="tarif-rpm-reasons">
            {review.requestSummary.map((line) => (
              <li key={line}>{line}</li>
            ))}
            {review.blocking.map((reason) => (
              <li key={reason.code}>{reason.message}</li>
            ))}
          </ul>
          {mode === 'request' && <p>{t('ui.review.request.body')}</p>}
        </Notice>
      )}

      {review.featuresLost.length > 0 && (
        <Notice dataSlot="review-purchase-modal-features-lost" tone="warning">
          <p>{t('ui.plans.featuresLost')}</p>
          <ul className="tarif-rpm-reasons">
            {review.featuresLost.map((feature) => (
              <li key={feature.id}>{feature.name}</li>
            ))}
          </ul>
        </Notice>
      )}

      {(mode === 'purchase' || mode === 'scheduled') && (
        <>
          <ReviewCharges review={review} headingId={statusId} />
          <ReviewPaymentMethod headingId={`${statusId}-payment-method`} />
        </>
      )}
    </div>
  );
}

export { ReviewBody };
