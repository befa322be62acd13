import type { Money, PaymentMethodSummary } from '@tarif/core';

/**
 * Where money moves. Plug a payment provider in here (docs/recipes/stripe.md).
 * `charge` must be idempotent by `paymentKey`: a repeat with the same key returns the first
 * charge and moves no money, even when two calls with one key run at the same time. That is what
 * makes it safe to finish an interrupted commit by charging again with the same key.
 * Throw `PaymentDeclinedError` only when the provider gave a definite no (nothing was charged);
 * `PaymentProviderUnavailableError` when the provider could not be reached or refused to work for
 * now (the customer is told to retry); any other error means "unknown" too, answered as a server
 * fault. Either way the commit stays pending until a retry or the sweep settles it with the same
 * key.
 */
export interface PaymentsPort {
  charge(accountId: string, amount: Money, paymentKey: string): Promise<{ chargeId: string }>;
  /** What the account's purchases are charged to (`GET /account`'s `paymentMethod`), if the port knows. */
  paymentMethodOf?(accountId: string): Promise<PaymentMethodSummary | null>;
}

/** The provider refused the charge and took nothing (declined card, closed account...). */
export class PaymentDeclinedError extends Error {
  constructor(message = 'The payment was declined.') {
    super(message);
    this.name = 'PaymentDeclinedError';
  }
}

/**
 * The provider is unavailable for now (rate limited, down, timed out): the outcome is unknown or
 * the call never started, so the commit stays pending and the same key settles it later, charging
 * at most once. Any payments port may throw it; the server answers `503 provider-unavailable`.
 */
export class PaymentProviderUnavailableError extends Error {
  /** Whole seconds the provider asked to wait before a retry, when it said (`Retry-After`). */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    message = 'The payment provider is unavailable.',
    options: { readonly retryAfterSeconds?: number | undefined; readonly cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PaymentProviderUnavailableError';
    const seconds = options.retryAfterSeconds;
    // Retry-After takes whole seconds; a wait under one second still means "not right now".
    this.retryAfterSeconds =
      seconds !== undefined && Number.isFinite(seconds) && seconds > 0
        ? Math.ceil(seconds)
        : undefined;
  }
}
