// A payment that needs the customer's authentication (3-D Secure), on SQLite and on PostgreSQL: the
// commit answers 402 payment-requires-action with the next action and applies nothing; its intent
// stays open and is settled once, by the browser's retry, a webhook or the sweep; giving up drops
// it at the provider, and the same review can be confirmed again.
import { describe, expect, it } from 'vitest';
import type { Money } from '@tarif/core';
import { demoAuthenticate, seedDemo } from '../demo/index.js';
import { createBillingHandler } from '../handler/create-billing-handler.js';
import { createMaintenance } from '../handler/maintenance.js';
import type {
  CarryOutResult,
  CommitChange,
  SubscriptionPaymentsPort,
} from '../payments/subscription-payments-port.js';
import { caller, createClock, demoSelection } from '../test-utils/setup.js';
import { testStores } from '../test-utils/test-stores.js';

const databases = testStores();

type Payment = 'pending' | 'paid' | 'voided';

/**
 * A provider whose payments need authentication: `carryOut` leaves each one pending with a client
 * secret, the test plays the customer's bank (`authenticate`), and `abandon` voids a pending one.
 */
function authenticatingProvider() {
  const payments = new Map<string, { state: Payment; change: CommitChange }>();
  const calls: string[] = [];
  const secretOf = (key: string) => `pi_${[...payments.keys()].indexOf(key) + 1}_secret_abc`;
  const answer = (key: string): CarryOutResult | { readonly status: 'not-started' } => {
    const payment = payments.get(key);
    if (!payment) return { status: 'not-started' };
    if (payment.state === 'voided') return { status: 'declined' };
    if (payment.state === 'pending') {
      return { status: 'requires-action', paymentIntentId: 'pi', clientSecret: secretOf(key) };
    }
    return {
      status: 'done',
      chargeId: `in_${[...payments.keys()].indexOf(key) + 1}`,
      charged: payment.change.agreed.dueToday,
    };
  };
  const port: SubscriptionPaymentsPort = {
    async carryOut(change) {
      calls.push('carryOut');
      payments.set(change.paymentKey, { state: 'pending', change });
      return answer(change.paymentKey) as CarryOutResult;
    },
    async settle(change) {
      calls.push('settle');
      return answer(change.paymentKey);
    },
    async abandon(change) {
      calls.push('abandon');
      const payment = payments.get(change.paymentKey);
      if (payment?.state === 'pending') payment.state = 'voided';
    },
  };
  return {
    port,
    calls,
    payments,
    /** The customer's bank accepts the newest pending payment. */
    authenticate() {
      const pending = [...payments.values()].filter((p) => p.state === 'pending');
      const last = pending.at(-1);
      if (!last) throw new Error('Nothing to authenticate');
      last.state = 'paid';
    },
  };
}

