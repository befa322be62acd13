/** Error codes of the wire contract (docs/server.md), with the status each one is sent with. */
export const errorStatus = {
  'invalid-request': 400,
  // The HTTP message itself is malformed (Host header, request target), before any route.
  'bad-request': 400,
  'preview-not-committable': 400,
  unauthenticated: 401,
  'payment-declined': 402,
  forbidden: 403,
  'not-found': 404,
  'method-not-allowed': 405,
  // Answered by createNodeServer when a client is slower than `requestTimeout`.
  'request-timeout': 408,
  'price-changed': 409,
  'preview-already-used': 409,
  'preview-expired': 410,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'idempotency-key-reused': 422,
  'rate-limited': 429,
  // Answered by createNodeServer when the headers are over Node's `maxHeaderSize` (16 KiB).
  'headers-too-large': 431,
  internal: 500,
  // 503, not 409: a client that does not know the code must not read it as price-changed.
  'commit-in-progress': 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof errorStatus;

export interface FieldError {
  /** Where in the body (`selection.seats`, `addOns[1]`); '' for the body itself. */
  readonly path: string;
  readonly message: string;
}

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
    return errorStatus[this.code];
  }
}

export function invalidRequest(fields: readonly FieldError[]): HttpError {
  return new HttpError('invalid-request', 'The request is not valid; see fields.', { fields });
}
