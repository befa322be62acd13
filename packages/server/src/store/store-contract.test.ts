// One contract, two databases: every test here runs against SQLite (node:sqlite, a temp file) and
// against PostgreSQL (a fresh database on the server `pnpm test` starts). "Two instances" are two
// stores opened on the same database, each with its own connection(s) and handler: nothing is
// shared between them but the database, as between two server processes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Catalog, Money } from '@tarif/core';
import { demoCatalogUSD } from '@tarif/core/demo';
import type { CommitHooks } from '../billing/commit-change.js';
import { createDemoPayments, demoAuthenticate, seedDemo } from '../demo/index.js';
import type { DemoPaymentsTable } from '../demo/demo-payments.js';
import { createBillingHandler } from '../handler/create-billing-handler.js';
import { createMaintenance } from '../handler/maintenance.js';
import { PaymentDeclinedError } from '../payments/payments-port.js';
import type { PaymentsPort } from '../payments/payments-port.js';
import type {
  AnyPaymentsPort,
  SubscriptionPaymentsPort,
} from '../payments/subscription-payments-port.js';
import { createTestDatabase } from '../test-utils/postgres.js';
import { caller, createClock, demoSelection } from '../test-utils/setup.js';
import { createPostgresStore } from './postgres/postgres-store.js';
import { createSqliteStore } from './sqlite/sqlite-store.js';
import { CurrencyMismatchError, StoreConflictError } from './store-types.js';
import type { BillingStore } from './store-types.js';

type Store = BillingStore & { readonly demoPayments: DemoPaymentsTable; clear(): Promise<void> };

interface Database {
  /** Opens one more instance of the store on the same database. */
  open(): Promise<Store>;
  dispose(): Promise<void>;
}

const databases: Record<string, () => Promise<Database>> = {
  sqlite: async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tarif-store-'));
    const file = path.join(dir, 'tarif.sqlite');
    return {
      open: async () => createSqliteStore(file),
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
  postgres: async () => {
    const database = await createTestDatabase();
    return {
      open: () => createPostgresStore({ connectionString: database.url, poolSize: 5 }),
      dispose: () => database.drop(),
    };
  },
};

const opened: Store[] = [];
const disposers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
  for (const dispose of disposers.splice(0)) await dispose();
});

const eur = (amount: number): Money => ({ amount, currency: 'EUR' });
const upgrade = { ...demoSelection, plan: 'pro' };

