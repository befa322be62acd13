import type { NextAction } from '@tarif/core';

/**
 * The part of Stripe.js (`@stripe/stripe-js`'s `Stripe`) these payments use. The real object from
 * `loadStripe()` has it; a test passes a stand-in with the same method.
 */
export interface StripeJsNextAction {
  handleNextAction(options: { clientSecret: string }): Promise<{
    readonly paymentIntent?: { readonly status: string } | undefined;
    readonly error?:
      { readonly type?: string | undefined; readonly code?: string | undefined } | undefined;
  }>;
}

/** How the bank's step ended, as `@tarif/react`'s `BrowserPayments` reports it. */
export type StripeNextActionOutcome = 'succeeded' | 'failed' | 'abandoned';

/** `@tarif/react`'s `BrowserPayments` on Stripe.js: give it to `createHttpAdapter({ browserPayments })`. */
export interface StripeBrowserPayments {
  handleNextAction(action: NextAction): Promise<StripeNextActionOutcome>;
}

// A PaymentIntent in one of these no longer waits for the customer: the money is taken or on its way.
const settled = new Set(['succeeded', 'processing', 'requires_capture']);

/**
 * Finishes 3-D Secure inside the review with Stripe.js: `handleNextAction` opens the bank's
 * challenge over the page and resolves when the customer is done. Its answer is only a hint for the
 * widgets, which then ask the server; the server asks Stripe whether the invoice was paid.
 */
export function createStripeBrowserPayments(options: {
  readonly stripe: StripeJsNextAction;
}): StripeBrowserPayments {
  return {
    async handleNextAction(action) {
      const result = await options.stripe.handleNextAction({ clientSecret: action.clientSecret });
      // Stripe.js reports a closed challenge and a refused one alike
      // (`payment_intent_authentication_failure`): either way nothing was paid.
      if (result.error) return 'failed';
      return result.paymentIntent && settled.has(result.paymentIntent.status)
        ? 'succeeded'
        : 'failed';
    },
  };
}
