import { forwardRef, useEffect, useId, useRef } from 'react';
import type { FormEvent, RefObject } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { changeRequestLimits, useChangeRequest } from '@tarif/react';
import type { ChangeRequestField, ChangeRequestReceipt } from '@tarif/react';
import { cx } from '../internal/cx.js';
import { DialogShell } from '../internal/dialog-shell.js';
import { DialogSuccess } from '../internal/dialog-success.js';
import type { DialogContentProps } from '../internal/dialog-shell.js';
import { Notice } from '../internal/notice.js';
import { useControllableState } from '../internal/use-controllable-state.js';
import { useUiMessages } from '../internal/use-ui-messages.js';
import type { UiMessageKey } from '../messages/en.js';

/* -------------------------------------------------------------------------------------------------
 * ChangeRequestDialog
 * -----------------------------------------------------------------------------------------------*/

const NAME = 'ChangeRequestDialog';

/** Open state (controlled or not), focus return and the sent callback, over the dialog's content attributes. */
export interface ChangeRequestDialogProps extends Omit<DialogContentProps, 'onSubmit'> {
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Where focus goes back on close; default: whatever had focus when the dialog opened. */
  returnFocusRef?: RefObject<HTMLElement | null>;
  /** Where focus goes when that element is gone, disabled or hidden by the time the dialog closes. */
  returnFocusFallback?: () => HTMLElement | null;
  /** Called once the backend has the request. */
  onSent?: (receipt: ChangeRequestReceipt) => void;
  /** Element to portal into; default `document.body`. */
  container?: HTMLElement | null;
}

const fields: readonly {
  field: ChangeRequestField;
  label: UiMessageKey;
  multiline?: true;
  type?: 'email';
  autoComplete?: string;
  /** The length limit is stated under the field (an address's is not worth the words). */
  statesLimit?: true;
}[] = [
  { field: 'subject', label: 'ui.changeRequest.subject', statesLimit: true },
  { field: 'message', label: 'ui.changeRequest.message', multiline: true, statesLimit: true },
  {
    field: 'contactEmail',
    label: 'ui.changeRequest.contactEmail',
    type: 'email',
    autoComplete: 'email',
  },
];

/**
 * "Get in touch": the form for what self-serve does not do (downgrades, removing an add-on,
 * leaving a bundle, switching product). The subject is prefilled from the draft's requested parts.
 */