describe.each(Object.keys(databases))('the %s store', (kind) => {
  const clock = createClock();

  /** A database seeded with the demo accounts, and a way to open instances on it. */
  async function database() {
    const db = await databases[kind]!();
    disposers.push(() => db.dispose());
    const open = async () => {
      const store = await db.open();
      opened.push(store);
      return store;
    };
    const first = await open();
    await seedDemo(first, { now: clock.now() });
    return { first, open };
  }

  /** One server instance over `store`: its own handler, payments port and hooks. */
  function instance(
    store: Store,
    options: { hooks?: CommitHooks; payments?: AnyPaymentsPort } = {},
  ) {
    const payments = options.payments ?? createDemoPayments(store.demoPayments, clock.now);
    const handler = createBillingHandler({
      store,
      payments,
      authenticate: demoAuthenticate,
      now: clock.now,
      onError: () => undefined,
      ...(options.hooks ? { hooks: options.hooks } : {}),
    });
    const call = caller(handler);
    return {
      call,
      payments,
      async preview(selection: object): Promise<{ id: string; preview: { dueToday: Money } }> {
        const response = await call('POST', '/previews', { body: { selection } });
        expect(response.status).toBe(200);
        return response.json();
      },
      commit(previewId: string, key: string) {
        return call('POST', '/commits', {
          body: { previewId },
          headers: { 'idempotency-key': key },
        });
      },
    };
  }

  describe('records', () => {
    it('creates and replaces accounts, users and subscriptions, and seeding twice changes nothing', async () => {
      const { first } = await database();
      await seedDemo(first, { now: clock.now() });
      const account = await first.getAccount('acct_demo');
      expect(account).toMatchObject({ id: 'acct_demo', balance: eur(0) });
      expect(account?.catalog.currency).toBe('EUR');
      await first.putAccount({ ...account!, name: 'Renamed', balance: eur(150) });
      expect(await first.getAccount('acct_demo')).toMatchObject({
        name: 'Renamed',
        balance: eur(150),
      });
      await first.putUser({ id: 'usr_new', accountId: 'acct_demo', name: 'Ada', email: 'a@x.fr' });
      expect(await first.getUser('acct_demo', 'usr_new')).toEqual({
        id: 'usr_new',
        accountId: 'acct_demo',
        name: 'Ada',
        email: 'a@x.fr',
      });
      // Users are scoped by account: the right id under another account is nobody.
      expect(await first.getUser('acct_other', 'usr_new')).toBeNull();
      const before = await first.getSubscription('acct_demo');
      await first.putSubscription('acct_demo', { ...before!, scheduled: null });
      expect((await first.getSubscription('acct_demo'))?.version).toBe(before!.version + 1);
    });

    it('shows a catalog saved by one instance to the other at once', async () => {
      const { first, open } = await database();
      const second = await open();
      const catalog = (await second.getAccount('acct_demo'))!.catalog;
      await first.saveCatalog('acct_demo', { ...catalog, version: 'next' });
      expect((await second.getAccount('acct_demo'))?.catalog.version).toBe('next');
    });

    describe('a catalog in another currency than the credit', () => {
      const inUsd = (catalog: Catalog): Catalog => ({
        ...catalog,
        currency: 'USD' as const,
        version: 'usd',
      });

      it('takes a zero credit along, and the account then buys in the new currency', async () => {
        const { first } = await database();
        const account = (await first.getAccount('acct_demo'))!;
        expect(account.balance).toEqual(eur(0));
        await first.saveCatalog('acct_demo', { ...demoCatalogUSD, version: 'usd' });
        expect((await first.getAccount('acct_demo'))?.balance).toEqual({
          amount: 0,
          currency: 'USD',
        });
        const server = instance(first);
        const shown = await server.preview(upgrade);
        expect(shown.preview.dueToday.currency).toBe('USD');
        expect((await server.commit(shown.id, 'key-usd-0001')).status).toBe(200);
      });

      it('refuses to strand a credit that is not zero, and saves nothing', async () => {
        const { first } = await database();
        const account = (await first.getAccount('acct_demo'))!;
        await first.putAccount({ ...account, balance: eur(1234) });
        const error = await first
          .saveCatalog('acct_demo', inUsd(account.catalog))
          .catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(CurrencyMismatchError);
        expect((error as Error).message).toContain('1234 minor units of EUR');
        const after = (await first.getAccount('acct_demo'))!;
        expect(after.catalog.version).toBe(account.catalog.version);
        expect(after.balance).toEqual(eur(1234));
      });

      it('refuses a new currency while a commit is being charged, and takes it once settled', async () => {
        const { first } = await database();
        const account = (await first.getAccount('acct_demo'))!;
        const usd = { ...demoCatalogUSD, version: 'usd' };
        const refusals: unknown[] = [];
        const server = instance(first, {
          hooks: {
            // Between the intent and its completion: the completion writes a balance in EUR.
            afterCharge: () =>
              first.saveCatalog('acct_demo', usd).catch((e: unknown) => void refusals.push(e)),
          },
        });
        const shown = await server.preview(upgrade);
        expect((await server.commit(shown.id, 'key-usd-race-0001')).status).toBe(200);
        expect(refusals).toEqual([expect.any(StoreConflictError)]);
        const after = (await first.getAccount('acct_demo'))!;
        expect(after.catalog.currency).toBe('EUR');
        expect(after.balance.currency).toBe('EUR');
        // Settled: the change of currency goes through, and the account buys in it.
        await first.saveCatalog('acct_demo', usd);
        expect((await first.getAccount('acct_demo'))?.balance).toEqual({
          amount: account.balance.amount,
          currency: 'USD',
        });
      });

      it('refuses an account whose balance and catalog are in two currencies', async () => {
        const { first } = await database();
        const account = (await first.getAccount('acct_demo'))!;
        await expect(
          first.putAccount({ ...account, catalog: inUsd(account.catalog), balance: eur(0) }),
        ).rejects.toBeInstanceOf(CurrencyMismatchError);
        expect((await first.getAccount('acct_demo'))?.catalog.currency).toBe('EUR');
        // Converted together, they are one currency again.
        await first.putAccount({
          ...account,
          catalog: inUsd(account.catalog),
          balance: { amount: 1400, currency: 'USD' },
        });
        expect((await first.getAccount('acct_demo'))?.balance.currency).toBe('USD');
      });
    });

    it('keeps amounts exact as integers of minor units', async () => {
      const { first } = await database();
      const account = (await first.getAccount('acct_demo'))!;
      const large = eur(Number.MAX_SAFE_INTEGER);
      await first.putAccount({ ...account, balance: large });
      expect((await first.getAccount('acct_demo'))?.balance).toEqual(large);
    });
  });

  describe('transactions', () => {
    it('writes nothing of a transaction whose work throws', async () => {
      const { first } = await database();
      const before = (await first.getSubscription('acct_demo'))!;
      await expect(
        first.withAccount('acct_demo', async (tx) => {
          await tx.setBalance(eur(999));
          await tx.updateSubscription({ ...before, scheduled: null }, before.version);
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      expect((await first.getAccount('acct_demo'))?.balance).toEqual(eur(0));
      expect((await first.getSubscription('acct_demo'))?.version).toBe(before.version);
    });

    it('refuses a subscription write from a stale version', async () => {
      const { first } = await database();
      const before = (await first.getSubscription('acct_demo'))!;
      await first.withAccount('acct_demo', (tx) => tx.updateSubscription(before, before.version));
      await expect(
        first.withAccount('acct_demo', (tx) => tx.updateSubscription(before, before.version)),
      ).rejects.toBeInstanceOf(StoreConflictError);
    });

    it('loses no update when two instances change one account at the same time', async () => {
      const { first, open } = await database();
      const second = await open();
      // Read, then write what was read plus one: only a real lock keeps all 40.
      const bump = (store: Store) =>
        store.withAccount('acct_demo', async (tx) => {
          const account = (await tx.getAccount())!;
          await tx.setBalance(eur(account.balance.amount + 1));
        });
      await Promise.all(Array.from({ length: 40 }, (_, i) => bump(i % 2 ? first : second)));
      expect((await first.getAccount('acct_demo'))?.balance).toEqual(eur(40));
    });
  });

  describe('commits across instances', () => {
    it('charges once when 30 requests with one key arrive at two instances together', async () => {
      const { first, open } = await database();
      const servers = [instance(first), instance(await open())];
      const { id } = await servers[0]!.preview(upgrade);
      const responses = await Promise.all(
        Array.from({ length: 30 }, (_, i) => servers[i % 2]!.commit(id, 'key-shared-0001')),
      );
      const bodies = await Promise.all(responses.map((response) => response.text()));
      expect(responses.map((response) => response.status)).toEqual(Array(30).fill(200));
      expect(new Set(bodies).size).toBe(1);
      expect(await first.listCharges('acct_demo')).toHaveLength(1);
      expect(await first.demoPayments.count('acct_demo')).toBe(1);
    });

    it('serialises different commits for one account: one seat bought once, never twice', async () => {
      const { first, open } = await database();
      const servers = [instance(first), instance(await open())];
      const oneMore = { ...demoSelection, seats: 4 };
      // Two admins' tabs each reviewed "+1 seat" and confirm at once, on two instances.
      for (let round = 0; round < 5; round++) {
        const current = (await first.getSubscription('acct_demo'))!.subscription.selection;
        const target = { ...oneMore, seats: current.seats + 1 };
        const [a, b] = [await servers[0]!.preview(target), await servers[1]!.preview(target)];
        const responses = await Promise.all([
          servers[0]!.commit(a.id, `key-a-${round}-0001`),
          servers[1]!.commit(b.id, `key-b-${round}-0001`),
        ]);
        const statuses = responses.map((response) => response.status).sort();
        // One buys the seat; the other was priced for a subscription that no longer exists.
        expect(statuses).toEqual([200, 409]);
        const refused = await responses.find((response) => response.status === 409)!.json();
        expect(refused.error.code).toBe('price-changed');
        const after = (await first.getSubscription('acct_demo'))!.subscription.selection;
        expect(after.seats).toBe(current.seats + 1);
      }
      const charges = await first.listCharges('acct_demo');
      expect(charges).toHaveLength(5);
      expect(await first.demoPayments.count('acct_demo')).toBe(5);
    });

    it('charges each commit exactly what its own preview showed', async () => {
      const { first } = await database();
      const server = instance(first);
      const shown = await server.preview(upgrade);
      expect((await server.commit(shown.id, 'key-exact-0001')).status).toBe(200);
      expect((await first.listCharges('acct_demo')).map((entry) => entry.amount)).toEqual([
        shown.preview.dueToday,
      ]);
    });
  });

  describe('a crash between the charge and its record', () => {
    /** The process "dies" right after the payment: the outcome is never recorded by it. */
    const crashAfterCharge: CommitHooks = {
      afterCharge: async () => {
        throw new Error('process killed');
      },
    };

    it('is finished by a retry with the same key on another instance, even after the preview expired', async () => {
      const { first, open } = await database();
      const dying = instance(first, { hooks: crashAfterCharge });
      const { id, preview } = await dying.preview(upgrade);
      expect((await dying.commit(id, 'key-crash-0001')).status).toBe(500);
      expect(await first.demoPayments.count('acct_demo')).toBe(1);
      expect(await first.listCharges('acct_demo')).toHaveLength(0);

      clock.advance(20 * 60_000);
      const survivor = instance(await open());
      const retry = await survivor.commit(id, 'key-crash-0001');
      expect(retry.status).toBe(200);
      expect((await retry.json()).charged).toEqual(preview.dueToday);
      expect(await first.demoPayments.count('acct_demo')).toBe(1);
      expect((await first.listCharges('acct_demo')).map((entry) => entry.amount)).toEqual([
        preview.dueToday,
      ]);
      expect((await first.getSubscription('acct_demo'))?.subscription.selection.plan).toBe('pro');
    });

    it('is finished by the sweep when nobody retries, and blocks no later commit', async () => {
      const { first, open } = await database();
      const dying = instance(first, { hooks: crashAfterCharge });
      const { id } = await dying.preview(upgrade);
      expect((await dying.commit(id, 'key-crash-0002')).status).toBe(500);

      clock.advance(60_000);
      const second = await open();
      const settled = await createMaintenance({
        store: second,
        payments: createDemoPayments(second.demoPayments, clock.now),
        now: clock.now,
        previewTtlMs: 15 * 60_000,
        settleAfterMs: 0,
        onError: (error) => {
          throw error;
        },
      }).sweep();
      expect(settled.settled).toBe(1);
      expect(await first.listCharges('acct_demo')).toHaveLength(1);
      expect(await first.demoPayments.count('acct_demo')).toBe(1);

      // The account is free again: the next change is priced on the Pro plan and charged once.
      const next = instance(second);
      const more = await next.preview({ ...upgrade, contactLimit: 20000 });
      expect((await next.commit(more.id, 'key-after-0002')).status).toBe(200);
      expect(await first.listCharges('acct_demo')).toHaveLength(2);
    });

    it('is finished first when another change of the account is committed meanwhile', async () => {
      const { first, open } = await database();
      const dying = instance(first, { hooks: crashAfterCharge });
      const other = instance(await open());
      const stale = await other.preview({ ...demoSelection, seats: 4 });
      const { id } = await dying.preview(upgrade);
      expect((await dying.commit(id, 'key-crash-0003')).status).toBe(500);
      // The seat was priced on Plus; the crashed upgrade to Pro goes first, so it is re-priced.
      const response = await other.commit(stale.id, 'key-other-0003');
      expect(response.status).toBe(409);
      expect((await first.getSubscription('acct_demo'))?.subscription.selection.plan).toBe('pro');
      expect(await first.listCharges('acct_demo')).toHaveLength(1);
    });
  });

  describe('payments', () => {
    it('records nothing when the provider declines, and frees the preview for another try', async () => {
      const { first } = await database();
      let decline = true;
      const real = createDemoPayments(first.demoPayments, clock.now);
      const payments: PaymentsPort = {
        charge: async (...args) => {
          if (decline) throw new PaymentDeclinedError('Card declined');
          return real.charge(...args);
        },
      };
      const server = instance(first, { payments });
      const { id } = await server.preview(upgrade);
      const declined = await server.commit(id, 'key-declined-01');
      expect(declined.status).toBe(402);
      expect((await declined.json()).error.code).toBe('payment-declined');
      expect(await first.listCharges('acct_demo')).toHaveLength(0);
      expect((await first.getSubscription('acct_demo'))?.subscription.selection.plan).toBe('plus');
      decline = false;
      expect((await server.commit(id, 'key-declined-01')).status).toBe(200);
      expect(await first.listCharges('acct_demo')).toHaveLength(1);
    });

    it("drops another commit's declined intent without answering this commit with the decline", async () => {
      const { first, open } = await database();
      const real = createDemoPayments(first.demoPayments, clock.now);
      // The provider declines the stranded commit's card only.
      const payments: PaymentsPort = {
        charge: async (accountId, amount, paymentKey) => {
          if (paymentKey.includes('key-stranded-01')) throw new PaymentDeclinedError('Declined');
          return real.charge(accountId, amount, paymentKey);
        },
      };
      // The first commit's process dies after writing its intent and before charging.
      const dying = instance(first, {
        payments: {
          charge: async () => {
            throw new Error('process killed');
          },
        },
      });
      const { id } = await dying.preview(upgrade);
      expect((await dying.commit(id, 'key-stranded-01')).status).toBe(500);
      // Another tab's commit finds that intent first and settles it: declined, so dropped.
      const other = instance(await open(), { payments });
      const seats = await other.preview({ ...demoSelection, seats: 4 });
      const response = await other.commit(seats.id, 'key-other-tab-1');
      expect(response.status).toBe(200);
      expect(await first.listCharges('acct_demo')).toHaveLength(1);
      expect((await first.getSubscription('acct_demo'))?.subscription.selection).toMatchObject({
        plan: 'plus',
        seats: 4,
      });
    });

    it('binds a payment key to its amount: the same key for another amount is refused', async () => {
      const { first } = await database();
      const payments = createDemoPayments(first.demoPayments, clock.now);
      const charged = await payments.charge('acct_demo', eur(2774), 'pk-amount-01');
      expect(await payments.charge('acct_demo', eur(2774), 'pk-amount-01')).toEqual(charged);
      await expect(payments.charge('acct_demo', eur(1), 'pk-amount-01')).rejects.toThrow(
        /another amount/,
      );
      expect(await first.demoPayments.count('acct_demo')).toBe(1);
    });
  });

  describe("a provider's billing period", () => {
    it("is recorded instead of the commit's own, and answered again on a replay of the key", async () => {
      const { first } = await database();
      // The provider starts the yearly period when it runs the change, later than the preview.
      const period = { start: '2026-03-10T12:06:00.000Z', end: '2027-03-10T12:06:00.000Z' };
      const payments: SubscriptionPaymentsPort = {
        carryOut: async (change) => ({
          status: 'done',
          chargeId: 'in_yearly',
          charged: change.agreed.dueToday,
          period,
        }),
        settle: async () => ({ status: 'not-started' }),
      };
      const a = instance(first, { payments });
      const { id } = await a.preview({ ...demoSelection, interval: 'year' });
      const response = await a.commit(id, 'key-provider-period');
      expect(response.status).toBe(200);
      const committed = await response.json();
      expect(committed.subscription).toMatchObject({
        periodStart: period.start,
        periodEnd: period.end,
      });
      expect((await first.getSubscription('acct_demo'))!.subscription).toMatchObject({
        periodStart: period.start,
        periodEnd: period.end,
      });
      const replay = await a.commit(id, 'key-provider-period');
      expect(await replay.json()).toEqual(committed);
      expect(await first.listCharges('acct_demo')).toMatchObject([{ chargeId: 'in_yearly' }]);
    });
  });

  describe('housekeeping', () => {
    it('drops expired previews and old finished commits, never a charging one', async () => {
      const { first } = await database();
      const server = instance(first);
      const kept = await server.preview(upgrade);
      const committed = await server.preview({ ...demoSelection, seats: 4 });
      expect((await server.commit(committed.id, 'key-sweep-0001')).status).toBe(200);
      const later = new Date(clock.now().getTime() + 25 * 60 * 60_000).toISOString();
      const removed = await first.sweep({
        previewsExpiredBefore: later,
        commitsCreatedBefore: later,
      });
      expect(removed).toEqual({ previews: 2, commits: 1 });
      expect(await first.getPreview('acct_demo', kept.id)).toBeNull();
      // The ledger is history, not housekeeping.
      expect(await first.listCharges('acct_demo')).toHaveLength(1);
    });

    it('does not store a preview that cannot be committed', async () => {
      const { first } = await database();
      const server = instance(first);
      // Fewer plans than today's is a downgrade: a request to sales, never a commit.
      const request = await server.preview({ ...demoSelection, plan: 'starter', seats: 1 });
      expect(request.id).toMatch(/^pvx_/);
      expect(await first.getPreview('acct_demo', request.id)).toBeNull();
      const response = await server.commit(request.id, 'key-request-01');
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toBe('preview-not-committable');
    });
  });
});
