import { Fragment, useEffect, useId, useRef } from 'react';
import { useMessages, usePurchase, usePurchaseFlow, useReview } from '@tarif/react';

/** The review of the draft: the estimate, then the server's figures; confirm, and its success. */
export function ReviewPanel() {
  const review = useReview();
  const purchase = usePurchase();
  const flow = usePurchaseFlow();
  const { t, formatMoney, formatDate } = useMessages();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const result = purchase.status === 'succeeded' ? purchase.result : null;
  // A new panel (the review, then its success) says so by taking the focus.
  useEffect(() => heading.current?.focus(), [result]);

  if (result)
    return (
      <section aria-labelledby={id}>
        <h3 id={id} ref={heading} tabIndex={-1}>
          {t('example.done.title')}
        </h3>
        <p>
          <output>
            {result.mode === 'scheduled'
              ? t('example.done.scheduled', {
                  date: formatDate(result.scheduled?.effectiveAt ?? result.subscription.periodEnd),
                })
              : t('example.done.charged', { amount: formatMoney(result.charged) })}
          </output>
        </p>
        <button type="button" onClick={flow.close}>
          {t('example.close')}
        </button>
      </section>
    );

  const submitting = purchase.status === 'submitting';
  return (
    <section aria-labelledby={id} aria-busy={submitting}>
      <h3 id={id} ref={heading} tabIndex={-1}>
        {t('example.review.title')}
      </h3>
      <p>
        <output>
          {review.source === 'server'
            ? t('example.review.final')
            : review.source === 'estimate'
              ? t('example.review.estimate')
              : ''}
        </output>
      </p>
      {review.priceChanged && <p role="alert">{t('example.review.priceChanged')}</p>}
      {review.error && (
        <div role="alert">
          <p>
            {t('example.review.previewFailed')} {review.errorText}
          </p>
          <button type="button" onClick={review.retry}>
            {t('example.retry')}
          </button>
        </div>
      )}
      {purchase.status === 'failed' && !review.priceChanged && (
        <p role="alert">{purchase.failureText}</p>
      )}

      <h4>{t('example.review.changes')}</h4>
      <dl>
        {review.changes.map((change) => (
          <Fragment key={change.id}>
            <dt>{change.label}</dt>
            <dd>{change.value}</dd>
          </Fragment>
        ))}
      </dl>
      {review.needsSales && (
        <ul>
          {review.requestSummary.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {review.blocking.length > 0 && (
        <ul>
          {review.blocking.map((reason) => (
            <li key={reason.code}>{reason.message}</li>
          ))}
        </ul>
      )}
      {/* With the backend's tax: each tax of today's charge, then the amounts tax included. */}
      {review.mode === 'purchase' && review.tax && (
        <ul>
          {review.tax.today.taxes.map((tax) => (
            <li key={tax.id}>
              {tax.label}: {tax.amountText}
            </li>
          ))}
        </ul>
      )}
      {review.mode === 'purchase' && review.dueTodayText && (
        <p>
          {t('example.review.today', {
            amount: review.tax?.dueTodayText ?? review.dueTodayText,
          })}
        </p>
      )}
      {review.nextRenewal && !review.needsSales && (
        <p>
          {t('example.review.renewal', {
            date: review.nextRenewal.dateText,
            amount: review.tax?.renewal.grossText ?? review.nextRenewal.totalText,
          })}
        </p>
      )}

      {purchase.disabledText && !review.priceChanged && <p>{purchase.disabledText}</p>}
      <p>
        <button type="button" onClick={flow.close} disabled={submitting}>
          {t('example.cancel')}
        </button>{' '}
        {review.nextStep === 'request' ? (
          <button type="button" onClick={flow.requestChange}>
            {t('example.askSales')}
          </button>
        ) : review.nextStep === 'acknowledge' ? (
          <button type="button" onClick={review.acknowledgePriceChange}>
            {t('example.review.acknowledge')}
          </button>
        ) : (
          <button {...purchase.getConfirmButtonProps()}>
            {t(submitting ? 'example.confirming' : 'example.confirm')}
          </button>
        )}
      </p>
    </section>
  );
}
