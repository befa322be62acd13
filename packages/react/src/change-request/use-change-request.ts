import { useRef, useState } from 'react';
import { changeRequestLimits, isContactEmail } from '@tarif/core';
import type { ChangeEvent } from 'react';
import { toAdapterError } from '../adapter/adapter-error.js';
import type { AdapterError } from '../adapter/adapter-error.js';
import type { ChangeRequestReceipt } from '../adapter/adapter-types.js';
import { useBillingStore } from '../provider/billing-context.js';
import { selectAccount, selectContactsBeyond, selectDraft } from '../provider/selectors.js';
import { useStoreSelector } from '../provider/use-store-selector.js';
import { useMessages } from '../i18n/use-messages.js';
import { describeRequest } from '../flow/describe-change.js';
import { requestSubject } from './request-subject.js';
import { errorMessageKey } from '../i18n/error-message-key.js';

/** The change-request form's fields. */
export type ChangeRequestField = 'subject' | 'message' | 'contactEmail';
/** What each field holds (the subject follows the draft until the user types one). */
export type ChangeRequestValues = { readonly [F in ChangeRequestField]: string };
/** A message per invalid field, from the catalogs. */
export type ChangeRequestErrors = { readonly [F in ChangeRequestField]?: string };
/** Where the request stands: not sent, in flight, sent (with a receipt), or failed. */
export type ChangeRequestStatus = 'idle' | 'sending' | 'sent' | 'failed';

// The wire contract's limits, re-exported for hosts building their own form.
export { changeRequestLimits };

/** Props for a field's `<input>` or `<textarea>`: value, limits, validity and handlers. */
export interface ChangeRequestFieldProps {
  readonly name: ChangeRequestField;
  readonly value: string;
  readonly required: true;
  readonly maxLength: number;
  readonly 'aria-invalid': boolean;
  readonly 'aria-describedby'?: string;
  readonly onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  readonly onBlur: () => void;
}

/** The change-request form: values, validation, sending once, and prop getters. */
export interface ChangeRequest {
  readonly values: ChangeRequestValues;
  /** Messages for every invalid field (shown once touched or after a submit attempt: see `visibleErrors`). */
  readonly errors: ChangeRequestErrors;
  readonly visibleErrors: ChangeRequestErrors;
  readonly isValid: boolean;
  readonly status: ChangeRequestStatus;
  readonly sending: boolean;
  readonly receipt: ChangeRequestReceipt | null;
  readonly error: AdapterError | null;
  readonly errorText: string | null;
  readonly setValue: (field: ChangeRequestField, value: string) => void;
  /** Sends when valid; otherwise shows every field's error. */
  readonly submit: () => Promise<void>;
  readonly reset: () => void;
  /** `errorId` is the id of the element showing this field's error. */
  readonly getFieldProps: (
    field: ChangeRequestField,
    options?: { errorId?: string },
  ) => ChangeRequestFieldProps;
}

/** The change-request form, prefilled from what the draft needs sales for. */
export function useChangeRequest(): ChangeRequest {
  const store = useBillingStore('useChangeRequest');
  // The estimate behind the subject follows the account and the draft, both selected here.
  const { catalog } = useStoreSelector(store, selectAccount);
  const draft = useStoreSelector(store, selectDraft);
  const beyond = useStoreSelector(store, selectContactsBeyond);
  const { t } = useMessages();

  const prefillSubject = () => {
    if (!catalog || !draft) return '';
    const estimate = store.getEstimate(store.getState()).preview;
    const parts = describeRequest(catalog, draft, estimate, beyond, t);
    return requestSubject(parts, changeRequestLimits.subject, t);
  };

  const [edited, setEdited] = useState<Partial<Record<ChangeRequestField, string>>>({});
  const [touched, setTouched] = useState<Partial<Record<ChangeRequestField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [status, setStatus] = useState<ChangeRequestStatus>('idle');
  const [receipt, setReceipt] = useState<ChangeRequestReceipt | null>(null);
  const [error, setError] = useState<AdapterError | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);

  const values: ChangeRequestValues = {
    // Until the user types a subject, it follows the draft.
    subject: edited.subject ?? prefillSubject(),
    message: edited.message ?? '',
    contactEmail: edited.contactEmail ?? '',
  };
  const errors = validate(values, t);
  const isValid = Object.keys(errors).length === 0;
  const visibleErrors: ChangeRequestErrors = Object.fromEntries(
    Object.entries(errors).filter(([field]) => submitted || touched[field as ChangeRequestField]),
  );

  const submit = (): Promise<void> => {
    if (inFlight.current) return inFlight.current;
    setSubmitted(true);
    if (!isValid) return Promise.resolve();
    setStatus('sending');
    setError(null);
    const selection = draft ?? undefined;
    const run = store.config.adapter
      .requestChange({
        subject: values.subject.trim(),
        message: values.message.trim(),
        contactEmail: values.contactEmail.trim(),
        ...(selection ? { selection } : {}),
      })
      .then(
        (answer) => {
          setReceipt(answer);
          setStatus('sent');
        },
        (raw: unknown) => {
          setError(toAdapterError(raw));
          setStatus('failed');
        },
      )
      .finally(() => {
        inFlight.current = null;
      });
    inFlight.current = run;
    return run;
  };

  return {
    values,
    errors,
    visibleErrors,
    isValid,
    status,
    sending: status === 'sending',
    receipt,
    error,
    errorText: error ? t(errorMessageKey(error.code)) : null,
    setValue: (field, value) => setEdited((previous) => ({ ...previous, [field]: value })),
    submit,
    reset: () => {
      setEdited({});
      setTouched({});
      setSubmitted(false);
      setStatus('idle');
      setReceipt(null);
      setError(null);
    },
    getFieldProps: (field, options = {}) => {
      const invalid = visibleErrors[field] !== undefined;
      return {
        name: field,
        value: values[field],
        required: true,
        maxLength: changeRequestLimits[field],
        'aria-invalid': invalid,
        ...(invalid && options.errorId !== undefined
          ? { 'aria-describedby': options.errorId }
          : {}),
        onChange: (event) => {
          const value = event.currentTarget.value;
          setEdited((previous) => ({ ...previous, [field]: value }));
        },
        onBlur: () => setTouched((previous) => ({ ...previous, [field]: true })),
      };
    },
  };
}

function validate(
  values: ChangeRequestValues,
  t: (key: string, params?: Record<string, string | number>) => string,
): ChangeRequestErrors {
  const errors: { [F in ChangeRequestField]?: string } = {};
  for (const field of ['subject', 'message', 'contactEmail'] as const) {
    const value = values[field].trim();
    if (value === '') errors[field] = t(`changeRequest.${field}.required`);
    else if (value.length > changeRequestLimits[field])
      errors[field] = t('changeRequest.tooLong', { max: changeRequestLimits[field] });
  }
  if (!errors.contactEmail && !isContactEmail(values.contactEmail.trim()))
    errors.contactEmail = t('changeRequest.contactEmail.invalid');
  return errors;
}
