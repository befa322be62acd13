import { AdapterError, isAdapterErrorCode } from './adapter-error.js';
import type { AdapterErrorCode, FieldError } from './adapter-error.js';
import type {
  AbandonCommitResult,
  AccountSnapshot,
  BillingAdapter,
  BrowserPayments,
  CancelScheduledResult,
  ChangeRequestReceipt,
  CommitResult,
  NextAction,
  ServerPreview,
} from './adapter-types.js';

/** Headers for every request, or a function giving them (called before each request). */
export type HeadersInput =
  Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);

/** Where the billing API is, and how to reach it. */
export interface HttpAdapterOptions {
  /** Base URL of the billing API, e.g. 'https://api.example.com/billing'. */
  readonly baseUrl: string;
  /** Defaults to the global fetch; pass one for tests or for runtimes without it. */
  readonly fetch?: typeof fetch;
  /** Extra headers, or a function called before each request (fresh bearer tokens). */
  readonly headers?: HeadersInput;
  /** Abort a call that takes longer than this. Default 15 000 ms. */
  readonly timeoutMs?: number;
  /**
   * The payment provider's code in the browser (`createStripeBrowserPayments` from
   * `@tarif/stripe/browser`), to finish 3-D Secure inside the review. Without it the adapter has
   * no `handleNextAction`, and such a payment ends with a message.
   */
  readonly browserPayments?: BrowserPayments;
}

/** An adapter for backends that speak the wire contract of docs/openapi.yaml (such as @tarif/server). */
export function createHttpAdapter(options: HttpAdapterOptions): BillingAdapter {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;

  async function call<T>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    body: unknown,
    signal: AbortSignal | undefined,
    extra: Record<string, string> = {},
  ): Promise<T> {
    const doFetch = options.fetch ?? globalThis.fetch;
    const hostHeaders =
      typeof options.headers === 'function' ? await options.headers() : (options.headers ?? {});
    const headers: Record<string, string> = {
      Accept: 'application/json',
      ...hostHeaders,
      ...extra,
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';

    // One controller for both the caller's signal and our timeout, so we can tell them apart.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort();
    if (signal?.aborted) controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });

    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers,
        signal: controller.signal,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (cause) {
      if (timedOut)
        throw new AdapterError('timeout', `No answer within ${timeoutMs} ms.`, { cause });
      if (signal?.aborted) throw new AdapterError('aborted', 'The request was aborted.', { cause });
      throw new AdapterError('network', cause instanceof Error ? cause.message : 'Network error.', {
        cause,
      });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }

    const payload = await readJson(response);
    if (response.ok) return payload as T;
    throw errorFromResponse(response.status, payload);
  }

  const payments = options.browserPayments;
  return {
    ...(payments && {
      handleNextAction: ({ action, signal }) => payments.handleNextAction(action, { signal }),
    }),
    ...(payments?.updatePaymentMethod && {
      updatePaymentMethod: ({ signal } = {}) => payments.updatePaymentMethod!({ signal }),
    }),
    abandonCommit: ({ idempotencyKey, signal }) =>
      call<AbandonCommitResult>('DELETE', '/commits', undefined, signal, {
        'Idempotency-Key': idempotencyKey,
      }),
    loadAccount: ({ signal } = {}) => call<AccountSnapshot>('GET', '/account', undefined, signal),
    previewChange: ({ selection, signal }) =>
      call<ServerPreview>('POST', '/previews', { selection }, signal),
    commitChange: ({ previewId, idempotencyKey, signal }) =>
      call<CommitResult>('POST', '/commits', { previewId }, signal, {
        'Idempotency-Key': idempotencyKey,
      }),
    requestChange: ({ subject, message, contactEmail, selection, signal }) =>
      call<ChangeRequestReceipt>(
        'POST',
        '/change-requests',
        { subject, message, contactEmail, ...(selection ? { selection } : {}) },
        signal,
      ),
    cancelScheduledChange: ({ signal } = {}) =>
      call<CancelScheduledResult>('DELETE', '/scheduled-change', undefined, signal),
  };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    const text = await response.text();
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

// For answers without a known code (a proxy's error page, a backend of the host's own). 409 is
// not read as price-changed: that code always names itself and brings the new preview.
const codeByStatus: Record<number, AdapterErrorCode> = {
  400: 'invalid-request',
  401: 'unauthenticated',
  402: 'payment-declined',
  403: 'forbidden',
  404: 'not-found',
  410: 'preview-expired',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'idempotency-key-reused',
  429: 'rate-limited',
};

/** Maps `{ error: { code, message, fields? }, preview? }` to an AdapterError; the status decides when the code is unknown. */
export function errorFromResponse(status: number, payload: unknown): AdapterError {
  const body = (typeof payload === 'object' && payload !== null ? payload : {}) as {
    error?: { code?: unknown; message?: unknown; fields?: unknown };
    preview?: ServerPreview;
    nextAction?: { type?: unknown; clientSecret?: unknown };
  };
  const wireCode = body.error?.code;
  const code: AdapterErrorCode = isAdapterErrorCode(wireCode)
    ? wireCode
    : (codeByStatus[status] ?? (status === 408 || status === 504 ? 'timeout' : 'internal'));
  const message = typeof body.error?.message === 'string' ? body.error.message : `HTTP ${status}`;
  const fields = Array.isArray(body.error?.fields)
    ? (body.error.fields as FieldError[])
    : undefined;
  return new AdapterError(code, message, {
    status,
    ...(fields ? { fields } : {}),
    ...(code === 'price-changed' && body.preview ? { preview: body.preview } : {}),
    ...(code === 'payment-requires-action' ? nextActionOf(body.nextAction) : {}),
  });
}

/** The next action of a 402, when it is one the widgets know how to hand over. */
function nextActionOf(value: { type?: unknown; clientSecret?: unknown } | undefined): {
  nextAction?: NextAction;
} {
  if (value?.type !== 'authenticate' || typeof value.clientSecret !== 'string') return {};
  return { nextAction: { type: 'authenticate', clientSecret: value.clientSecret } };
}
