// Commits through a SubscriptionPaymentsPort, on SQLite and on PostgreSQL: every commit that changes
// the provider reaches `carryOut` with the change as decided, refusals drop the intent, and an
// unknown outcome is finished by `settle` from what the provider recorded, never carried out twice.
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

const eur = (amount: number): Money => ({ amount, currency: 'EUR' });

/** A provider that keeps what it carried out by payment key, and answers as the test scripts. */
function scriptedProvider() {
  const carried = new Map<string, CarryOutResult>();
  const calls: Array<{ readonly kind: 'carryOut' | 'settle'; readonly change: CommitChange }> = [];
  // What the next carryOut does: carry out and answer, carry out and lose the answer, fail before
  // doing anything, or refuse.
  const next: Array<'answer' | 'lose-answer' | 'fail-before' | CarryOutResult> = [];
  const port: SubscriptionPaymentsPort = {
    async carryOut(change) {
      calls.push({ kind: 'carryOut', change });
      const step = next.shift() ?? 'answer';
      if (typeof step === 'object') return step;
      if (step === 'fail-before') throw new Error('connection refused');
      const done: CarryOutResult = {
        status: 'done',
        chargeId: change.agreed.dueToday.amount > 0 ? `in_${carried.size + 1}` : null,
        charged: change.mode === 'purchase' ? change.agreed.dueToday : eur(0),
      };
      carried.set(change.paymentKey, done);
      if (step === 'lose-answer') throw new Error('socket hang up');
      return done;
    },
    async settle(change) {
      calls.push({ kind: 'settle', change });
      return carried.get(change.paymentKey) ?? { status: 'not-started' };
    },
  };
  return { port, carried, calls, next };
}

