// The error half of the wire contract (docs/openapi.yaml), in one place for both sides: the server
// answers with these codes and statuses, and the React adapters read them back.

/** Every error code the API answers with, and the HTTP status it is sent with. */
export const wireErrorStatus = {
  'invalid-request': 400,
  // The HTTP message itself is malformed (Host header, request target), before any route.
  'bad-request': 400,
  'preview-not-committable': 400,
  unauthenticated: 401,
  'payment-declined': 402,
  // Nothing was charged: the customer's bank asks them to authenticate the payment (3-D Secure).
  'payment-requires-action': 402,
  forbidden: 403,
  'not-found': 404,
  'method-not-allowed': 405,
  // Answered by the Node server when a client is slower than its request timeout.
  'request-timeout': 408,
  // Answered by the Node server to an `Expect` header other than 100-continue.
  'expectation-failed': 417,
  'price-changed': 409,
  'preview-already-used': 409,
  'preview-expired': 410,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'idempotency-key-reused': 422,
  'rate-limited': 429,
  // Answered by the Node server when the headers are over Node's `maxHeaderSize`.
  'headers-too-large': 431,
  internal: 500,
  // 503, not 409: a client that does not know the code must not read it as price-changed.
  'commit-in-progress': 503,
  // The payment provider did not answer (rate limited, down, timed out): the change is not confirmed,
  // and the same Idempotency-Key retried later charges at most once.
  'provider-unavailable': 503,
} as const satisfies Record<string, number>;

export type WireErrorCode = keyof typeof wireErrorStatus;

export const wireErrorCodes = Object.keys(wireErrorStatus) as readonly WireErrorCode[];

export function isWireErrorCode(value: unknown): value is WireErrorCode {
  return typeof value === 'string' && Object.hasOwn(wireErrorStatus, value);
}

/** A field the server rejected: where in the body (`selection.seats`, `addOns[1]`; '' for the body itself) and why. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

/**
 * What the customer's browser must do to finish a payment, sent with `payment-requires-action`
 * when the payment can be finished there (3-D Secure inside the review). Only the primary admin's
 * own commit answer carries it; the server never stores or logs the secret.
 */
export interface NextAction {
  readonly type: 'authenticate';
  /** The provider's secret for this one payment (Stripe: the PaymentIntent's client secret). */
  readonly clientSecret: string;
}

/**
 * The body of every error answer. Beside it, `price-changed` brings `preview`, and a
 * `payment-requires-action` the browser can finish brings `nextAction` (the commit then waits).
 */
export interface WireError {
  readonly error: {
    readonly code: WireErrorCode;
    readonly message: string;
    readonly fields?: readonly FieldError[];
  };
}

/** Longest values a change request accepts, in UTF-16 code units (as `String.length` counts). */
export const changeRequestLimits = { subject: 200, message: 5000, contactEmail: 254 } as const;

/** What an `Idempotency-Key` header must be: 8 to 200 visible ASCII characters. */
export const idempotencyKeyRule = { minLength: 8, maxLength: 200 } as const;

export function isIdempotencyKey(value: string): boolean {
  return (
    value.length >= idempotencyKeyRule.minLength &&
    value.length <= idempotencyKeyRule.maxLength &&
    /^[\x21-\x7e]+$/.test(value)
  );
}
