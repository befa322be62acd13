import type { WireErrorCode } from '@tarif/core';
import { wireErrorStatus } from '@tarif/core';
import Stripe from 'stripe';
import { isHandledEvent, isStale, markOf } from './event-order.js';
import type { HandledStripeEvent } from './event-order.js';
import type { WebhookEventStore } from './event-store.js';

export interface StripeWebhookHandlerOptions {
  /** The endpoint's signing secret (`whsec_…`). */
  readonly secret: string;
  /** Applies one event to your store. Throwing answers 500, and Stripe delivers the event again. */
  readonly onEvent: (event: HandledStripeEvent) => Promise<void>;
  /** Durable memory of events and objects: see `WebhookEventStore`. */
  readonly store: WebhookEventStore;
  /** Oldest signature accepted, in seconds (Stripe's default, 300). 0 accepts any age. */
  readonly tolerance?: number;
  /** Largest body read, in bytes (default 1 MiB); larger ones are refused with 413. */
  readonly maxBodyBytes?: number;
  /** The current time, for the signature's age (tests fix it). */
  readonly now?: () => Date;
  /** For runtimes without node:crypto: `Stripe.createSubtleCryptoProvider()`. */
  readonly cryptoProvider?: Stripe.CryptoProvider;
  /** Told about every 500 (a store or `onEvent` failure), for your logs. */
  readonly onError?: (error: unknown) => void;
}

/** What the handler did with a delivery, in its 200 answer. */
export type WebhookOutcome = 'applied' | 'duplicate' | 'stale' | 'ignored';

const jsonHeaders = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
};

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...jsonHeaders, ...headers } });
}

function error(code: WireErrorCode, message: string, headers?: Record<string, string>): Response {
  return json(wireErrorStatus[code], { error: { code, message } }, headers);
}

/**
 * A Fetch `Request -> Response` handler for a Stripe webhook endpoint. It verifies the
 * `Stripe-Signature` over the raw body with the SDK, then hands `invoice.paid`,
 * `invoice.payment_failed`, `customer.subscription.updated` and `customer.subscription.deleted`
 * to `onEvent`, once each, in order per object (see `isStale`). Answers, in the wire contract's
 * error shape:
 * - 405 (`Allow: POST`) for another method, 415 for a body that is not JSON, 413 over
 *   `maxBodyBytes`, 400 for a missing, forged or expired signature or an unreadable event: the
 *   sender's mistakes are never 500s;
 * - 200 `{ received: true, outcome }` once the event is applied, or known (`duplicate`), or older
 *   than what was applied (`stale`), or of a type this handler leaves alone (`ignored`);
 * - 500 when the store or `onEvent` fails, so that Stripe delivers again.
 */
export function createStripeWebhookHandler(
  options: StripeWebhookHandlerOptions,
): (request: Request) => Promise<Response> {
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  return async (request) => {
    if (request.method !== 'POST') {
      return error('method-not-allowed', 'Stripe webhooks are POSTed.', { allow: 'POST' });
    }
    if (!isJsonMediaType(request.headers.get('content-type'))) {
      return error('unsupported-media-type', 'A Stripe event is sent as application/json.');
    }
    const signature = request.headers.get('stripe-signature');
    if (signature === null || signature === '') {
      return error('invalid-request', 'The Stripe-Signature header is missing.');
    }
    const body = await readBody(request, maxBodyBytes);
    if (body === null) {
      return error('payload-too-large', `The body is larger than ${maxBodyBytes} bytes.`);
    }

    let event: Stripe.Event;
    try {
      event = await Stripe.webhooks.constructEventAsync(
        body,
        signature,
        options.secret,
        options.tolerance,
        options.cryptoProvider,
        (options.now?.() ?? new Date()).getTime(),
      );
    } catch (cause) {
      if (cause instanceof Stripe.errors.StripeSignatureVerificationError) {
        return error('invalid-request', `The Stripe-Signature does not verify: ${cause.message}`);
      }
      // Signed but not JSON: only a holder of the secret can send that; still not our fault.
      return error('invalid-request', 'The body is not a Stripe event.');
    }
    if (!isHandledEvent(event)) return json(200, { received: true, outcome: 'ignored' });
    if (typeof event.id !== 'string' || typeof event.data?.object?.id !== 'string') {
      return error('invalid-request', 'The event has no id or no object id.');
    }

    try {
      if (await options.store.seen(event.id)) {
        return json(200, { received: true, outcome: 'duplicate' });
      }
      const { objectKey, mark } = markOf(event);
      if (isStale(await options.store.lastApplied(objectKey), mark)) {
        await options.store.record(event.id, null);
        return json(200, { received: true, outcome: 'stale' });
      }
      await options.onEvent(event);
      await options.store.record(event.id, { objectKey, mark });
      return json(200, { received: true, outcome: 'applied' });
    } catch (cause) {
      options.onError?.(cause);
      return error('internal', 'The event could not be applied; Stripe will deliver it again.');
    }
  };
}

/** True for `application/json` (any parameters, UTF-8 or no charset), as Stripe sends it. */
function isJsonMediaType(header: string | null): boolean {
  if (header === null) return false;
  const [type, ...parameters] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  const charset = parameters.find((parameter) => parameter.startsWith('charset='));
  return charset === undefined || charset.replace(/"/g, '') === 'charset=utf-8';
}

/** The raw body, or null when it is larger than `maxBytes` (refused before reading when declared). */
async function readBody(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) return null;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
