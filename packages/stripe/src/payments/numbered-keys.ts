import Stripe from 'stripe';
import { idempotencyKeyFor } from './idempotency-key.js';
import type { StripeStep } from './idempotency-key.js';

/** How many keys one step of an intent may use, each after Stripe replayed a 500 for the one before. */
export const maxKeysPerStep = 10;

/** A 500 that Stripe answered from its idempotency store: the first call of that key is over. */
export function replayedServerError(error: unknown): boolean {
  if (!(error instanceof Stripe.errors.StripeError)) return false;
  const status = error.statusCode ?? 0;
  return status >= 500 && error.headers?.['idempotent-replayed'] === 'true';
}

/**
 * Sends one mutating step of an intent under its key (`idempotencyKeyFor(paymentKey, step)`).
 * Stripe replays a 500 for its key for 24 hours, so a step that got a 500 would get it again on
 * every retry and keep the intent, and the account, blocked. A replayed 500 means the first call of
 * that key is over; `trace` then reads Stripe: when the step shows (its effect is there), that is
 * the answer; when it left no trace, the step goes again under the next numbered key (`…:1`, up to
 * `…:9`), each as fixed as the first, so a lost answer still replays and a second try never acts
 * twice. Any other failure is thrown as it came.
 */
export async function sendWithNumberedKeys<T>(input: {
  readonly paymentKey: string;
  readonly step: StripeStep;
  send(idempotencyKey: string): Promise<T>;
  /** What Stripe shows of the step, or null when it did nothing. */
  trace(): Promise<T | null>;
}): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await input.send(idempotencyKeyFor(input.paymentKey, input.step, attempt));
    } catch (error) {
      if (attempt >= maxKeysPerStep - 1 || !replayedServerError(error)) throw error;
      const seen = await input.trace();
      if (seen !== null) return seen;
    }
  }
}
