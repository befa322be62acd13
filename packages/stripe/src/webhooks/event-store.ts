import type { EventMark } from './event-order.js';

/**
 * What the webhook handler remembers between deliveries. It MUST be durable (your database, not
 * a process's memory): Stripe redelivers for up to three days, to any instance, and after a
 * restart; a store that forgets applies a duplicate or a stale event again.
 *
 * The handler calls `seen`, then `lastApplied`, then your `onEvent`, then `record`. A crash
 * between `onEvent` and `record` makes Stripe deliver the event again and `onEvent` run again, so
 * `onEvent` must be idempotent per object (set the state the event carries, keyed by the object's
 * id; never add to a counter). For exactly-once, write the record in the same transaction as
 * `onEvent`'s effect and make `record` a no-op. Two deliveries of one event at the same instant
 * can both pass `seen`: serialize them per object (a row lock) if `onEvent` is not idempotent.
 */
export interface WebhookEventStore {
  /** True when this event id was recorded before (applied, or judged stale). */
  seen(eventId: string): Promise<boolean>;
  /** The mark of the last event applied to the object (`invoice:in_…`), or null. */
  lastApplied(objectKey: string): Promise<EventMark | null>;
  /**
   * Records the event id, and for an applied event the object's new mark (never called with an
   * older mark than the one stored, so a plain upsert is right).
   */
  record(
    eventId: string,
    applied: { readonly objectKey: string; readonly mark: EventMark } | null,
  ): Promise<void>;
}

/** A store in memory, for tests and demos only: it forgets everything on restart. */
export function createMemoryEventStore(): WebhookEventStore & {
  readonly events: ReadonlySet<string>;
  readonly marks: ReadonlyMap<string, EventMark>;
} {
  const events = new Set<string>();
  const marks = new Map<string, EventMark>();
  return {
    events,
    marks,
    seen: async (eventId) => events.has(eventId),
    lastApplied: async (objectKey) => marks.get(objectKey) ?? null,
    record: async (eventId, applied) => {
      events.add(eventId);
      if (applied !== null) marks.set(applied.objectKey, applied.mark);
    },
  };
}
