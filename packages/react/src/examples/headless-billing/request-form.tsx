import { useEffect, useId, useRef } from 'react';
import { useChangeRequest, useMessages, usePurchaseFlow } from '@tarif/react';
import type { ChangeRequestField } from '@tarif/react';

const fields: readonly { field: ChangeRequestField; label: string; multiline?: true }[] = [
  { field: 'subject', label: 'example.request.subject' },
  { field: 'message', label: 'example.request.message', multiline: true },
  { field: 'contactEmail', label: 'example.request.email' },
];

/** The change-request form, its subject written from what the draft asks sales for. */
export function RequestForm() {
  const request = useChangeRequest();
  const flow = usePurchaseFlow();
  const { t } = useMessages();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const sent = request.status === 'sent' ? request.receipt : null;
  useEffect(() => heading.current?.focus(), [sent]);

  return (
    <section aria-labelledby={id}>
      <h3 id={id} ref={heading} tabIndex={-1}>
        {t('example.request.title')}
      </h3>
      {sent ? (
        <>
          <output>{t('example.request.sent', { id: sent.id })}</output>
          <button type="button" onClick={flow.close}>
            {t('example.close')}
          </button>
        </>
      ) : (
        <form
          noValidate
          aria-labelledby={id}
          onSubmit={(event) => {
            event.preventDefault();
            void request.submit();
          }}
        >
          {fields.map(({ field, label, multiline }) => {
            const inputId = `${id}-${field}`;
            const errorId = `${inputId}-error`;
            const props = request.getFieldProps(field, { errorId });
            return (
              <p key={field}>
                <label htmlFor={inputId}>{t(label)}</label>{' '}
                {multiline ? (
                  <textarea id={inputId} {...props} />
                ) : (
                  <input
                    id={inputId}
                    type={field === 'contactEmail' ? 'email' : 'text'}
                    {...props}
                  />
                )}
                {request.visibleErrors[field] && (
                  <span id={errorId}> {request.visibleErrors[field]}</span>
                )}
              </p>
            );
          })}
          {request.error && <p role="alert">{request.errorText}</p>}
          <p>
            <button type="button" onClick={flow.close} disabled={request.sending}>
              {t('example.cancel')}
            </button>{' '}
            <button type="submit" aria-disabled={request.sending}>
              {t(request.sending ? 'example.request.sending' : 'example.request.send')}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
