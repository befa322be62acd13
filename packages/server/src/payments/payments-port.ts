import type { Money } from '@tarif/core';

/**
 * Where money moves. Plug a payment provider in here (docs/recipes/stripe.md).
 * `charge` must be idempotent by `paymentKey`: a repeat with the same key returns the first
 * charge and moves no money, even when two calls with one key run at the same time. That is what
 * makes it safe to finish an interrupted commit by charging again with the same key.
 * Throw `PaymentDeclinedError` only when the provider gave a definite no (nothing was charged);
 * any other error means "unknown", and the commit stays pending until a retry or the sweep
 * settles it with the same key.
 */
export interface PaymentsPort {
  charge(accountId: string, amount: Money, paymentKey: string): Promise<{ chargeId: string }>;
}

/** The provider refused the charge and took nothing (declined card, closed account...). */
export class PaymentDeclinedError extends Error {
  constructor(message = 'The payment was declined.') {
    super(message);
    this.name = 'PaymentDeclinedError';
  }
}