const ChangeRequestDialog = forwardRef<HTMLDivElement, ChangeRequestDialogProps>(
  function ChangeRequestDialog(props, forwardedRef) {
    const {
      open: openProp,
      defaultOpen = false,
      onOpenChange,
      returnFocusRef,
      returnFocusFallback,
      onSent,
      container,
      className,
      ...contentProps
    } = props;
    const request = useChangeRequest();
    const { t } = useUiMessages();
    const [open, setOpenState] = useControllableState({
      prop: openProp,
      defaultProp: defaultOpen,
      onChange: onOpenChange,
    });
    const doneRef = useRef<HTMLButtonElement>(null);
    const inputs = useRef(new Map<ChangeRequestField, HTMLInputElement | HTMLTextAreaElement>());
    const id = useId();
    const sent = request.status === 'sent' && request.receipt !== null;

    useEffect(() => {
      if (!sent || !request.receipt) return;
      onSent?.(request.receipt);
      doneRef.current?.focus();
      // Once per send: a new `onSent` or receipt object from the host must not report it again.
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [sent]);

    const setOpen = (next: boolean) => {
      if (!next && request.sending) return;
      if (!next) request.reset();
      setOpenState(next);
    };

    const onSubmit = (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (request.sending) return;
      // Take the user to the first thing to fix; the messages are tied to each field.
      const firstInvalid = fields.find(({ field }) => request.errors[field] !== undefined);
      if (firstInvalid) inputs.current.get(firstInvalid.field)?.focus();
      void request.submit();
    };

    return (
      <DialogShell
        ref={forwardedRef}
        open={open}
        onOpenChange={setOpen}
        dataSlot="change-request-dialog"
        container={container}
        returnFocusRef={returnFocusRef}
        returnFocusFallback={returnFocusFallback}
        focusSelf
        busy={request.sending}
        className={cx('tarif-crd', className)}
        heading={sent ? t('ui.changeRequest.sent.title') : t('ui.changeRequest.title')}
        {...contentProps}
      >
        {sent && request.receipt ? (
          <>
            <DialogSuccess
              slot="change-request-dialog-sent"
              description={t('ui.changeRequest.sent.body', {
                email: request.values.contactEmail.trim(),
                id: request.receipt.id,
              })}
            />
            <div data-slot="change-request-dialog-footer" className="tarif-dialog-footer">
              <Dialog.Close ref={doneRef} className="tarif-button tarif-button--primary">
                {t('ui.review.success.done')}
              </Dialog.Close>
            </div>
          </>
        ) : (
          <form
            data-slot="change-request-dialog-form"
            className="tarif-dialog-body tarif-crd-form"
            noValidate
            onSubmit={onSubmit}
          >
            <Dialog.Description
              data-slot="change-request-dialog-description"
              className="tarif-muted"
            >
              {t('ui.changeRequest.description')}
            </Dialog.Description>
            <p data-slot="change-request-dialog-required" className="tarif-muted">
              {t('ui.changeRequest.allRequired')}
            </p>
            {fields.map(({ field, label, multiline, type, autoComplete, statesLimit }) => {
              const inputId = `${id}-${field}`;
              const errorId = `${inputId}-error`;
              const hintId = `${inputId}-hint`;
              const limitId = `${inputId}-limit`;
              // No maxLength: it would cut a pasted text silently. The limit is stated, and going
              // past it gets the hook's « Use at most … characters » like any other error.
              const {
                'aria-describedby': errorRef,
                maxLength: _maxLength,
                ...fieldProps
              } = request.getFieldProps(field, { errorId });
              const describedBy =
                [multiline ? hintId : null, errorRef, statesLimit ? limitId : null]
                  .filter(Boolean)
                  .join(' ') || undefined;
              const error = request.visibleErrors[field];
              const setRef = (element: HTMLInputElement | HTMLTextAreaElement | null) => {
                if (element) inputs.current.set(field, element);
                else inputs.current.delete(field);
              };
              return (
                <div
                  key={field}
                  data-slot="change-request-dialog-field"
                  className="tarif-crd-field"
                  data-invalid={error ? '' : undefined}
                >
                  <label htmlFor={inputId} className="tarif-crd-label">
                    {t(label)}
                  </label>
                  {multiline && (
                    <p id={hintId} className="tarif-crd-hint tarif-muted">
                      {t('ui.changeRequest.messageHint')}
                    </p>
                  )}
                  {multiline ? (
                    <textarea
                      ref={setRef}
                      id={inputId}
                      rows={4}
                      className="tarif-crd-input"
                      aria-describedby={describedBy}
                      {...fieldProps}
                    />
                  ) : (
                    <input
                      ref={setRef}
                      id={inputId}
                      type={type ?? 'text'}
                      autoComplete={autoComplete ?? 'off'}
                      className="tarif-crd-input"
                      aria-describedby={describedBy}
                      {...fieldProps}
                    />
                  )}
                  {statesLimit && (
                    <p id={limitId} className="tarif-crd-hint tarif-muted">
                      {t('ui.changeRequest.limit', { max: changeRequestLimits[field] })}
                    </p>
                  )}
                  {error && (
                    <p
                      id={errorId}
                      data-slot="change-request-dialog-error"
                      className="tarif-crd-error"
                    >
                      {error}
                    </p>
                  )}
                </div>
              );
            })}
            {request.status === 'failed' && (
              <Notice
                dataSlot="change-request-dialog-send-error"
                role="alert"
                tone="danger"
                title={t('ui.changeRequest.error')}
              >
                <p>{request.errorText}</p>
              </Notice>
            )}
            <div data-slot="change-request-dialog-footer" className="tarif-dialog-footer">
              <Dialog.Close
                className="tarif-button tarif-button--secondary"
                disabled={request.sending}
              >
                {t('ui.common.cancel')}
              </Dialog.Close>
              <button
                type="submit"
                data-slot="change-request-dialog-submit"
                className="tarif-button tarif-button--primary"
                aria-disabled={request.sending}
                aria-busy={request.sending}
              >
                {request.sending && <span className="tarif-spinner" aria-hidden="true" />}
                {request.sending ? t('ui.changeRequest.sending') : t('ui.changeRequest.submit')}
              </button>
            </div>
          </form>
        )}
      </DialogShell>
    );
  },
);
ChangeRequestDialog.displayName = NAME;

export { ChangeRequestDialog };
