import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import { useBillingAccount, useScheduledChange } from '@tarif/react';
import { Notice } from '../internal/notice.js';
import { useUiMessages } from '../internal/use-ui-messages.js';

/* -------------------------------------------------------------------------------------------------
 * ScheduledChangeNotice: the change waiting for the renewal, and cancelling it in place
 * -----------------------------------------------------------------------------------------------*/

export interface ScheduledChangeNoticeProps {
  /** Id of the element saying why a read-only viewer cannot cancel (the page's notice). */
  readOnlyId?: string | undefined;
  /** Takes the focus once the change is cancelled and the notice, with its buttons, is gone. */
  afterCancelRef: RefObject<HTMLElement | null>;
}

/**
 * « A change is scheduled for your renewal on … » with « Cancel this change ». The cancel asks
 * first, inline (a fieldset whose legend is the question, focus on « Keep the change »); Escape
 * keeps the change.
 * While the call runs the confirm button stays focused, aria-busy and aria-disabled; a failure
 * shows an alert and turns the button into « Try again »; success is said in a polite status.
 */
function ScheduledChangeNotice({ readOnlyId, afterCancelRef }: ScheduledChangeNoticeProps) {
  const change = useScheduledChange();
  const { subscription } = useBillingAccount();
  const { t, formatDate } = useUiMessages();
  const [confirming, setConfirming] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  // Where focus goes after the next render: the buttons it targets exist only then.
  const focusNext = useRef<RefObject<HTMLElement | null> | null>(null);
  const previousStatus = useRef(change.status);

  const { scheduled, status } = change;
  const cancelling = status === 'cancelling';
  const failed = status === 'failed';
  // A change scheduled since the last cancel: that cancel's confirmation no longer holds.
  const [shown, setShown] = useState(scheduled);
  if (shown !== scheduled) {
    setShown(scheduled);
    if (scheduled) setCancelled(false);
  }

  useEffect(() => {
    const was = previousStatus.current;
    previousStatus.current = status;
    // Done: the notice and its buttons go; say so, and give the focus a place to land.
    if (was === 'cancelling' && status === 'idle') {
      setConfirming(false);
      setCancelled(true);
      focusNext.current = afterCancelRef;
    }
  }, [status, afterCancelRef]);
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    target?.current?.focus();
  });

  const ask = () => {
    focusNext.current = keepRef;
    setConfirming(true);
  };
  const keep = () => {
    if (cancelling) return;
    change.reset();
    focusNext.current = openRef;
    setConfirming(false);
  };
  // Escape on either button keeps the change, as it would close a dialog.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    keep();
  };
  const readOnly = change.disabledReason === 'read-only';

  return (
    <>
      {scheduled && (
        <div
          data-slot="billing-page-summary-scheduled"
          data-state={confirming ? status : undefined}
          className="tarif-note tarif-note--info tarif-bp-scheduled"
        >
          <p>{t('ui.billing.summary.scheduled', { date: change.effectiveDateText ?? '' })}</p>
          {confirming ? (
            <fieldset
              data-slot="billing-page-summary-scheduled-confirm"
              className="tarif-bp-scheduled-confirm"
            >
              <legend className="tarif-bp-scheduled-question">
                {t('ui.billing.scheduled.question', { date: change.effectiveDateText ?? '' })}
              </legend>
              {failed && (
                <Notice
                  role="alert"
                  dataSlot="billing-page-summary-scheduled-error"
                  tone="danger"
                  title={t('ui.billing.scheduled.error')}
                >
                  <p>{change.failureText}</p>
                </Notice>
              )}
              <div className="tarif-bp-actions">
                <button
                  ref={keepRef}
                  type="button"
                  data-slot="billing-page-summary-scheduled-keep"
                  className="tarif-button tarif-button--secondary"
                  aria-disabled={cancelling}
                  onClick={keep}
                  onKeyDown={onKeyDown}
                >
                  {t('ui.billing.scheduled.keep')}
                </button>
                {/* aria-disabled, not disabled: the focused button keeps the focus while the call runs. */}
                <button
                  type="button"
                  data-slot="billing-page-summary-scheduled-confirm-button"
                  className="tarif-button tarif-button--primary"
                  aria-disabled={cancelling}
                  aria-busy={cancelling}
                  onKeyDown={onKeyDown}
                  onClick={() => {
                    if (!cancelling) void change.cancel();
                  }}
                >
                  {cancelling && <span className="tarif-spinner" aria-hidden="true" />}
                  {t(
                    cancelling
                      ? 'ui.billing.scheduled.cancelling'
                      : failed
                        ? 'ui.common.retry'
                        : 'ui.billing.scheduled.confirm',
                  )}
                </button>
              </div>
            </fieldset>
          ) : (
            <button
              ref={openRef}
              type="button"
              data-slot="billing-page-summary-scheduled-cancel"
              className="tarif-button tarif-button--secondary"
              disabled={readOnly}
              aria-describedby={readOnly ? readOnlyId : undefined}
              onClick={ask}
            >
              {t('ui.billing.scheduled.cancel')}
            </button>
          )}
        </div>
      )}
      {/* Always mounted, so the sentence is announced when it appears. */}
      <output
        data-slot="billing-page-summary-cancelled"
        className={cancelled ? 'tarif-note tarif-note--success' : 'tarif-sr-only'}
      >
        {cancelled && subscription
          ? t('ui.billing.scheduled.cancelled', { date: formatDate(subscription.periodEnd) })
          : null}
      </output>
    </>
  );
}

export { ScheduledChangeNotice };
