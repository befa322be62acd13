import { isWireErrorCode, wireErrorStatus } from '@tarif/core';
import type Stripe from 'stripe';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { signedDelivery, stripeEvent, webhookSecret } from '../test-utils/events.js';
import { createStripeWebhookHandler } from './create-webhook-handler.js';
import type { HandledStripeEvent } from './event-order.js';
import { createMemoryEventStore } from './event-store.js';

// Every delivery is signed at this instant and received at it: no test depends on the clock.
const t0 = 1_764_000_000;
const now = () => new Date(t0 * 1000);

function setup(onEvent: (event: HandledStripeEvent) => Promise<void> = async () => {}) {
  const applied: HandledStripeEvent[] = [];
  const errors: unknown[] = [];
  const store = createMemoryEventStore();
  const handler = createStripeWebhookHandler({
    secret: webhookSecret,
    store,
    now,
    onEvent: async (event) => {
      await onEvent(event);
      applied.push(event);
    },
    onError: (error) => errors.push(error),
  });
  const deliver = (event: unknown, options: { timestamp?: number } = {}) =>
    handler(signedDelivery(JSON.stringify(event), { timestamp: options.timestamp ?? t0 }));
  return { handler, deliver, applied, store, errors };
}

const paid = (id: string, created: number, invoice = 'in_1') =>
  stripeEvent('invoice.paid', { id, created, objectId: invoice, fields: { status: 'paid' } });
const failed = (id: string, created: number, invoice = 'in_1') =>
  stripeEvent('invoice.payment_failed', {
    id,
    created,
    objectId: invoice,
    fields: { status: 'open' },
  });
const updated = (id: string, created: number, status = 'active') =>
  stripeEvent('customer.subscription.updated', {
    id,
    created,
    objectId: 'sub_1',
    fields: { status },
  });
const deleted = (id: string, created: number) =>
  stripeEvent('customer.subscription.deleted', {
    id,
    created,
    objectId: 'sub_1',
    fields: { status: 'canceled' },
  });

async function outcome(response: Response): Promise<unknown> {
  expect(response.status).toBe(200);
  return ((await response.json()) as { outcome: unknown }).outcome;
}

async function refusal(response: Response, status: number): Promise<string> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(isWireErrorCode(body.error.code)).toBe(true);
  expect(wireErrorStatus[body.error.code as keyof typeof wireErrorStatus]).toBe(status);
  return body.error.code;
}

describe('createStripeWebhookHandler: signatures', () => {
  it('applies a signed invoice.paid and hands it over typed, with the invoice Stripe sent', async () => {
    const { deliver, applied, store } = setup(async (event) => {
      if (event.type === 'invoice.paid')
        expectTypeOf(event.data.object).toEqualTypeOf<Stripe.Invoice>();
      if (event.type === 'customer.subscription.deleted') {
        expectTypeOf(event.data.object).toEqualTypeOf<Stripe.Subscription>();
      }
    });
    expect(await outcome(await deliver(paid('evt_1', t0)))).toBe('applied');
    expect(applied).toHaveLength(1);
    expect(applied[0]).toMatchObject({
      id: 'evt_1',
      type: 'invoice.paid',
      data: { object: { object: 'invoice', id: 'in_1', status: 'paid', amount_due: 1000 } },
    });
    expect(store.marks.get('invoice:in_1')).toEqual({ created: t0, final: true });
  });

  it('hands over each of the four event types it handles', async () => {
    const { deliver, applied } = setup();
    await deliver(failed('evt_1', t0, 'in_1'));
    await deliver(paid('evt_2', t0, 'in_2'));
    await deliver(updated('evt_3', t0));
    await deliver(deleted('evt_4', t0 + 1));
    expect(applied.map((event) => event.type)).toEqual([
      'invoice.payment_failed',
      'invoice.paid',
      'customer.subscription.updated',
      'customer.subscription.deleted',
    ]);
  });

  it('refuses a tampered payload with 400 and applies nothing', async () => {
    const { handler, applied, store } = setup();
    const payload = JSON.stringify(paid('evt_1', t0));
    const signed = signedDelivery(payload, { timestamp: t0 });
    const tampered = new Request(signed.url, {
      method: 'POST',
      headers: signed.headers,
      body: payload.replace('"amount_paid":0', '"amount_paid":100000'),
    });
    expect(payload).toContain('"amount_paid":0');
    expect(await refusal(await handler(tampered), 400)).toBe('invalid-request');
    expect(applied).toEqual([]);
    expect(store.events.size).toBe(0);
  });

  it('refuses with 400, never 500, a missing, a foreign, a malformed or an expired signature', async () => {
    const { handler, applied } = setup();
    const payload = JSON.stringify(paid('evt_1', t0));
    const post = (headers: Record<string, string>) =>
      new Request('http://127.0.0.1/webhooks/stripe', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: payload,
      });
    expect(await refusal(await handler(post({})), 400)).toBe('invalid-request');
    expect(await refusal(await handler(post({ 'stripe-signature': 'garbage' })), 400)).toBe(
      'invalid-request',
    );
    const foreign = signedDelivery(payload, { timestamp: t0, secret: 'whsec_other' });
    expect(await refusal(await handler(foreign), 400)).toBe('invalid-request');
    // Signed six minutes before it is received: older than Stripe's default 300 s tolerance.
    const replayed = signedDelivery(payload, { timestamp: t0 - 360 });
    expect(await refusal(await handler(replayed), 400)).toBe('invalid-request');
    expect(applied).toEqual([]);
  });

  it('refuses a signed body that is not JSON with 400', async () => {
    const { handler } = setup();
    expect(await refusal(await handler(signedDelivery('{"id":', { timestamp: t0 })), 400)).toBe(
      'invalid-request',
    );
  });
});

