import { wireErrorStatus } from '@tarif/core';
import Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeStripe } from '../fake/fake-stripe.js';
import type { FakeStripe, RouteAnswer, ScriptedFailure } from '../fake/fake-stripe.js';
import { mapStripeError } from './map-stripe-error.js';
import type { StripeFailure } from './map-stripe-error.js';

let fake: FakeStripe;
beforeEach(async () => {
  fake = await startFakeStripe();
});
afterEach(async () => {
  await fake.close();
});

const subscriptionPath = '/v1/subscriptions/:id';
let calls = 0;

/** What the SDK throws for one subscription update against the fake, mapped. */
async function mapped(setup: () => void, client: Stripe = fake.client()): Promise<StripeFailure> {
  setup();
  try {
    await client.subscriptions.update(
      'sub_1',
      { proration_behavior: 'always_invoice', payment_behavior: 'error_if_incomplete' },
      // A key per call: Stripe (and the fake) would replay a first decline for a reused key.
      { idempotencyKey: `tarif-test-key-${++calls}` },
    );
  } catch (error) {
    return mapStripeError(error);
  }
  throw new Error('expected the update to fail');
}

const script =
  (...failures: ScriptedFailure[]) =>
  () => {
    for (const failure of failures) fake.failNext(failure);
  };
const answer = (response: RouteAnswer) => () =>
  fake.route('POST', subscriptionPath, () => response);
const stripeError = (status: number, error: Record<string, unknown>) =>
  answer({ status, body: { error } });

describe('mapStripeError, on errors the real SDK raised from HTTP answers', () => {
  it.each([
    [
      '402 card_declined',
      script('card_declined'),
      { kind: 'declined', code: 'payment-declined', charged: 'no', next: 'drop' },
      402,
    ],
    [
      '402 invoice_payment_intent_requires_action (3-D Secure)',
      script('requires_action'),
      { kind: 'requires-action', code: 'payment-requires-action', charged: 'no', next: 'drop' },
      402,
    ],
    [
      '402 card_declined with decline_code authentication_required',
      stripeError(402, {
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'authentication_required',
        message: 'Your card was declined. This transaction requires authentication.',
      }),
      { kind: 'requires-action', code: 'payment-requires-action', charged: 'no', next: 'drop' },
      402,
    ],
    [
      '429 rate_limit',
      script('rate_limited'),
      {
        kind: 'rate-limited',
        code: 'provider-unavailable',
        charged: 'no',
        next: 'retry-same-key',
      },
      503,
    ],
    [
      '409 idempotency_key_in_use',
      script('idempotency_key_in_use'),
      {
        kind: 'in-progress',
        code: 'commit-in-progress',
        charged: 'unknown',
        next: 'retry-same-key',
      },
      503,
    ],
    [
      '500 api_error',
      script('server_error'),
      {
        kind: 'unavailable',
        code: 'provider-unavailable',
        charged: 'unknown',
        next: 'read-stripe',
      },
      503,
    ],
    [
      'a connection lost twice (the SDK retries a closed connection once by itself)',
      script('drop', 'drop'),
      {
        kind: 'unavailable',
        code: 'provider-unavailable',
        charged: 'unknown',
        next: 'retry-same-key',
      },
      503,
    ],
    [
      '400 invalid_request_error (a bad parameter)',
      stripeError(400, {
        type: 'invalid_request_error',
        code: 'parameter_unknown',
        param: 'itemz',
        message: 'Received unknown parameter: itemz',
      }),
      { kind: 'rejected', code: 'internal', charged: 'no', next: 'drop' },
      500,
    ],
    [
      '401 a wrong API key',
      stripeError(401, { type: 'invalid_request_error', message: 'Invalid API Key provided' }),
      { kind: 'rejected', code: 'internal', charged: 'no', next: 'drop' },
      500,
    ],
    [
      '403 a restricted key without the permission',
      stripeError(403, {
        type: 'invalid_request_error',
        message: 'The provided key does not have access',
      }),
      { kind: 'rejected', code: 'internal', charged: 'no', next: 'drop' },
      500,
    ],
    [
      '404 no such subscription',
      stripeError(404, {
        type: 'invalid_request_error',
        code: 'resource_missing',
        message: "No such subscription: 'sub_1'",
      }),
      { kind: 'rejected', code: 'internal', charged: 'no', next: 'drop' },
      500,
    ],
  ])('%s', async (_, setup, expected, wireStatus) => {
    const failure = await mapped(setup);
    expect(failure).toMatchObject(expected);
    expect(wireErrorStatus[failure.code]).toBe(wireStatus);
    expect(failure.message.length).toBeGreaterThan(0);
  });

  it("keeps Stripe's codes, the request id and the PaymentIntent to confirm", async () => {
    const declined = await mapped(script('card_declined'));
    expect(declined).toMatchObject({
      statusCode: 402,
      stripeCode: 'card_declined',
      declineCode: 'generic_decline',
      requestId: expect.stringMatching(/^req_/),
    });
    const action = await mapped(script('requires_action'));
    expect(action.paymentIntentId).toMatch(/^pi_/);
  });

  it('a key reused with other parameters: the first call may have charged', async () => {
    const stripe = fake.client();
    await stripe.subscriptions.update('sub_1', { proration_date: 1 }, { idempotencyKey: 'k-1' });
    const failure = await stripe.subscriptions
      .update('sub_1', { proration_date: 2 }, { idempotencyKey: 'k-1' })
      .then(() => null, mapStripeError);
    expect(failure).toMatchObject({
      kind: 'rejected',
      code: 'internal',
      charged: 'unknown',
      next: 'read-stripe',
    });
  });

  it('a timeout is a lost answer: outcome unknown, the same key settles it', async () => {
    const failure = await mapped(script('hang'), fake.client({ timeout: 50 }));
    expect(failure).toMatchObject({
      kind: 'unavailable',
      code: 'provider-unavailable',
      charged: 'unknown',
      next: 'retry-same-key',
    });
  });
});

describe('mapStripeError, on anything else', () => {
  it('reads a thrown non-Stripe error as unknown: never paid, never dropped', () => {
    expect(mapStripeError(new TypeError('x is undefined'))).toEqual({
      kind: 'unknown',
      code: 'internal',
      charged: 'unknown',
      next: 'read-stripe',
      message: 'x is undefined',
    });
    expect(mapStripeError('boom')).toMatchObject({ kind: 'unknown', message: 'boom' });
  });
});
