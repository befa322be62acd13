// A payment provider that is unavailable (rate limited, down, timed out), on SQLite and on
// PostgreSQL, through either kind of payments port: the customer gets 503 provider-unavailable
// (with Retry-After when the provider said), nothing is applied, the intent stays charging, and the
// same Idempotency-Key retried later charges once. An error the port did not type is still a
// server fault: 500 internal, reported through onError.
import { describe, expect, it } from 'vitest';
import type { Money } from '@tarif/core';
import { createDemoPayments, demoAuthenticate, seedDemo } from '../demo/index.js';
import type { DemoPaymentsTable } from '../demo/demo-payments.js';
import { createBillingHandler } from '../handler/create-billing-handler.js';
import { createMaintenance } from '../handler/maintenance.js';
import { PaymentProviderUnavailableError } from '../payments/payments-port.js';
import type { PaymentsPort } from '../payments/payments-port.js';
import type {
  AnyPaymentsPort,
  CarryOutResult,
  CommitChange,
  SubscriptionPaymentsPort,
} from '../payments/subscription-payments-port.js';
import { caller, createClock, demoSelection } from '../test-utils/setup.js';
import { testStores } from '../test-utils/test-stores.js';
import type { TestStore } from '../test-utils/test-stores.js';

type Store = TestStore;

const databases = testStores();

/**
 * The demo ledger behind a provider whose next calls the test scripts: down before it records
 * anything, down after it recorded the payment (the answer lost), or failing in a way it did not
 * type.
 */
function flakyLedger(table: DemoPaymentsTable, now: () => Date) {
  const ledger = createDemoPayments(table, now);
  const next: Array<'down-before' | 'down-after' | 'bug'> = [];
  const port: PaymentsPort = {
    async charge(accountId, amount, paymentKey) {
      const step = next.shift();
      if (step === 'down-before') {
        throw new PaymentProviderUnavailableError('429 Too Many Requests', {
          retryAfterSeconds: 30,
        });
      }
      if (step === 'bug') throw new TypeError('Cannot read properties of undefined');
      const charged = await ledger.charge(accountId, amount, paymentKey);
      if (step === 'down-after') throw new PaymentProviderUnavailableError('socket timeout');
      return charged;
    },
  };
  return { port, next };
}

/** A subscription provider that keeps what it carried out by payment key, and can be down. */
function flakySubscriptions() {
  const carried = new Map<string, CarryOutResult>();
  const calls: Array<'carryOut' | 'settle'> = [];
  const down: Array<'carryOut' | 'settle'> = [];
  const unavailable = () =>
    new PaymentProviderUnavailableError('503 from the provider', { retryAfterSeconds: 2.5 });
  const port: SubscriptionPaymentsPort = {
    async carryOut(change: CommitChange) {
      calls.push('carryOut');
      if (down[0] === 'carryOut') {
        down.shift();
        throw unavailable();
      }
      const done: CarryOutResult = {
        status: 'done',
        chargeId: `in_${carried.size + 1}`,
        charged: change.agreed.dueToday,
      };
      carried.set(change.paymentKey, done);
      return done;
    },
    async settle(change: CommitChange) {
      calls.push('settle');
      if (down[0] === 'settle') {
        down.shift();
        throw unavailable();
      }
      return carried.get(change.paymentKey) ?? { status: 'not-started' };
    },
  };
  return { port, carried, calls, down };
}