describe('createStripeWebhookHandler: duplicates and order', () => {
  it('applies an event delivered twice once', async () => {
    const { deliver, applied } = setup();
    const event = updated('evt_1', t0);
    expect(await outcome(await deliver(event))).toBe('applied');
    expect(await outcome(await deliver(event))).toBe('duplicate');
    expect(applied.map((e) => e.id)).toEqual(['evt_1']);
  });

  it('ignores an older event that arrives after a newer one for the same object', async () => {
    const { deliver, applied, store } = setup();
    expect(await outcome(await deliver(updated('evt_new', t0, 'past_due')))).toBe('applied');
    expect(await outcome(await deliver(updated('evt_old', t0 - 60, 'active')))).toBe('stale');
    expect(applied.map((e) => e.id)).toEqual(['evt_new']);
    expect(store.marks.get('subscription:sub_1')).toEqual({ created: t0, final: false });
    // A stale event is remembered: its redelivery is a duplicate.
    expect(await outcome(await deliver(updated('evt_old', t0 - 60, 'active')))).toBe('duplicate');
  });

  it('applies events of the same second in arrival order (seconds cannot order them)', async () => {
    const { deliver, applied } = setup();
    await deliver(updated('evt_a', t0, 'past_due'));
    expect(await outcome(await deliver(updated('evt_b', t0, 'active')))).toBe('applied');
    expect(applied.map((e) => e.id)).toEqual(['evt_a', 'evt_b']);
  });

  it('never leaves a final state: a failed payment after the invoice was paid, an update after a deletion', async () => {
    const { deliver, applied } = setup();
    await deliver(paid('evt_paid', t0));
    expect(await outcome(await deliver(failed('evt_failed', t0)))).toBe('stale');
    expect(await outcome(await deliver(failed('evt_later', t0 + 5)))).toBe('stale');
    await deliver(deleted('evt_deleted', t0));
    expect(await outcome(await deliver(updated('evt_updated', t0 + 5)))).toBe('stale');
    expect(applied.map((e) => e.id)).toEqual(['evt_paid', 'evt_deleted']);
  });

  it('keeps objects apart: an event of another invoice is not stale', async () => {
    const { deliver } = setup();
    await deliver(paid('evt_1', t0, 'in_1'));
    expect(await outcome(await deliver(failed('evt_2', t0 - 60, 'in_2')))).toBe('applied');
  });

  it('answers 500 when onEvent fails and records nothing, so the redelivery is applied', async () => {
    let fail = true;
    const { deliver, applied, store, errors } = setup(async () => {
      if (fail) throw new Error('database down');
    });
    const event = paid('evt_1', t0);
    expect(await refusal(await deliver(event), 500)).toBe('internal');
    expect(errors).toEqual([new Error('database down')]);
    expect(store.events.size).toBe(0);
    fail = false;
    expect(await outcome(await deliver(event))).toBe('applied');
    expect(applied).toHaveLength(1);
  });

  it('acknowledges the event types it does not handle, without touching the store', async () => {
    const { deliver, applied, store } = setup();
    const created = { ...updated('evt_1', t0), type: 'customer.subscription.created' };
    expect(await outcome(await deliver(created))).toBe('ignored');
    expect(applied).toEqual([]);
    expect(store.events.size).toBe(0);
  });
});

describe('createStripeWebhookHandler: HTTP', () => {
  it('answers 405 with Allow: POST to other methods', async () => {
    const { handler } = setup();
    for (const method of ['GET', 'HEAD', 'PUT', 'DELETE']) {
      const response = await handler(new Request('http://127.0.0.1/webhooks/stripe', { method }));
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    }
  });

  it('answers 415 to a body that is not application/json', async () => {
    const { handler } = setup();
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/json; charset=latin1',
    ]) {
      const request = signedDelivery(JSON.stringify(paid('evt_1', t0)), {
        timestamp: t0,
        headers: { 'content-type': type },
      });
      expect(await refusal(await handler(request), 415), type).toBe('unsupported-media-type');
    }
  });

  it('answers 413 to a body over maxBodyBytes', async () => {
    const handler = createStripeWebhookHandler({
      secret: webhookSecret,
      store: createMemoryEventStore(),
      now,
      maxBodyBytes: 100,
      onEvent: async () => {},
    });
    const request = signedDelivery(JSON.stringify(paid('evt_1', t0)), { timestamp: t0 });
    expect(await refusal(await handler(request), 413)).toBe('payload-too-large');
  });
});
