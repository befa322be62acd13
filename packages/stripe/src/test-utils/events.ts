import Stripe from 'stripe';
import type { HandledStripeEvent } from '../webhooks/event-order.js';
import { invoiceFixture, subscriptionFixture } from '../fake/fixtures/stripe-objects.js';
import type { Wire } from '../fake/fixtures/wire.js';

export const webhookSecret = 'whsec_test_secret';

type EventOf<T extends HandledStripeEvent['type']> = Extract<HandledStripeEvent, { type: T }>;

/**
 * A webhook event as Stripe sends it, around Stripe's own invoice or subscription example:
 * `objectId` and `fields` change the object, `created` is the event's time (seconds).
 */
export function stripeEvent<T extends HandledStripeEvent['type']>(
  type: T,
  options: { id: string; created: number; objectId: string; fields?: Record<string, unknown> },
): Wire<EventOf<T>> {
  const base = type.startsWith('invoice.') ? invoiceFixture : subscriptionFixture;
  const envelope: Omit<Wire<Stripe.EventBase>, 'type' | 'data'> = {
    id: options.id,
    object: 'event',
    api_version: Stripe.API_VERSION,
    created: options.created,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
  };
  const object = { ...base, id: options.objectId, ...options.fields };
  return { ...envelope, type, data: { object } } as Wire<EventOf<T>>;
}

/** A POST as Stripe makes it: the JSON body and its Stripe-Signature at `timestamp` (seconds). */
export function signedDelivery(
  payload: string,
  options: { timestamp: number; secret?: string; headers?: Record<string, string> },
): Request {
  const signature = Stripe.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? webhookSecret,
    timestamp: options.timestamp,
  });
  return new Request('http://127.0.0.1/webhooks/stripe', {
    method: 'POST',
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'stripe-signature': signature,
      ...options.headers,
    },
    body: payload,
  });
}
