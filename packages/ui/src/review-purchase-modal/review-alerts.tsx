import type { Purchase, Review } from '@tarif/react';
import { Notice } from '../internal/notice.js';
import { useUiMessages } from '../internal/use-ui-messages.js';

/* -------------------------------------------------------------------------------------------------
 * ReviewAlerts: a new price to look at, a price the server could not give, a purchase that failed
 * -----------------------------------------------------------------------------------------------*/

export interface ReviewAlertsProps {
  review: Review;
  purchase: Purchase;
}

/** Above the figures, so what they say is read before the figures it is about. */
function ReviewAlerts({ review, purchase }: ReviewAlertsProps) {
  const { t } = useUiMessages();
  return (
    <>
      {purchase.authenticating && (
        <Notice
          dataSlot="review-purchase-modal-authenticating"
          aria-live="polite"
          tone="info"
          className="tarif-rpm-alert"
          title={purchase.authenticatingText}
        >
          <p>{t('ui.review.authenticating')}</p>
        </Notice>
      )}
      {review.priceChanged && (
        <Notice
          dataSlot="review-purchase-modal-price-changed"
          role="alert"
          tone="warning"
          className="tarif-rpm-alert"
          title={t('ui.review.priceChanged.title')}
        >
          <p>{t('ui.review.priceChanged.body')}</p>
        </Notice>
      )}
      {review.error && (
        <Notice
          dataSlot="review-purchase-modal-preview-error"
          role="alert"
          tone="danger"
          className="tarif-rpm-alert"
          title={t('ui.review.previewError')}
          action={
            <button
              type="button"
              className="tarif-button tarif-button--secondary"
              onClick={review.retry}
            >
              {t('ui.common.retry')}
            </button>
          }
        >
          <p>{review.errorText}</p>
        </Notice>
      )}
      {/* A new price has its own alert above. */}
      {purchase.status === 'failed' &&
        !review.priceChanged &&
        purchase.failureReason !== 'price-changed' && (
          <Notice
            dataSlot="review-purchase-modal-purchase-error"
            role="alert"
            tone="danger"
            className="tarif-rpm-alert"
            title={purchase.failureText}
          >
            {purchase.failureReason !== 'forbidden' && <p>{t('ui.review.purchaseError')}</p>}
          </Notice>
        )}
    </>
  );
}

export { ReviewAlerts };
