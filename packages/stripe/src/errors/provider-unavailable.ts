import { PaymentProviderUnavailableError } from '@tarif/server';
import { mapStripeError } from './map-stripe-error.js';

/**
 * What the port throws for a failed Stripe call: Stripe rate limiting (429), an outage (5xx), a
 * lost connection or a timeout become the server's `PaymentProviderUnavailableError`, so the
 * customer reads that nothing changed yet and that retrying is safe (503 provider-unavailable);
 * anything else is thrown as it was (a server fault, 500 internal). Either way the commit stays
 * charging and `settle` reads Stripe before anything is sent again.
 */
export function toPortError(error: unknown): unknown {
  const failure = mapStripeError(error);
  if (failure.code !== 'provider-unavailable') return error;
  // Stripe documents no Retry-After on its 429s: the server answers without one.
  return new PaymentProviderUnavailableError(`Stripe is unavailable: ${failure.message}`, {
    cause: error,
  });
}
