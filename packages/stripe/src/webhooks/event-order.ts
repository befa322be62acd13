import type Stripe from 'stripe';

/** The events the handler applies; every other type is acknowledged and left alone. */
export type HandledStripeEvent =
  | Stripe.InvoicePaidEvent
  | Stripe.InvoicePaymentFailedEvent
  | Stripe.CustomerSubscriptionUpdatedEvent
  | Stripe.CustomerSubscriptionDeletedEvent;

export const handledEventTypes: readonly HandledStripeEvent['type'][] = [
  'invoice.paid',
  'invoice.payment_failed',
  'customer.subscription.updated',
  'customer.subscription.deleted',
];

export function isHandledEvent(event: Stripe.Event): event is HandledStripeEvent {
  return (handledEventTypes as readonly string[]).includes(event.type);
}

/**
 * Where an applied event leaves its Stripe object in time: the event's `created` (seconds, when
 * Stripe recorded the change) and whether the object reached a state it never leaves (an invoice
 * paid, a subscription deleted).
 */
export interface EventMark {
  readonly created: number;
  readonly final: boolean;
}

/** The object an event is about (`invoice:in_…`, `subscription:sub_…`) and the mark it would leave. */
export function markOf(event: HandledStripeEvent): { objectKey: string; mark: EventMark } {
  const object = event.data.object;
  return {
    objectKey: `${object.object}:${object.id}`,
    mark: {
      created: event.created,
      final: event.type === 'invoice.paid' || event.type === 'customer.subscription.deleted',
    },
  };
}

/**
 * The ordering rule. Stripe does not deliver events in order, so an event is stale, and must not
 * be applied, when its object already reached a final state (an `invoice.payment_failed` after the
 * invoice was paid, a `customer.subscription.updated` after it was deleted) or when it is older
 * than the last event applied to the same object (`created` earlier). Events of the same second are
 * applied in arrival order: Stripe's timestamps cannot order them, and an `onEvent` that must be
 * certain reads the object's current state from Stripe rather than trusting the event.
 * The event's `created` is used, not the object's: an object's `created` is when it was made and
 * never changes, and a subscription has no "updated at".
 */
export function isStale(last: EventMark | null, incoming: EventMark): boolean {
  if (last === null) return false;
  if (last.final) return true;
  return incoming.created < last.created;
}