describe.each(['sqlite', 'postgres'] as const)(
  'a payment that needs authentication (%s)',
  (kind) => {
    async function server() {
      const clock = createClock();
      const store = await databases[kind]();
      await seedDemo(store, { now: clock.now() });
      const provider = authenticatingProvider();
      const errors: unknown[] = [];
      const options = {
        store,
        payments: provider.port,
        authenticate: demoAuthenticate,
        now: clock.now,
        onError: (error: unknown) => errors.push(error),
      };
      const call = caller(createBillingHandler(options));
      const maintenance = createMaintenance({
        ...options,
        previewTtlMs: 15 * 60_000,
        settleAfterMs: 0,
      });
      return {
        store,
        clock,
        provider,
        errors,
        maintenance,
        call,
        async preview(selection: object) {
          const response = await call('POST', '/previews', { body: { selection } });
          expect(response.status).toBe(200);
          return (await response.json()) as { id: string; preview: { dueToday: Money } };
        },
        commit: (previewId: string, key: string, token?: string) =>
          call('POST', '/commits', {
            body: { previewId },
            headers: { 'idempotency-key': key },
            ...(token ? { token } : {}),
          }),
        abandon: (key: string, token?: string) =>
          call('DELETE', '/commits', {
            headers: { 'idempotency-key': key },
            ...(token ? { token } : {}),
          }),
        seats: async () => (await store.getSubscription('acct_demo'))?.subscription.selection.seats,
      };
    }

    it('answers the next action, applies nothing, and finishes once after the customer authenticates', async () => {
      const s = await server();
      const shown = await s.preview({ ...demoSelection, seats: 5 });
      const first = await s.commit(shown.id, 'key-auth-0001');
      expect(first.status).toBe(402);
      const body = await first.json();
      expect(body.error.code).toBe('payment-requires-action');
      expect(body.nextAction).toEqual({ type: 'authenticate', clientSecret: 'pi_1_secret_abc' });
      expect(await s.seats()).toBe(3);
      expect(await s.store.listCharges('acct_demo')).toHaveLength(0);
      // The intent stays open, without the secret.
      const open = await s.store.withAccount('acct_demo', (tx) => tx.getCommit('key-auth-0001'));
      expect(open?.status).toBe('charging');
      expect(JSON.stringify(open)).not.toContain('secret');

      // Asked again before the bank answered: the same step, read again from the provider.
      const again = await s.commit(shown.id, 'key-auth-0001');
      expect(again.status).toBe(402);
      expect((await again.json()).nextAction.clientSecret).toBe('pi_1_secret_abc');
      expect(s.provider.calls).toEqual(['carryOut', 'settle']);

      s.provider.authenticate();
      const done = await s.commit(shown.id, 'key-auth-0001');
      expect(done.status).toBe(200);
      expect(await done.json()).toMatchObject({
        status: 'succeeded',
        charged: shown.preview.dueToday,
      });
      expect(await s.seats()).toBe(5);
      // Replays from the database: the provider is not asked again, the ledger has one row.
      expect((await s.commit(shown.id, 'key-auth-0001')).status).toBe(200);
      expect(s.provider.calls).toEqual(['carryOut', 'settle', 'settle']);
      expect(await s.store.listCharges('acct_demo')).toMatchObject([
        { chargeId: 'in_1', amount: shown.preview.dueToday },
      ]);
      expect(s.errors).toEqual([]);
    });

    it('abandons at the provider when the customer gives up, and the same review can be confirmed again', async () => {
      const s = await server();
      const shown = await s.preview({ ...demoSelection, seats: 5 });
      expect((await s.commit(shown.id, 'key-auth-0002')).status).toBe(402);
      // Only the primary admin may give it up.
      expect((await s.abandon('key-auth-0002', 'demo-member')).status).toBe(403);
      const dropped = await s.abandon('key-auth-0002');
      expect(dropped.status).toBe(200);
      expect(await dropped.json()).toEqual({ status: 'abandoned' });
      expect(s.provider.calls).toEqual(['carryOut', 'settle', 'abandon', 'settle']);
      expect([...s.provider.payments.values()].map((p) => p.state)).toEqual(['voided']);
      expect(await s.seats()).toBe(3);
      expect(await s.store.listCharges('acct_demo')).toHaveLength(0);
      // Nothing open any more.
      expect((await s.abandon('key-auth-0002')).status).toBe(404);

      // The same review, confirmed again: a new payment, which the customer authenticates.
      const retry = await s.commit(shown.id, 'key-auth-0002');
      expect(retry.status).toBe(402);
      expect((await retry.json()).nextAction.clientSecret).toBe('pi_2_secret_abc');
      s.provider.authenticate();
      expect((await s.commit(shown.id, 'key-auth-0002')).status).toBe(200);
      expect(await s.store.listCharges('acct_demo')).toMatchObject([{ chargeId: 'in_2' }]);
      expect(await s.seats()).toBe(5);
    });

    it('answers the result when the payment succeeded before the give-up arrived', async () => {
      const s = await server();
      const shown = await s.preview({ ...demoSelection, seats: 5 });
      expect((await s.commit(shown.id, 'key-auth-0003')).status).toBe(402);
      s.provider.authenticate();
      const late = await s.abandon('key-auth-0003');
      expect(late.status).toBe(200);
      expect(await late.json()).toMatchObject({ status: 'succeeded' });
      expect(await s.store.listCharges('acct_demo')).toHaveLength(1);
      expect(await s.seats()).toBe(5);
    });

    it('applies a payment authenticated after the customer left once, from the webhook', async () => {
      const s = await server();
      const shown = await s.preview({ ...demoSelection, seats: 5 });
      expect((await s.commit(shown.id, 'key-auth-0004')).status).toBe(402);
      expect(await s.maintenance.settleAccount('acct_demo')).toBe('waiting');
      expect(await s.seats()).toBe(3);
      s.provider.authenticate();
      expect(await s.maintenance.settleAccount('acct_demo')).toBe('settled');
      expect(await s.maintenance.settleAccount('acct_demo')).toBe('none');
      expect(await s.seats()).toBe(5);
      // The browser's late retry replays the same answer.
      expect((await s.commit(shown.id, 'key-auth-0004')).status).toBe(200);
      expect(await s.store.listCharges('acct_demo')).toHaveLength(1);
    });

    it('leaves a payment waiting to the sweep within the window, and abandons it after', async () => {
      const s = await server();
      const shown = await s.preview({ ...demoSelection, seats: 5 });
      expect((await s.commit(shown.id, 'key-auth-0005')).status).toBe(402);
      s.clock.advance(59 * 60_000);
      expect((await s.maintenance.sweep()).settled).toBe(0);
      expect(s.provider.calls).not.toContain('abandon');
      s.clock.advance(2 * 60_000);
      expect((await s.maintenance.sweep()).settled).toBe(0);
      expect(s.provider.calls.at(-2)).toBe('abandon');
      expect(await s.store.withAccount('acct_demo', (tx) => tx.getChargingCommit())).toBeNull();
      expect(await s.store.listCharges('acct_demo')).toHaveLength(0);
      expect(await s.seats()).toBe(3);
      expect(s.errors).toEqual([]);
    });

    it('gives way to a newer commit of the account, which goes on', async () => {
      const s = await server();
      const waiting = await s.preview({ ...demoSelection, seats: 5 });
      const other = await s.preview({ ...demoSelection, seats: 4 });
      expect((await s.commit(waiting.id, 'key-auth-0006')).status).toBe(402);
      const next = await s.commit(other.id, 'key-auth-0007');
      expect(next.status).toBe(402);
      expect((await next.json()).nextAction.clientSecret).toBe('pi_2_secret_abc');
      expect([...s.provider.payments.values()].map((p) => p.state)).toEqual(['voided', 'pending']);
      s.provider.authenticate();
      expect((await s.commit(other.id, 'key-auth-0007')).status).toBe(200);
      expect(await s.seats()).toBe(4);
      expect(await s.store.listCharges('acct_demo')).toHaveLength(1);
    });

    it('abandons at the provider a payment the browser cannot finish (no secret) before dropping it', async () => {
      const s = await server();
      const shown = await s.preview({ ...demoSelection, seats: 5 });
      const carryOut = s.provider.port.carryOut.bind(s.provider.port);
      s.provider.port.carryOut = async (change) => {
        const result = await carryOut(change);
        return result.status === 'requires-action' ? { ...result, clientSecret: null } : result;
      };
      const response = await s.commit(shown.id, 'key-auth-0009');
      expect(response.status).toBe(402);
      const body = await response.json();
      expect(body.error.code).toBe('payment-requires-action');
      expect(body).not.toHaveProperty('nextAction');
      expect([...s.provider.payments.values()].map((p) => p.state)).toEqual(['voided']);
      expect(await s.store.withAccount('acct_demo', (tx) => tx.getChargingCommit())).toBeNull();
      expect(await s.seats()).toBe(3);
    });

    it('refuses to give up a commit the provider has no trace of yet', async () => {
      const s = await server();
      const shown = await s.preview({ ...demoSelection, seats: 5 });
      s.provider.port.carryOut = async () => {
        throw new Error('socket hang up');
      };
      expect((await s.commit(shown.id, 'key-auth-0008')).status).toBe(500);
      const busy = await s.abandon('key-auth-0008');
      expect(busy.status).toBe(503);
      expect((await busy.json()).error.code).toBe('commit-in-progress');
      expect(await s.store.withAccount('acct_demo', (tx) => tx.getChargingCommit())).not.toBeNull();
    });
  },
);
