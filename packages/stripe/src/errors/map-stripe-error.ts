import type { WireErrorCode } from '@tarif/core';
import Stripe from 'stripe';

/**
 * What a failed Stripe call means for a commit:
 * - `declined`: a definite no from the card or bank; nothing charged.
 * - `requires-action`: the payment needs the customer (3-D Secure); nothing charged yet.
 * - `rate-limited`: Stripe refused the call before running it (429).
 * - `in-progress`: another call with the same Idempotency-Key is running (409).
 * - `unavailable`: Stripe failed (5xx) or never answered (connection lost, timeout): the call may
 *   or may not have been carried out. With `rate-limited`, answered `503 provider-unavailable`.
 * - `rejected`: Stripe refused the call as invalid, unauthenticated or forbidden (400, 401, 403,
 *   404): a bug or a configuration error on our side, not the customer's.
 * - `unknown`: not a Stripe error at all, or one that says nothing of what happened.
 */
export type StripeFailureKind =
  | 'declined'
  | 'requires-action'
  | 'rate-limited'
  | 'in-progress'
  | 'unavailable'
  | 'rejected'
  | 'unknown';

export interface StripeFailure {
  readonly kind: StripeFailureKind;
  /** The wire code to answer the widget with, from `@tarif/core`. */
  readonly code: WireErrorCode;
  /**
   * Whether money may have moved. `no`: nothing was charged. `unknown`: the outcome must be
   * settled before anything else is tried; never record it as paid, never drop it.
   */
  readonly charged: 'no' | 'unknown';
  /**
   * What to do next. `drop`: nothing happened, give up this attempt (a new attempt needs a new
   * key: Stripe replays a decline for its key). `retry-same-key`: repeat the call with the same
   * Idempotency-Key, later; Stripe runs it once or answers with the first result.
   * `read-stripe`: find out from Stripe's state whether it happened. Stripe keeps the first answer
   * of a key for 24 hours once its endpoint started, 500s included, so repeating a call that got a
   * 500 may only replay the 500.
   */
  readonly next: 'drop' | 'retry-same-key' | 'read-stripe';
  /** Stripe's HTTP status, when it answered. */
  readonly statusCode?: number;
  /** Stripe's error `code` (`card_declined`, `rate_limit` ...) and `decline_code`, when given. */
  readonly stripeCode?: string;
  readonly declineCode?: string;
  /** The PaymentIntent the customer must confirm, for `requires-action`. */
  readonly paymentIntentId?: string;
  /** Stripe's `request-id`, for support. */
  readonly requestId?: string;
  /** Stripe's message, for logs: the widget shows its own en/fr text for `code`. */
  readonly message: string;
}

// Error codes that mean "the customer must authenticate", whatever the call.
const actionCodes = new Set([
  'invoice_payment_intent_requires_action',
  'payment_intent_action_required',
  'authentication_required',
]);

/** Maps anything a Stripe SDK call threw to what it means for the customer and for the commit. */
export function mapStripeError(error: unknown): StripeFailure {
  if (!(error instanceof Stripe.errors.StripeError)) {
    return {
      kind: 'unknown',
      code: 'internal',
      charged: 'unknown',
      next: 'read-stripe',
      message: error instanceof Error ? error.message : String(error),
    };
  }
  const details = {
    ...(error.statusCode === undefined ? {} : { statusCode: error.statusCode }),
    ...(error.code === undefined ? {} : { stripeCode: error.code }),
    ...(error.decline_code === undefined ? {} : { declineCode: error.decline_code }),
    ...(error.requestId === undefined ? {} : { requestId: error.requestId }),
    message: error.message,
  };
  const intent = error.payment_intent;
  const needsAction =
    actionCodes.has(error.code ?? '') ||
    error.decline_code === 'authentication_required' ||
    intent?.status === 'requires_action';
  if (needsAction && (error.statusCode === 402 || error instanceof Stripe.errors.StripeCardError)) {
    return {
      kind: 'requires-action',
      code: 'payment-requires-action',
      charged: 'no',
      next: 'drop',
      ...(intent?.id === undefined ? {} : { paymentIntentId: intent.id }),
      ...details,
    };
  }
  if (error instanceof Stripe.errors.StripeCardError) {
    return { kind: 'declined', code: 'payment-declined', charged: 'no', next: 'drop', ...details };
  }
  if (error instanceof Stripe.errors.StripeRateLimitError) {
    // Refused before it ran (lock_timeout included): nothing happened, the same key may go again.
    return {
      kind: 'rate-limited',
      // Not Tarif's own `rate-limited`: the customer did nothing too often, Stripe is busy.
      code: 'provider-unavailable',
      charged: 'no',
      next: 'retry-same-key',
      ...details,
    };
  }
  if (error.statusCode === 409 || error.code === 'idempotency_key_in_use') {
    return {
      kind: 'in-progress',
      code: 'commit-in-progress',
      charged: 'unknown',
      next: 'retry-same-key',
      ...details,
    };
  }
  if (error instanceof Stripe.errors.StripeConnectionError) {
    // The request may have been carried out; Stripe answers a repeat of the key with its result.
    return {
      kind: 'unavailable',
      code: 'provider-unavailable',
      charged: 'unknown',
      next: 'retry-same-key',
      ...details,
    };
  }
  if (error instanceof Stripe.errors.StripeIdempotencyError) {
    // The key was used before with other parameters: that first call's outcome is unknown here.
    return {
      kind: 'rejected',
      code: 'internal',
      charged: 'unknown',
      next: 'read-stripe',
      ...details,
    };
  }
  const status = error.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return { kind: 'rejected', code: 'internal', charged: 'no', next: 'drop', ...details };
  }
  if (status !== undefined && status >= 500) {
    // Outcome unknown, and a 500 replays for its key.
    return {
      kind: 'unavailable',
      code: 'provider-unavailable',
      charged: 'unknown',
      next: 'read-stripe',
      ...details,
    };
  }
  // A Stripe error with no status that is not a lost connection: nothing says Stripe is down, so
  // it is not told to the customer as an outage.
  return { kind: 'unknown', code: 'internal', charged: 'unknown', next: 'read-stripe', ...details };
}
