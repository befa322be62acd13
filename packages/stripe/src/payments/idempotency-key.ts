import { createHash } from 'node:crypto';

/** The mutating calls of one commit, each with a key of its own (Stripe refuses a key reused with other parameters). */
export type StripeStep = 'update' | 'schedule-create' | 'schedule-update' | 'schedule-release';

/**
 * `tarif:<sha256(paymentKey) in hex>:<step>`: the same step of the same intent always sends the
 * same key, so a retry replays Stripe's first answer instead of acting twice; the hash keeps a
 * payment key of up to ~260 characters under Stripe's 255.
 */
export function idempotencyKeyFor(paymentKey: string, step: StripeStep): string {
  return `tarif:${createHash('sha256').update(paymentKey).digest('hex')}:${step}`;
}
