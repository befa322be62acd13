import Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeStripe } from './fake-stripe.js';
import type { FakeStripe } from './fake-stripe.js';
import { failure } from '../test-utils/stripe-failure.js';

let fake: FakeStripe;
let stripe: Stripe;
beforeEach(async () => {
  fake = await startFakeStripe();
  stripe = fake.client();
});
afterEach(async () => {
  await fake.close();
});

const update = (key: string, params: Stripe.SubscriptionUpdateParams = { proration_date: 1 }) =>
  stripe.subscriptions.update('sub_123', params, { idempotencyKey: key });

describe('the loopback fake, through the real SDK', () => {
  it("answers with Stripe's own object shapes", async () => {
    const subscription = await stripe.subscriptions.retrieve('sub_42');
    expect(subscription).toMatchObject({ id: 'sub_42', object: 'subscription', status: 'active' });
    expect(subscription.items.data[0]?.price.object).toBe('price');
  });

  it('records the method, path, form-decoded parameters, Idempotency-Key and Stripe-Version', async () => {
    await stripe.subscriptions.update(
      'sub_123',
      {
        items: [
          { id: 'si_1', price: 'price_plus', quantity: 1 },
          { id: 'si_2', deleted: true },
        ],
        proration_behavior: 'always_invoice',
        proration_date: 1764000000,
        payment_behavior: 'error_if_incomplete',
        metadata: { tarif_payment_key: 'acct_1/key-1/pi_1' },
      },
      { idempotencyKey: 'tarif:acct_1/key-1/pi_1:update' },
    );
    expect(fake.requests).toEqual([
      {
        method: 'POST',
        path: '/v1/subscriptions/sub_123',
        params: {
          items: [
            { id: 'si_1', price: 'price_plus', quantity: '1' },
            { id: 'si_2', deleted: 'true' },
          ],
          proration_behavior: 'always_invoice',
          proration_date: '1764000000',
          payment_behavior: 'error_if_incomplete',
          metadata: { tarif_payment_key: 'acct_1/key-1/pi_1' },
        },
        idempotencyKey: 'tarif:acct_1/key-1/pi_1:update',
        stripeVersion: Stripe.API_VERSION,
      },
    ]);
  });

  it('answers a repeated Idempotency-Key with the first answer and acts once', async () => {
    const first = await update('key-1');
    const second = await update('key-1');
    expect(second.id).toBe(first.id);
    expect(second.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(fake.requests).toHaveLength(2);
    expect(fake.effects).toHaveLength(1);
  });

  it('refuses a key used again with other parameters, as Stripe does', async () => {
    await update('key-1', { proration_date: 1 });
    const error = await failure(update('key-1', { proration_date: 2 }));
    expect(error).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(fake.effects).toHaveLength(1);
  });

  it('404s a route it does not know, as invalid_request_error', async () => {
    const error = await failure(stripe.customers.retrieve('cus_1'));
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error.statusCode).toBe(404);
  });
});

describe('scripted failures', () => {
  it('402 card_declined is a StripeCardError; Stripe keeps the decline for the key', async () => {
    fake.failNext('card_declined');
    const error = await failure(update('key-1'));
    expect(error).toBeInstanceOf(Stripe.errors.StripeCardError);
    expect(error).toMatchObject({
      statusCode: 402,
      code: 'card_declined',
      decline_code: 'generic_decline',
    });
    // The same key replays the decline: a new attempt needs a new key.
    const again = await failure(update('key-1'));
    expect(again.code).toBe('card_declined');
    expect(fake.effects).toHaveLength(0);
    await update('key-2');
    expect(fake.effects).toHaveLength(1);
  });

  it('402 requires_action carries a PaymentIntent waiting for 3-D Secure', async () => {
    fake.failNext('requires_action');
    const error = await failure(update('key-1'));
    expect(error).toBeInstanceOf(Stripe.errors.StripeCardError);
    expect(error.code).toBe('invoice_payment_intent_requires_action');
    expect(error.payment_intent?.status).toBe('requires_action');
  });

  it('429 is a StripeRateLimitError and runs nothing: the same key then goes through', async () => {
    fake.failNext('rate_limited');
    expect(await failure(update('key-1'))).toBeInstanceOf(Stripe.errors.StripeRateLimitError);
    expect(fake.effects).toHaveLength(0);
    await update('key-1');
    expect(fake.effects).toHaveLength(1);
  });

  it('500 is a StripeAPIError', async () => {
    fake.failNext('server_error');
    const error = await failure(update('key-1'));
    expect(error).toBeInstanceOf(Stripe.errors.StripeAPIError);
    expect(error.statusCode).toBe(500);
  });

  it('409 idempotency_key_in_use while another request holds the key', async () => {
    fake.failNext('idempotency_key_in_use');
    const error = await failure(update('key-1'));
    expect(error.statusCode).toBe(409);
    expect(error.code).toBe('idempotency_key_in_use');
  });

  // stripe 23 retries a closed connection (ECONNRESET, EPIPE) once even with maxNetworkRetries 0,
  // after its fixed 0.5 s back-off, with the same Idempotency-Key (RequestSender._shouldRetry).
  it('a dropped connection is retried once by the SDK itself, with the same key; a second drop surfaces', async () => {
    fake.failNext('drop');
    await update('key-1');
    expect(fake.requests.map((request) => request.idempotencyKey)).toEqual(['key-1', 'key-1']);
    expect(fake.effects).toHaveLength(1);

    fake.failNext('drop');
    fake.failNext('drop');
    expect(await failure(update('key-2'))).toBeInstanceOf(Stripe.errors.StripeConnectionError);
    expect(fake.effects).toHaveLength(1);
  });

  it('a response lost after Stripe acted: every retry with the same key gets the first answer, never a second effect', async () => {
    // The SDK's own retry is answered from Stripe's idempotency store.
    fake.failNext('drop_after_processing');
    const replayed = await update('key-1');
    expect(replayed.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(fake.effects).toHaveLength(1);

    // Both attempts lost: the caller sees a connection error, and its own retry is answered too.
    fake.failNext('drop_after_processing');
    fake.failNext('drop');
    expect(await failure(update('key-2'))).toBeInstanceOf(Stripe.errors.StripeConnectionError);
    expect(fake.effects).toHaveLength(2);
    const retried = await update('key-2');
    expect(retried.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(fake.effects).toHaveLength(2);
  });

  it('without a key of ours, the SDK makes one per call: a retry by the caller acts twice', async () => {
    fake.failNext('drop_after_processing');
    fake.failNext('drop');
    await failure(stripe.subscriptions.update('sub_1', { proration_date: 1 }));
    await stripe.subscriptions.update('sub_1', { proration_date: 1 });
    expect(fake.effects).toHaveLength(2);
    const [first, , third] = fake.requests.map((request) => request.idempotencyKey);
    expect(first).toMatch(/^stripe-node-retry-/);
    expect(third).not.toBe(first);
  });

  it("no answer at all ends in the SDK's timeout, as a StripeConnectionError", async () => {
    const impatient = fake.client({ timeout: 50 });
    fake.failNext('hang');
    const error = await failure(
      impatient.subscriptions.update('sub_1', { proration_date: 1 }, { idempotencyKey: 'key-1' }),
    );
    expect(error).toBeInstanceOf(Stripe.errors.StripeConnectionError);
  });

  it('a failure applies only to the request it matches', async () => {
    fake.failNext('server_error', { method: 'POST', path: /^\/v1\/subscriptions\// });
    await stripe.subscriptions.retrieve('sub_1');
    expect(await failure(update('key-1'))).toBeInstanceOf(Stripe.errors.StripeAPIError);
  });
});
