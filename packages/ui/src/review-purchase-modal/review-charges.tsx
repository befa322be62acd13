import type { Review } from '@tarif/react';
import { AmountRow } from '../internal/amount-row.js';
import { PriceText } from '../internal/price-text.js';
import { useUiMessages } from '../internal/use-ui-messages.js';
import { ReviewTaxRows } from './review-tax-rows.js';

/* -------------------------------------------------------------------------------------------------
 * ReviewCharges: the new recurring price, then today's charge or « nothing today »
 * -----------------------------------------------------------------------------------------------*/

export interface ReviewChargesProps {
  review: Review;
  /** Prefix of the sections' heading ids. */
  headingId: string;
}

function ReviewCharges({ review, headingId }: ReviewChargesProps) {
  const { t } = useUiMessages();
  const { preview, nextRenewal, tax } = review;
  const yearly = (preview?.target?.interval ?? preview?.current.interval) === 'year';
  // Estimated figures are marked (dimmed) until the server's price replaces them.
  const estimate = review.source === 'estimate' || undefined;
  return (
    <>
      <section
        data-slot="review-purchase-modal-recurring"
        className="tarif-rpm-section"
        aria-labelledby={`${headingId}-recurring`}
      >
        <h3 id={`${headingId}-recurring`} className="tarif-rpm-heading">
          {t(yearly ? 'ui.review.recurring.year' : 'ui.review.recurring.month')}
        </h3>
        <dl className="tarif-rpm-list" data-estimate={estimate}>
          {review.recurringLines.map((line) => (
            <AmountRow
              key={line.id}
              dataSlot="review-purchase-modal-line"
              data-code={line.code}
              label={line.label}
            >
              {line.amountText}
            </AmountRow>
          ))}
          {tax && <ReviewTaxRows totals={tax.renewal} part="renewal" />}
          {nextRenewal && (
            <AmountRow
              dataSlot="review-purchase-modal-renewal"
              className="tarif-rpm-row--total"
              label={t('ui.review.nextRenewal', { date: nextRenewal.dateText })}
            >
              <PriceText
                amount={tax ? tax.renewal.grossText : nextRenewal.totalText}
                interval={yearly ? 'year' : 'month'}
                taxMode={tax?.grossMention}
              />
            </AmountRow>
          )}
        </dl>
      </section>

      {review.mode === 'scheduled' ? (
        <p data-slot="review-purchase-modal-scheduled" className="tarif-note tarif-note--info">
          {t('ui.review.scheduled', { date: nextRenewal?.dateText ?? '' })}
        </p>
      ) : (
        <section
          data-slot="review-purchase-modal-today"
          className="tarif-rpm-section"
          aria-labelledby={`${headingId}-today`}
        >
          <h3 id={`${headingId}-today`} className="tarif-rpm-heading">
            {t('ui.review.today')}
          </h3>
          <dl className="tarif-rpm-list" data-estimate={estimate}>
            {review.lines.map((line) => (
              <AmountRow
                key={line.id}
                dataSlot="review-purchase-modal-line"
                data-code={line.code}
                label={line.label}
              >
                {line.amountText}
              </AmountRow>
            ))}
            {tax && <ReviewTaxRows totals={tax.today} part="today" />}
            {tax
              ? tax.balanceCredit.amount > 0 && (
                  <AmountRow
                    dataSlot="review-purchase-modal-balance-credit"
                    label={t('ui.review.balanceCredit')}
                  >
                    {tax.balanceCreditText}
                  </AmountRow>
                )
              : review.balanceCredit &&
                review.balanceCredit.amount > 0 && (
                  <AmountRow
                    dataSlot="review-purchase-modal-balance-credit"
                    label={t('ui.review.balanceCredit')}
                  >
                    {review.balanceCreditText}
                  </AmountRow>
                )}
            <AmountRow
              dataSlot="review-purchase-modal-due-today"
              className="tarif-rpm-row--due"
              label={t('ui.review.dueToday')}
            >
              {tax ? (
                <PriceText amount={tax.dueTodayText} taxMode={tax.grossMention} />
              ) : (
                review.dueTodayText
              )}
            </AmountRow>
          </dl>
          <p className="tarif-rpm-footnote tarif-muted">{t('ui.review.prorated')}</p>
        </section>
      )}
    </>
  );
}

export { ReviewCharges };
