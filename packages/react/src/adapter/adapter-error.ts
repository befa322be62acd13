import type { ServerPreview } from './adapter-types.js';

/** Every way an adapter call can fail. The wire uses the same strings in `error.code`. */
export const adapterErrorCodes = [
  'network',
  'timeout',
  'aborted',
  'unauthenticated',
  'forbidden',
  'invalid-request',
  'not-found',
  'preview-expired',
  'price-changed',
  'idempotency-key-reused',
  'payload-too-large',
  'internal',
] as const;

export type AdapterErrorCode = (typeof adapterErrorCodes)[number];

/** A field the server rejected, with a path like `selection.seats`. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

export interface AdapterErrorOptions {
  readonly status?: number;
  readonly fields?: readonly FieldError[];
  /** For 'price-changed': the fresh preview the user must review again. */
  readonly preview?: ServerPreview;
  readonly cause?: unknown;
}

/** The one error type adapters reject with, so hooks can branch on `code` instead of parsing messages. */
export class AdapterError extends Error {
  override readonly name = 'AdapterError';
  readonly code: AdapterErrorCode;
  readonly status: number | undefined;
  readonly fields: readonly FieldError[] | undefined;
  readonly preview: ServerPreview | undefined;

  constructor(code: AdapterErrorCode, message?: string, options: AdapterErrorOptions = {}) {
    super(message ?? code, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.fields = options.fields;
    this.preview = options.preview;
  }
}

export function isAdapterError(value: unknown): value is AdapterError {
  return value instanceof AdapterError;
}

export function isAdapterErrorCode(value: unknown): value is AdapterErrorCode {
  return typeof value === 'string' && (adapterErrorCodes as readonly string[]).includes(value);
}

/** Turns anything thrown by an adapter into an `AdapterError`, keeping the original as `cause`. */
export function toAdapterError(error: unknown, signal?: AbortSignal): AdapterError {
  if (error instanceof AdapterError) return error;
  if (signal?.aborted || (error instanceof Error && error.name === 'AbortError')) {
    return new AdapterError('aborted', 'The request was aborted.', { cause: error });
  }
  return new AdapterError('internal', error instanceof Error ? error.message : String(error), {
    cause: error,
  });
}