describe.each(['sqlite', 'postgres'] as const)(
  'commits through a subscription port (%s)',
  (kind) => {
    async function server() {
      const clock = createClock();
      const store = await databases[kind]();
      await seedDemo(store, { now: clock.now() });
      const provider = scriptedProvider();
      const options = {
        store,
        payments: provider.port,
        authenticate: demoAuthenticate,
        now: clock.now,
        onError: () => undefined,
      };
      const call = caller(createBillingHandler(options));
      return {
        store,
        clock,
        provider,
        sweep: () =>
          createMaintenance({ ...options, previewTtlMs: 15 * 60_000, settleAfterMs: 0 }).sweep(),
        async preview(selection: object) {
          const response = await call('POST', '/previews', { body: { selection } });
          expect(response.status).toBe(200);
          return (await response.json()) as {
            id: string;
            preview: { mode: string; dueToday: Money; effectiveNow: object };
          };
        },
        commit: (previewId: string, key: string) =>
          call('POST', '/commits', { body: { previewId }, headers: { 'idempotency-key': key } }),
      };
    }

    it('carries out a purchase as decided, and writes the ledger once', async () => {
      const s = await server();
      const shown = await s.preview({ ...demoSelection, seats: 5 });
      const response = await s.commit(shown.id, 'key-carry-0001');
      expect(response.status).toBe(200);
      const [call] = s.provider.calls;
      expect(s.provider.calls).toHaveLength(1);
      expect(call?.kind).toBe('carryOut');
      expect(call?.change).toMatchObject({
        accountId: 'acct_demo',
        mode: 'purchase',
        at: '2026-03-10T12:00:00.000Z',
        periodEnd: '2026-04-01T00:00:00.000Z',
        from: { seats: 3 },
        now: { seats: 5 },
        renewal: null,
        agreed: { mode: 'purchase', dueToday: shown.preview.dueToday },
      });
      expect(call?.change.catalog.currency).toBe('EUR');
      expect(call?.change.paymentKey).toContain('key-carry-0001');
      const charges = await s.store.listCharges('acct_demo');
      expect(charges).toMatchObject([{ chargeId: 'in_1', amount: shown.preview.dueToday }]);
      expect((await s.store.getSubscription('acct_demo'))?.subscription.selection.seats).toBe(5);
      // The same key replays the answer: nothing reaches the provider again.
      expect((await s.commit(shown.id, 'key-carry-0001')).status).toBe(200);
      expect(s.provider.calls).toHaveLength(1);
      expect(await s.store.listCharges('acct_demo')).toHaveLength(1);
    });

    it('sends a scheduled decrease, with nothing to pay, to the provider with its renewal', async () => {
      const s = await server();
      const shown = await s.preview({ ...demoSelection, seats: 2 });
      expect(shown.preview.mode).toBe('scheduled');
      expect((await s.commit(shown.id, 'key-carry-0002')).status).toBe(200);
      expect(s.provider.calls.map((c) => c.change)).toMatchObject([
        { mode: 'scheduled', from: { seats: 3 }, now: { seats: 3 }, renewal: { seats: 2 } },
      ]);
      expect(await s.store.listCharges('acct_demo')).toHaveLength(0);
      expect((await s.store.getSubscription('acct_demo'))?.scheduled?.selection.seats).toBe(2);
    });

    it.each([
      [{ status: 'declined' } as const, 402, 'payment-declined'],
      [
        {
          status: 'requires-action',
          paymentIntentId: 'pi_1',
          clientSecret: 'pi_1_secret',
        } as const,
        402,
        'payment-requires-action',
      ],
    ])('drops the intent when the provider answers %o', async (answer, status, code) => {
      const s = await server();
      const shown = await s.preview({ ...demoSelection, seats: 5 });
      s.provider.next.push(answer);
      const response = await s.commit(shown.id, 'key-carry-0003');
      expect(response.status).toBe(status);
      expect((await response.json()).error.code).toBe(code);
      expect(await s.store.listCharges('acct_demo')).toHaveLength(0);
      expect((await s.store.getSubscription('acct_demo'))?.subscription.selection.seats).toBe(3);
      // The preview is free again: a new attempt is a new intent with a new payment key.
      expect((await s.commit(shown.id, 'key-carry-0003')).status).toBe(200);
      const keys = s.provider.calls.map((c) => c.change.paymentKey);
      expect(new Set(keys).size).toBe(2);
    });

    it("answers 409 with a fresh preview when the provider's price differs", async () => {
      const s = await server();
      const shown = await s.preview({ ...demoSelection, seats: 5 });
      s.provider.next.push({ status: 'price-changed', provider: { dueToday: eur(1) } });
      const response = await s.commit(shown.id, 'key-carry-0004');
      expect(response.status).toBe(409);
      const body = await response.json();
      expect(body.error.code).toBe('price-changed');
      expect(body.preview.id).not.toBe(shown.id);
      expect(body.preview.preview.effectiveNow).toMatchObject({ seats: 5 });
      expect(await s.store.listCharges('acct_demo')).toHaveLength(0);
      expect((await s.store.getSubscription('acct_demo'))?.subscription.selection.seats).toBe(3);
    });

    it('finishes an unknown outcome from what the provider recorded, on retry and by the sweep', async () => {
      const s = await server();
      const shown = await s.preview({ ...demoSelection, seats: 5 });
      s.provider.next.push('lose-answer');
      expect((await s.commit(shown.id, 'key-carry-0005')).status).toBe(500);
      expect(await s.store.listCharges('acct_demo')).toHaveLength(0);
      // The retry reads the provider: carried out already, so it is recorded, not sent again.
      s.clock.advance(60 * 60_000);
      expect((await s.commit(shown.id, 'key-carry-0005')).status).toBe(200);
      expect(s.provider.calls.map((c) => c.kind)).toEqual(['carryOut', 'settle']);
      expect(s.provider.calls[1]?.change).toEqual(s.provider.calls[0]?.change);
      expect(await s.store.listCharges('acct_demo')).toMatchObject([{ chargeId: 'in_1' }]);

      // Lost again on another change; this time the sweep finishes it.
      const more = await s.preview({ ...demoSelection, seats: 6 });
      s.provider.next.push('lose-answer');
      expect((await s.commit(more.id, 'key-carry-0006')).status).toBe(500);
      s.clock.advance(1000);
      expect((await s.sweep()).settled).toBe(1);
      expect(s.provider.calls.map((c) => c.kind)).toEqual([
        'carryOut',
        'settle',
        'carryOut',
        'settle',
      ]);
      expect(await s.store.listCharges('acct_demo')).toHaveLength(2);
      expect((await s.store.getSubscription('acct_demo'))?.subscription.selection.seats).toBe(6);
    });

    it('carries out an intent the provider never saw when the retry comes', async () => {
      const s = await server();
      const shown = await s.preview({ ...demoSelection, seats: 5 });
      s.provider.next.push('fail-before');
      expect((await s.commit(shown.id, 'key-carry-0007')).status).toBe(500);
      // The provider shows no trace of the intent ('not-started'): it is carried out now, once.
      expect((await s.commit(shown.id, 'key-carry-0007')).status).toBe(200);
      expect(s.provider.calls.map((c) => c.kind)).toEqual(['carryOut', 'settle', 'carryOut']);
      expect(await s.store.listCharges('acct_demo')).toHaveLength(1);
    });
  },
);