describe.each(['sqlite', 'postgres'] as const)(
  'a payment provider that is unavailable (%s)',
  (kind) => {
    async function server(payments: (store: Store, now: () => Date) => AnyPaymentsPort) {
      const clock = createClock();
      const store = await databases[kind]();
      await seedDemo(store, { now: clock.now() });
      const errors: unknown[] = [];
      const options = {
        store,
        payments: payments(store, clock.now),
        authenticate: demoAuthenticate,
        now: clock.now,
        onError: (error: unknown) => void errors.push(error),
      };
      const call = caller(createBillingHandler(options));
      const before = (await store.getSubscription('acct_demo'))!;
      const balance = (await store.getAccount('acct_demo'))!.balance;
      return {
        store,
        clock,
        errors,
        sweep: () =>
          createMaintenance({ ...options, previewTtlMs: 15 * 60_000, settleAfterMs: 0 }).sweep(),
        async preview(selection: object) {
          const response = await call('POST', '/previews', { body: { selection } });
          expect(response.status).toBe(200);
          return (await response.json()) as { id: string; preview: { dueToday: Money } };
        },
        commit: (previewId: string, key: string) =>
          call('POST', '/commits', { body: { previewId }, headers: { 'idempotency-key': key } }),
        /** Nothing applied: the old subscription and balance, no ledger row, the intent still charging. */
        async expectPending() {
          expect((await store.getSubscription('acct_demo'))!.subscription).toEqual(
            before.subscription,
          );
          expect((await store.getAccount('acct_demo'))!.balance).toEqual(balance);
          expect(await store.listCharges('acct_demo')).toEqual([]);
          expect(await store.listChargingCommits('2100-01-01T00:00:00Z')).toHaveLength(1);
        },
      };
    }

    async function errorOf(response: Response) {
      const body = (await response.json()) as { error: { code: string } };
      return { status: response.status, code: body.error.code };
    }

    describe('through the demo ledger (PaymentsPort.charge)', () => {
      it('answers 503 with Retry-After, applies nothing, and the same key charges once later', async () => {
        let ledger!: ReturnType<typeof flakyLedger>;
        const s = await server(
          (store, now) => (ledger = flakyLedger(store.demoPayments, now)).port,
        );
        const shown = await s.preview({ ...demoSelection, seats: 5 });
        ledger.next.push('down-before');
        const response = await s.commit(shown.id, 'key-outage-0001');
        expect(await errorOf(response)).toEqual({ status: 503, code: 'provider-unavailable' });
        expect(response.headers.get('retry-after')).toBe('30');
        await s.expectPending();
        expect(await s.store.demoPayments.count('acct_demo')).toBe(0);
        // An outage the port typed is not a server fault: nothing is reported.
        expect(s.errors).toEqual([]);

        s.clock.advance(30_000);
        expect((await s.commit(shown.id, 'key-outage-0001')).status).toBe(200);
        expect(await s.store.demoPayments.count('acct_demo')).toBe(1);
        expect(await s.store.listCharges('acct_demo')).toMatchObject([
          { amount: shown.preview.dueToday, idempotencyKey: 'key-outage-0001' },
        ]);
        expect((await s.store.getSubscription('acct_demo'))!.subscription.selection.seats).toBe(5);
        expect(await s.store.listChargingCommits('2100-01-01T00:00:00Z')).toEqual([]);
      });

      it('answers 503 without Retry-After when the provider charged but its answer was lost; the retry records that one charge', async () => {
        let ledger!: ReturnType<typeof flakyLedger>;
        const s = await server(
          (store, now) => (ledger = flakyLedger(store.demoPayments, now)).port,
        );
        const shown = await s.preview({ ...demoSelection, seats: 5 });
        ledger.next.push('down-after');
        const response = await s.commit(shown.id, 'key-outage-0002');
        expect(await errorOf(response)).toEqual({ status: 503, code: 'provider-unavailable' });
        expect(response.headers.has('retry-after')).toBe(false);
        // The provider took the money, Tarif does not know it yet: nothing recorded as paid.
        await s.expectPending();
        expect(await s.store.demoPayments.count('acct_demo')).toBe(1);

        const done = await s.commit(shown.id, 'key-outage-0002');
        expect(done.status).toBe(200);
        expect((await done.json()).charged).toEqual(shown.preview.dueToday);
        expect(await s.store.demoPayments.count('acct_demo')).toBe(1);
        expect(await s.store.listCharges('acct_demo')).toHaveLength(1);
        // Answered from the database from now on.
        expect((await s.commit(shown.id, 'key-outage-0002')).status).toBe(200);
        expect(await s.store.demoPayments.count('acct_demo')).toBe(1);
      });

      it('still answers 500 internal, reported, for an error the port did not type', async () => {
        let ledger!: ReturnType<typeof flakyLedger>;
        const s = await server(
          (store, now) => (ledger = flakyLedger(store.demoPayments, now)).port,
        );
        const shown = await s.preview({ ...demoSelection, seats: 5 });
        ledger.next.push('bug');
        const response = await s.commit(shown.id, 'key-outage-0003');
        expect(await errorOf(response)).toEqual({ status: 500, code: 'internal' });
        expect(response.headers.has('retry-after')).toBe(false);
        expect(s.errors).toHaveLength(1);
        expect(s.errors[0]).toBeInstanceOf(TypeError);
        await s.expectPending();
        expect((await s.commit(shown.id, 'key-outage-0003')).status).toBe(200);
        expect(await s.store.demoPayments.count('acct_demo')).toBe(1);
      });
    });

    describe('through a subscription port (carryOut and settle)', () => {
      it('answers 503 while carryOut, then settle, find the provider down; the same key carries it out once', async () => {
        let provider!: ReturnType<typeof flakySubscriptions>;
        const s = await server(() => (provider = flakySubscriptions()).port);
        const shown = await s.preview({ ...demoSelection, seats: 5 });
        provider.down.push('carryOut', 'settle');
        const first = await s.commit(shown.id, 'key-outage-0004');
        expect(await errorOf(first)).toEqual({ status: 503, code: 'provider-unavailable' });
        // 2.5 s asked, whole seconds answered: rounded up, never sooner than the provider said.
        expect(first.headers.get('retry-after')).toBe('3');
        await s.expectPending();

        // Still down when the retry asks what became of the intent.
        const second = await s.commit(shown.id, 'key-outage-0004');
        expect(await errorOf(second)).toEqual({ status: 503, code: 'provider-unavailable' });
        await s.expectPending();

        expect((await s.commit(shown.id, 'key-outage-0004')).status).toBe(200);
        expect(provider.calls).toEqual(['carryOut', 'settle', 'settle', 'carryOut']);
        expect(provider.carried.size).toBe(1);
        expect(await s.store.listCharges('acct_demo')).toMatchObject([
          { chargeId: 'in_1', amount: shown.preview.dueToday },
        ]);
        expect((await s.store.getSubscription('acct_demo'))!.subscription.selection.seats).toBe(5);
        expect(s.errors).toEqual([]);
      });

      it('answers 503 to another commit of the account while the pending one cannot be settled', async () => {
        let provider!: ReturnType<typeof flakySubscriptions>;
        const s = await server(() => (provider = flakySubscriptions()).port);
        const shown = await s.preview({ ...demoSelection, seats: 5 });
        provider.down.push('carryOut', 'settle');
        expect((await s.commit(shown.id, 'key-outage-0005')).status).toBe(503);
        // A second tab buys something else: the pending intent comes first, and the provider is
        // still down, so this one is not started either.
        const other = await s.preview({ ...demoSelection, seats: 6 });
        const blocked = await s.commit(other.id, 'key-outage-0006');
        expect(await errorOf(blocked)).toEqual({ status: 503, code: 'provider-unavailable' });
        await s.expectPending();
      });

      it('is left pending by the sweep, which reports the outage to the operator', async () => {
        let provider!: ReturnType<typeof flakySubscriptions>;
        const s = await server(() => (provider = flakySubscriptions()).port);
        const shown = await s.preview({ ...demoSelection, seats: 5 });
        provider.down.push('carryOut', 'settle');
        expect((await s.commit(shown.id, 'key-outage-0007')).status).toBe(503);
        s.clock.advance(1000);
        expect((await s.sweep()).settled).toBe(0);
        expect(s.errors).toHaveLength(1);
        expect(s.errors[0]).toBeInstanceOf(PaymentProviderUnavailableError);
        await s.expectPending();
        // Back up: the next sweep finishes it, once.
        expect((await s.sweep()).settled).toBe(1);
        expect(provider.calls).toEqual(['carryOut', 'settle', 'settle', 'carryOut']);
        expect(await s.store.listCharges('acct_demo')).toHaveLength(1);
      });
    });
  },
);
