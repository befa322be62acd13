import { forwardRef, useEffect, useId, useRef } from 'react';
import type { RefObject } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { usePurchase, useReview } from '@tarif/react';
import type { ChangeDescription, CommitResult, Review } from '@tarif/react';
import { cx } from '../internal/cx.js';
import { DialogShell, DialogSuccess } from '../internal/dialog-shell.js';
import type { DialogContentProps } from '../internal/dialog-shell.js';
import { useUiMessages } from '../internal/use-ui-messages.js';
import type { UiMessages } from '../internal/use-ui-messages.js';

/* -------------------------------------------------------------------------------------------------
 * ReviewPurchaseModal
 * -----------------------------------------------------------------------------------------------*/

const NAME = 'ReviewPurchaseModal';

export interface ReviewPurchaseModalProps extends DialogContentProps {
  /**
   * Called when the user closes the modal (×, Escape, Cancel, Done); the provider's review is
   * closed either way. The modal shows while the review is open: open it with `useReview().open()`.
   */
  onOpenChange?: (open: boolean) => void;
  /** Where focus goes back on close; default: whatever had focus when the modal opened. */
  returnFocusRef?: RefObject<HTMLElement | null>;
  /** Called when the change needs sales (request or blocked mode); without it the modal only explains. */
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
      onRequestChange,
      onPurchaseComplete,
      container,
      className,
      ...contentProps
    } = props;
    const review = useReview();
    const purchase = usePurchase();
    const messages = useUiMessages();
    const { t } = messages;
    const doneRef = useRef<HTMLButtonElement>(null);
    const id = useId();
    const statusId = `${id}-status`;

    const submitting = purchase.status === 'submitting';
    const succeeded = purchase.status === 'succeeded' && purchase.result !== null;

    // Report each commit once, and give the success state the focus the confirm button had.
    const reported = useRef<CommitResult | null>(null);
    useEffect(() => {
      if (!succeeded || !purchase.result || reported.current === purchase.result) return;
      reported.current = purchase.result;
      onPurchaseComplete?.(purchase.result);
      doneRef.current?.focus();
    }, [succeeded, purchase.result, onPurchaseComplete]);

    // The flow refuses to close while the commit runs; the dialog asks it only to close.
    const setOpen = (next: boolean) => {
      if (next || submitting) return;
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
        // Focus on the dialog itself: the title is read first, and Enter does not hit a button
        // the user has not seen yet.
        focusSelf
        busy={submitting}
        data-state-detail={succeeded ? 'succeeded' : purchase.status}
        className={cx('tarif-rpm', className)}
        heading={
          succeeded
            ? t(
                purchase.result?.mode === 'scheduled'
                  ? 'ui.review.success.scheduledTitle'
                  : 'ui.review.success.title',
              )
            : t('ui.review.title')
        }
        badge={
          !succeeded &&
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
        {!succeeded && review.priceChanged && (
          <div
            data-slot="review-purchase-modal-price-changed"
            role="alert"
            className="tarif-note tarif-note--warning tarif-rpm-alert"
          >
            <div>
              <p className="tarif-rpm-alert-title">{t('ui.review.priceChanged.title')}</p>
              <p>{t('ui.review.priceChanged.body')}</p>
            </div>
          </div>
        )}
        {!succeeded && review.error && (
          <div
            data-slot="review-purchase-modal-preview-error"
            role="alert"
            className="tarif-note tarif-note--danger tarif-rpm-alert"
          >
            <div>
              <p className="tarif-rpm-alert-title">{t('ui.review.previewError')}</p>
              <p>{review.errorText}</p>
            </div>
            <button
              type="button"
              className="tarif-button tarif-button--secondary"
              onClick={review.retry}
            >
              {t('ui.common.retry')}
            </button>
          </div>
        )}
        {purchase.status === 'failed' &&
          !review.priceChanged &&
          purchase.failureReason !== 'price-changed' && (
            <div
              data-slot="review-purchase-modal-purchase-error"
              role="alert"
              className="tarif-note tarif-note--danger tarif-rpm-alert"
            >
              <div>
                <p className="tarif-rpm-alert-title">{purchase.failureText}</p>
                {purchase.failureReason !== 'forbidden' && <p>{t('ui.review.purchaseError')}</p>}
              </div>
            </div>
          )}

        {succeeded && purchase.result ? (
          <SuccessBody result={purchase.result} messages={messages} statusId={statusId} />
        ) : (
          <ReviewBody review={review} messages={messages} statusId={statusId} />
        )}

        <footer data-slot="review-purchase-modal-footer" className="tarif-dialog-footer">
          {succeeded ? (
            <Dialog.Close ref={doneRef} className="tarif-button tarif-button--primary">
              {t('ui.review.success.done')}
            </Dialog.Close>
          ) : (
            <>
              {!purchase.canConfirm &&
                !submitting &&
                purchase.disabledText &&
                !review.priceChanged &&
                purchase.disabledReason !== 'request' &&
                purchase.disabledReason !== 'blocked' && (
                  <p
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
                onRequestChange={onRequestChange}
                messages={messages}
              />
            </>
          )}
        </footer>
      </DialogShell>
    );
  },
);
ReviewPurchaseModal.displayName = NAME;

/* -------------------------------------------------------------------------------------------------
 * PrimaryAction: confirm, acknowledge a new price, or ask sales
 * -----------------------------------------------------------------------------------------------*/

function PrimaryAction({
  review,
  onRequestChange,
  messages,
}: {
  review: Review;
  onRequestChange: (() => void) | undefined;
  messages: UiMessages;
}) {
  const purchase = usePurchase();
  const { t } = messages;
  if (review.nextStep === 'request' && onRequestChange) {
    return (
      <button
        type="button"
        data-slot="review-purchase-modal-request"
        className="tarif-button tarif-button--primary"
        onClick={onRequestChange}
      >
        {t('ui.review.request.action')}
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
  const buttonProps = purchase.getConfirmButtonProps();
  return (
    // aria-disabled, not disabled: the focused button must keep focus while the commit runs.
    <button
      {...buttonProps}
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
      {submitting
        ? t('ui.review.confirming')
        : t(review.mode === 'scheduled' ? 'ui.review.confirmScheduled' : 'ui.review.confirm')}
    </button>
  );
}

/* -------------------------------------------------------------------------------------------------
 * ReviewBody: changes, new recurring price, today's charge
 * -----------------------------------------------------------------------------------------------*/

function ReviewBody({
  review,
  messages,
  statusId,
}: {
  review: Review;
  messages: UiMessages;
  statusId: string;
}) {
  const { t, formatMoney } = messages;
  const preview = review.preview;
  const interval = preview?.target?.interval ?? preview?.current.interval ?? 'month';
  const estimate = review.source === 'estimate';

  return (
    <div
      data-slot="review-purchase-modal-body"
      className="tarif-dialog-body"
      data-source={review.source ?? undefined}
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
        {review.mode === 'none'
          ? ''
          : estimate
            ? t('ui.review.status.estimate')
            : review.source === 'server'
              ? t('ui.review.status.final')
              : ''}
      </output>

      {review.changes.length > 0 && (
        <section
          data-slot="review-purchase-modal-changes"
          className="tarif-rpm-section"
          aria-labelledby={`${statusId}-changes`}
        >
          <h3 id={`${statusId}-changes`} className="tarif-rpm-heading">
            {t('ui.review.changes')}
          </h3>
          <dl className="tarif-rpm-list">
            {review.changes.map((change) => (
              <ChangeRow key={change.id} change={change} messages={messages} />
            ))}
          </dl>
        </section>
      )}

      {(review.mode === 'request' || review.mode === 'blocked') && (
        <div
          data-slot="review-purchase-modal-needs-request"
          className="tarif-note tarif-note--info tarif-rpm-alert"
        >
          <div>
            <p className="tarif-rpm-alert-title">
              {t(review.mode === 'request' ? 'ui.review.request.title' : 'ui.review.blocked.title')}
            </p>
            <ul className="tarif-rpm-reasons">
              {review.requestSummary.map((line) => (
                <li key={line}>{line}</li>
              ))}
              {review.blocking.map((reason) => (
                <li key={reason.code}>{reason.message}</li>
              ))}
            </ul>
            {review.mode === 'request' && <p>{t('ui.review.request.body')}</p>}
          </div>
        </div>
      )}

      {review.featuresLost.length > 0 && (
        <div
          data-slot="review-purchase-modal-features-lost"
          className="tarif-note tarif-note--warning"
        >
          <div>
            <p>{t('ui.plans.featuresLost')}</p>
            <ul className="tarif-rpm-reasons">
              {review.featuresLost.map((feature) => (
                <li key={feature.id}>{feature.name}</li>
              ))}
            </ul>
          </div>
        </div>
      )}

      {preview && (review.mode === 'purchase' || review.mode === 'scheduled') && (
        <>
          <section
            data-slot="review-purchase-modal-recurring"
            className="tarif-rpm-section"
            aria-labelledby={`${statusId}-recurring`}
          >
            <h3 id={`${statusId}-recurring`} className="tarif-rpm-heading">
              {t(interval === 'year' ? 'ui.review.recurring.year' : 'ui.review.recurring.month')}
            </h3>
            <dl className="tarif-rpm-list" data-estimate={estimate || undefined}>
              {review.recurringLines.map((line) => (
                <div
                  key={line.id}
                  className="tarif-rpm-row"
                  data-slot="review-purchase-modal-line"
                  data-code={line.code}
                >
                  <dt>{line.label}</dt>
                  <dd className="tarif-amount">{line.amountText}</dd>
                </div>
              ))}
              {review.nextRenewal && (
                <div
                  className="tarif-rpm-row tarif-rpm-row--total"
                  data-slot="review-purchase-modal-renewal"
                >
                  <dt>{t('ui.review.nextRenewal', { date: review.nextRenewal.dateText })}</dt>
                  <dd className="tarif-amount">
                    {review.nextRenewal.totalText}{' '}
                    <span className="tarif-muted">
                      {t(interval === 'year' ? 'ui.common.per.year' : 'ui.common.per.month')}
                    </span>
                  </dd>
                </div>
              )}
            </dl>
          </section>

          {review.mode === 'scheduled' ? (
            <p data-slot="review-purchase-modal-scheduled" className="tarif-note tarif-note--info">
              {t('ui.review.scheduled', { date: review.nextRenewal?.dateText ?? '' })}
            </p>
          ) : (
            <section
              data-slot="review-purchase-modal-today"
              className="tarif-rpm-section"
              aria-labelledby={`${statusId}-today`}
            >
              <h3 id={`${statusId}-today`} className="tarif-rpm-heading">
                {t('ui.review.today')}
              </h3>
              <dl className="tarif-rpm-list" data-estimate={estimate || undefined}>
                {review.lines.map((line) => (
                  <div
                    key={line.id}
                    className="tarif-rpm-row"
                    data-slot="review-purchase-modal-line"
                    data-code={line.code}
                  >
                    <dt>{line.label}</dt>
                    <dd className="tarif-amount">{line.amountText}</dd>
                  </div>
                ))}
                {review.balanceCredit && review.balanceCredit.amount > 0 && (
                  <div className="tarif-rpm-row" data-slot="review-purchase-modal-balance-credit">
                    <dt>{t('ui.review.balanceCredit')}</dt>
                    <dd className="tarif-amount">{review.balanceCreditText}</dd>
                  </div>
                )}
                <div
                  className="tarif-rpm-row tarif-rpm-row--due"
                  data-slot="review-purchase-modal-due-today"
                >
                  <dt>{t('ui.review.dueToday')}</dt>
                  <dd className="tarif-amount">
                    {review.dueTodayText ??
                      formatMoney({ amount: 0, currency: preview.dueToday.currency })}
                  </dd>
                </div>
              </dl>
              <p className="tarif-rpm-footnote tarif-muted">{t('ui.review.prorated')}</p>
            </section>
          )}
        </>
      )}
    </div>
  );
}

/* -------------------------------------------------------------------------------------------------
 * ChangeRow: one dimension of the change, in words
 * -----------------------------------------------------------------------------------------------*/

function ChangeRow({ change, messages }: { change: ChangeDescription; messages: UiMessages }) {
  return (
    <div
      className="tarif-rpm-row"
      data-slot="review-purchase-modal-change"
      data-dimension={change.dimension}
    >
      <dt>{change.label}</dt>
      <dd className="tarif-amount">
        {change.value}
        {change.effect === 'renewal' && (
          <span className="tarif-badge tarif-rpm-when">
            {messages.t('ui.review.change.atRenewal')}
          </span>
        )}
      </dd>
    </div>
  );
}

/* -------------------------------------------------------------------------------------------------
 * SuccessBody
 * -----------------------------------------------------------------------------------------------*/

function SuccessBody({
  result,
  messages,
  statusId,
}: {
  result: CommitResult;
  messages: UiMessages;
  statusId: string;
}) {
  const { t, formatMoney, formatDate } = messages;
  const scheduledAt = result.scheduled?.effectiveAt ?? result.subscription.periodEnd;
  return (
    <DialogSuccess
      slot="review-purchase-modal-success"
      id={statusId}
      description={
        result.mode === 'scheduled'
          ? t('ui.review.success.scheduled', { date: formatDate(scheduledAt) })
          : t('ui.review.success.charged', { amount: formatMoney(result.charged) })
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

export { ReviewPurchaseModal };
