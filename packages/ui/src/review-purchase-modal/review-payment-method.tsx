import { usePaymentMethod } from '@tarif/react';
import { Notice } from '../internal/notice.js';
import { useUiMessages } from '../internal/use-ui-messages.js';

/* -------------------------------------------------------------------------------------------------
 * ReviewPaymentMethod: what the purchase is charged to, a warning when the card expired, and the
 * host's « Update payment method » when it has one
 * -----------------------------------------------------------------------------------------------*/

export interface ReviewPaymentMethodProps {
  /** Id for the section's heading. */
  headingId: string;
}

function ReviewPaymentMethod({ headingId }: ReviewPaymentMethodProps) {
  const { t } = useUiMessages();
  const payment = usePaymentMethod();
  // A backend that does not say what is on file gets no section rather than a guess.
  if (!payment.known) return null;
  const updating = payment.updateStatus === 'updating';
  return (
    <section
      data-slot="review-purchase-modal-payment-method"
      className="tarif-rpm-section"
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="tarif-rpm-heading">
        {t('paymentMethod.label')}
      </h3>
      <div className="tarif-rpm-method">
        <p data-slot="review-purchase-modal-payment-method-text">{payment.text}</p>
        {payment.canUpdate && (
          <button
            type="button"
            data-slot="review-purchase-modal-update-payment-method"
            className="tarif-button tarif-button--secondary"
            aria-disabled={updating}
            aria-busy={updating}
            onClick={() => {
              if (!updating) void payment.update();
            }}
          >
            {t('paymentMethod.update')}
          </button>
        )}
      </div>
      {payment.expired && (
        <Notice dataSlot="review-purchase-modal-card-expired" tone="warning">
          <p>{payment.expiredText}</p>
        </Notice>
      )}
      {payment.updateErrorText && (
        <p data-slot="review-purchase-modal-update-failed" role="alert" className="tarif-muted">
          {payment.updateErrorText}
        </p>
      )}
    </section>
  );
}

export { ReviewPaymentMethod };
