// A stand-in for Stripe.js in tests and the offline demo: the same `handleNextAction` as the real
// object from `loadStripe()`, which instead of opening the bank's challenge asks the loopback fake
// to settle the PaymentIntent as the test decides. Stripe.js itself cannot be downloaded here.
import type { StripeJsNextAction } from '../browser/stripe-browser-payments.js';
import { authenticatePath } from './fake-subscriptions.js';

/** What the customer does at the bank: confirms, is refused, or closes the challenge. */
export type BankStep = 'succeeded' | 'failed' | 'abandoned';

export function createStripeJsStandIn(input: {
  /** The fake's base URL (`FakeStripeAccount.url`). */
  readonly url: string;
  /** Called once per challenge; may wait (a test holds it to look at the page meanwhile). */
  readonly bank: () => BankStep | Promise<BankStep>;
}): StripeJsNextAction {
  return {
    async handleNextAction({ clientSecret }) {
      const step = await input.bank();
      const failure = {
        error: { type: 'card_error', code: 'payment_intent_authentication_failure' },
      } as const;
      // A closed challenge never reaches Stripe.
      if (step === 'abandoned') return failure;
      const response = await fetch(`${input.url}${authenticatePath}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ client_secret: clientSecret, outcome: step }).toString(),
      });
      const { status } = (await response.json()) as { status: string };
      return status === 'succeeded' ? { paymentIntent: { status } } : failure;
    },
  };
}
