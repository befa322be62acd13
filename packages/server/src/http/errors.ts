import { wireErrorStatus } from '@tarif/core';
import type { FieldError, WireErrorCode } from '@tarif/core';

// The codes, their statuses and FieldError are the wire contract's, defined once in @tarif/core.
export { wireErrorStatus as errorStatus };
export type ErrorCode = WireErrorCode;
export type { FieldError };

/** Thrown by route code and turned into the contract's error body by the handler. */
export class HttpError extends Error {
  readonly code: ErrorCode;
  readonly fields: readonly FieldError[] | undefined;
  /** Extra top-level members of the body, e.g. `preview` for price-changed. */
  readonly extra: Readonly<Record<string, unknown>> | undefined;
  readonly headers: Readonly<Record<string, string>> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: {
      fields?: readonly FieldError[];
      extra?: Record<string, unknown>;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(message);
    this.name = 'HttpError';
    this.code = code;
    this.fields = options.fields;
    this.extra = options.extra;
    this.headers = options.headers;
  }

  get status(): number {
    return wireErrorStatus[this.code];
  }
}

export function invalidRequest(fields: readonly FieldError[]): HttpError {
  return new HttpError('invalid-request', 'The request is not valid; see fields.', { fields });
}

/**
 * The answer to a payments port that said its provider is unavailable: 503, with `Retry-After`
 * when the provider said how long to wait. The commit is still pending, so the same key is safe.
 */
export function providerUnavailable(retryAfterSeconds: number | undefined): HttpError {
  return new HttpError(
    'provider-unavailable',
    'The payment provider is unavailable, so the change could not be confirmed. Retrying is safe: a commit retried with the same Idempotency-Key charges at most once.',
    retryAfterSeconds === undefined
      ? {}
      : { headers: { 'retry-after': String(retryAfterSeconds) } },
  );
}
