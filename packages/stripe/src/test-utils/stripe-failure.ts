import Stripe from 'stripe';
import { expect } from 'vitest';

/** The Stripe error a call rejects with (the test fails if it resolves or throws anything else). */
export async function failure(call: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  try {
    await call;
  } catch (error) {
    expect(error).toBeInstanceOf(Stripe.errors.StripeError);
    return error as Stripe.errors.StripeError;
  }
  throw new Error('expected the call to fail');
}
