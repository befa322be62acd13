import { describe, expect, it } from 'vitest';
import { createStripeBrowserPayments } from './stripe-browser-payments.js';
import type { StripeJsNextAction } from './stripe-browser-payments.js';

const action = { type: 'authenticate', clientSecret: 'pi_1_secret_2' } as const;

/** A Stripe.js stand-in that answers `result` and remembers what it was asked. */
function standIn(result: Awaited<ReturnType<StripeJsNextAction['handleNextAction']>>) {
  const asked: string[] = [];
  const stripe: StripeJsNextAction = {
    async handleNextAction({ clientSecret }) {
      asked.push(clientSecret);
      return result;
    },
  };
  return { stripe, asked };
}

describe('createStripeBrowserPayments', () => {
  it.each([
    ['succeeded', 'succeeded'],
    ['processing', 'succeeded'],
    ['requires_capture', 'succeeded'],
    ['requires_payment_method', 'failed'],
    ['requires_action', 'failed'],
  ] as const)('reads a PaymentIntent in %s as %s', async (status, outcome) => {
    const { stripe, asked } = standIn({ paymentIntent: { status } });
    await expect(createStripeBrowserPayments({ stripe }).handleNextAction(action)).resolves.toBe(
      outcome,
    );
    expect(asked).toEqual(['pi_1_secret_2']);
  });

  it("reads Stripe.js's error (a refused or closed challenge) as failed", async () => {
    const { stripe } = standIn({
      error: { type: 'card_error', code: 'payment_intent_authentication_failure' },
    });
    await expect(createStripeBrowserPayments({ stripe }).handleNextAction(action)).resolves.toBe(
      'failed',
    );
  });
});
