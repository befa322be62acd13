import { wireErrorCodes } from '@tarif/core';
import type { FieldError, NextAction, WireErrorCode } from '@tarif/core';
import type { ServerPreview } from './adapter-types.js';

export type { FieldError };

/**
 * The ways a call fails on the client's side: before any answer (no network, too slow, cancelled),
 * or in the browser's bank step ('authentication-failed': the customer gave up or the bank
 * refused; the commit was dropped, nothing charged).
 */
export const clientErrorCodes = ['network', 'timeout', 'aborted', 'authentication-failed'] as const;

/** Every way an adapter call can fail: the client's own, and every code of the wire contract. */
export const adapterErrorCodes: readonly AdapterErrorCode[] = [
  ...clientErrorCodes,
  ...wireErrorCodes,
];

/** Every way an adapter call can fail. */
export type AdapterErrorCode = (typeof clientErrorCodes)[number] | WireErrorCode;

/** What an `AdapterError` carries besides its code. */
export interface AdapterErrorOptions {
  readonly status?: number;
  readonly fields?: readonly FieldError[];
  /** For 'price-changed': the fresh preview the user must review again. */
  readonly preview?: ServerPreview;
  /** For 'payment-requires-action': what the browser must do to finish the payment. */
  readonly nextAction?: NextAction;
  readonly cause?: unknown;
}

/** The one error type adapters reject with, so hooks can branch on `code` instead of parsing messages. */
export class AdapterError extends Error {
  override readonly name = 'AdapterError';
  readonly code: AdapterErrorCode;
  readonly status: number | undefined;
  readonly fields: readonly FieldError[] | undefined;
  readonly preview: ServerPreview | undefined;
  readonly nextAction: NextAction | undefined;

  constructor(code: AdapterErrorCode, message?: string, options: AdapterErrorOptions = {}) {
    super(message ?? code, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.fields = options.fields;
    this.preview = options.preview;
    this.nextAction = options.nextAction;
  }
}

/** True for an `AdapterError`. */
export function isAdapterError(value: unknown): value is AdapterError {
  return value instanceof AdapterError;
}

/** True for one of the codes an `AdapterError` can have. */
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
