// Many server processes, one database: the way every production deployment runs. Nothing is
// shared between the processes but the database, so only the database can keep a charge single.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../packages/server/src/test-utils/postgres.js';
import { launchChromium } from './browser.js';
import { BillingPageModel } from './billing-page.model.js';
import { auditCharges } from './database.js';
import { demoApi } from './demo-api.js';
import { startLoadBalancer } from './load-balancer.js';
import { freshDatabasePath, startServer } from './server-process.js';
import type { RunningServer } from './server-process.js';

const databases = {
  postgres: async () => {
    const database = await createTestDatabase();
    return { url: database.url, dispose: () => database.drop() };
  },
  sqlite: async () => ({ url: freshDatabasePath(), dispose: async () => {} }),
};

interface Preview {
  readonly id: string;
  readonly preview: { readonly dueToday: { readonly amount: number } };
  /** The demo account is a French business: the server adds TVA and debits the gross. */
  readonly tax?: { readonly dueToday: { readonly amount: number } };
}

/** What a preview shows as debited today: the gross when the server computes tax. */
const dueToday = (shown: Preview) => (shown.tax ?? shown.preview).dueToday.amount;

describe.each(Object.keys(databases) as Array<keyof typeof databases>)(
  'three server processes on one %s database',
  (kind) => {
    let database: { url: string; dispose: () => Promise<void> };
    let servers: RunningServer[];

    beforeAll(async () => {
      database = await databases[kind]();
      // All three start at once: their migrations must not collide.
      servers = await Promise.all([0, 1, 2].map(() => startServer(database.url)));
    });
    afterAll(async () => {
      await Promise.all((servers ?? []).map((server) => server.stop()));
      await database?.dispose();
    });
    beforeEach(async () => {
      await servers[0]!.reset();
    });

    const api = (index: number) => demoApi(servers[index % servers.length]!.url, 'demo-admin');
    async function preview(index: number, selection: object): Promise<Preview> {
      const response = await api(index).call('POST', '/previews', { selection });
      expect(response.status).toBe(200);
      return (await response.json()) as Preview;
    }
    const commit = (index: number, previewId: string, key: string) =>
      api(index).call('POST', '/commits', { previewId }, { 'idempotency-key': key });
    async function selection() {
      return (await auditCharges(database.url)).selection;
    }

    it('charges once for 50 concurrent commits with one key spread over the three, and answers each the same', async () => {
      const { id } = await preview(0, { ...(await selection()), plan: 'pro' });
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) => commit(i, id, 'key-fifty-at-once')),
      );
      const bodies = await Promise.all(responses.map((response) => response.text()));
      expect(responses.map((response) => response.status)).toEqual(Array(50).fill(200));
      expect(new Set(bodies).size).toBe(1);
      const audit = await auditCharges(database.url);
      expect(audit.ledger).toHaveLength(1);
      expect(audit.payments).toBe(1);
      expect(audit.selection.plan).toBe('pro');
    });

    it('serialises different changes committed at once: in 20 rounds of "+1 seat" from three tabs, each seat is bought once', async () => {
      // On Pro (up to 50 seats), so twenty more seats stay within the plan.
      await api(0).buy({ ...(await selection()), plan: 'pro' });
      const won: number[] = [];
      for (let round = 0; round < 20; round++) {
        const current = await selection();
        const target = { ...current, seats: current.seats + 1 };
        // Three tabs reviewed the same +1 seat, each through another instance, and confirm together.
        const previews = await Promise.all([0, 1, 2].map((i) => preview(i, target)));
        const responses = await Promise.all(
          previews.map((shown, i) => commit(i + 1, shown.id, `key-round-${round}-tab-${i}`)),
        );
        const statuses = responses.map((response) => response.status);
        expect(statuses.filter((status) => status === 200)).toHaveLength(1);
        expect(statuses.filter((status) => status === 409)).toHaveLength(2);
        const winner = statuses.indexOf(200);
        const result = (await responses[winner]!.json()) as { charged: { amount: number } };
        // What was charged is what that tab's own review showed.
        expect(result.charged.amount).toBe(dueToday(previews[winner]!));
        won.push(result.charged.amount);
        expect((await selection()).seats).toBe(current.seats + 1);
      }
      // Seats Pro includes cost nothing and leave no ledger row; every other seat, exactly one.
      const charged = won.filter((amount) => amount > 0);
      expect(charged.length).toBeGreaterThan(10);
      const audit = await auditCharges(database.url);
      expect(audit.ledger.slice(1).map((entry) => entry.amount)).toEqual(charged);
      expect(audit.payments).toBe(1 + charged.length);
    });

    it('charges once when the instance that charged is killed before recording it, and another finishes the retry', async () => {
      const target = { ...(await selection()), contactLimit: 20000 };
      const shown = await preview(0, target);
      await servers[1]!.faults({ pauseAfterCharge: true });
      const doomed = commit(1, shown.id, 'key-killed-mid-commit');
      await servers[1]!.output(/paused after charging key-killed-mid-commit/);
      const between = await auditCharges(database.url);
      expect(between.payments).toBe(1);
      expect(between.ledger).toHaveLength(0);

      await servers[1]!.kill();
      // The client sees what a load balancer answers for a dead upstream.
      expect((await doomed).status).toBe(502);
      // The client retries with the same key; the load balancer sends it elsewhere.
      const retry = await commit(2, shown.id, 'key-killed-mid-commit');
      expect(retry.status).toBe(200);
      expect(((await retry.json()) as { charged: { amount: number } }).charged.amount).toBe(
        dueToday(shown),
      );
      const after = await auditCharges(database.url);
      expect(after.payments).toBe(1);
      expect(after.ledger.map((entry) => entry.amount)).toEqual([dueToday(shown)]);
      expect(after.selection.contactLimit).toBe(20000);
      servers[1] = await startServer(database.url);
    });

    it.runIf(kind === 'postgres')(
      'runs the browser flow through a load balancer that alternates between two instances',
      async () => {
        const balancer = await startLoadBalancer([servers[0]!.url, servers[2]!.url]);
        const browser = await launchChromium();
        try {
          const billing = new BillingPageModel(await browser.newPage(), balancer.url);
          await billing.open({ lang: 'fr' });
          await billing.editSeats();
          await billing.seats.increment();
          await billing.continueToReview();
          await billing.review.waitForServerPreview();
          const shownDueToday = await billing.review.dueToday();
          await billing.review.confirm();
          expect(await billing.review.expectSuccess()).toContain(shownDueToday);
          expect(billing.pageErrors).toEqual([]);
          const audit = await auditCharges(database.url);
          expect(audit.ledger.map((entry) => entry.amount)).toEqual([
            billing.minorUnits(shownDueToday, 'EUR'),
          ]);
          expect(audit.selection.seats).toBe(4);
          expect(balancer.counts.every((count) => count > 0)).toBe(true);
        } finally {
          await browser.close();
          await balancer.close();
        }
      },
    );
  },
);
