import { PaymentProviderUnavailableError } from '@tarif/server';
import { mapStripeError } from './map-stripe-error.js';

/**
 * What the port throws for a failed Stripe call: Stripe rate limiting (429), an outage (5xx), a
 * lost connection, a timeout, or a 409 for a key another call is still using become the server's
 * `PaymentProviderUnavailableError`, so the customer reads that the change is not confirmed and that
 * retrying is safe (503 provider-unavailable);
 * anything else is thrown as it was (a server fault, 500 internal). Either way the commit stays
 * charging and `settle` reads Stripe before anything is sent again.
 */
export function toPortError(error: unknown): unknown {
  const failure = mapStripeError(error);
  if (failure.kind === 'in-progress') {
    // Another finisher (a retry, the sweep, a second instance) is running this very step under
    // the same key: nothing is wrong and nothing is confirmed yet, so the customer may retry soon.
    return new PaymentProviderUnavailableError(
      `Stripe is busy with this step: ${failure.message}`,
      {
        retryAfterSeconds: 1,
        cause: error,
      },
    );
  }
  if (failure.code !== 'provider-unavailable') return error;
  // Stripe documents no Retry-After on its 429s: the server answers without one.
  return new PaymentProviderUnavailableError(`Stripe is unavailable: ${failure.message}`, {
    cause: error,
  });
}
