import { createHash } from 'node:crypto';

/** The mutating calls of one commit, each with a key of its own (Stripe refuses a key reused with other parameters). */
export type StripeStep =
  | 'update'
  | 'pending-update'
  | 'invoice-mark'
  | 'invoice-void'
  | 'schedule-create'
  | 'schedule-update'
  | 'schedule-release';

/**
 * `tarif:<sha256(paymentKey) in hex>:<step>`: the same step of the same intent always sends the
 * same key, so a retry replays Stripe's first answer instead of acting twice; the hash keeps a
 * payment key of up to ~260 characters under Stripe's 255. `attempt` (from 1) numbers the tries
 * made after Stripe replayed a 500 for the key before and its state shows the call did nothing:
 * `…:<step>:<attempt>`, as deterministic as the first, so a lost answer still replays.
 */
export function idempotencyKeyFor(paymentKey: string, step: StripeStep, attempt = 0): string {
  const key = `tarif:${createHash('sha256').update(paymentKey).digest('hex')}:${step}`;
  return attempt === 0 ? key : `${key}:${attempt}`;
}
