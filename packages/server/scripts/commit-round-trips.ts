// One commit's cost on PostgreSQL, as a ratio to what the same round trips cost bare:
//   node scripts/postgres.mjs pnpm exec tsx packages/server/scripts/commit-round-trips.ts
// (from the repository root; postgres.mjs starts a throwaway PostgreSQL and sets its admin URL.)
//
// 1. Round trips: every `query` a pg client sends is counted while one account previews one more
//    seat and commits it through the billing handler (in process, no HTTP): how many times a
//    preview and a commit wait for the database.
// 2. Commits per second: RT_WORKERS workers (16) buy one more seat after another on RT_ACCOUNTS
//    accounts (200) for RT_SECONDS (10), through the handler on one store (pool of RT_POOL, 10).
// 3. Baseline, in the same run: the same workers send, per unit, as many bare `SELECT 1` as a
//    preview and a commit made round trips, one after the other, on a pool of the same size on
//    the same database, for as long. Units per second is what the database and pool allow for
//    that many waits; the ratio says how much of it a commit's own work (rows, locks, JSON, core's
//    pricing) takes. Both passes run twice, alternating, so load from elsewhere falls on both.
// It prints figures and judges none; it exits non-zero only when a commit did not answer 200.
import os from 'node:os';
import pg from 'pg';
import type { ServerPreview } from '@tarif/core';
import { createDemoPayments } from '../src/demo/index.js';
import { createBillingHandler } from '../src/index.js';
import { createPostgresStore } from '../src/store/postgres/postgres-store.js';
import { createTestDatabase } from '../src/test-utils/postgres.js';
import { benchAuthenticate } from './bench-authenticate.js';
import { benchAccountIds, loadAccounts, nextSelection } from './bench-accounts.js';
import type { Account } from './bench-accounts.js';

const seconds = Number(process.env['RT_SECONDS'] ?? 10);
const workerCount = Number(process.env['RT_WORKERS'] ?? 16);
const accountCount = Number(process.env['RT_ACCOUNTS'] ?? 200);
const poolSize = Number(process.env['RT_POOL'] ?? 10);
// Each worker holds one account at a time, so there must be one for each.
if (accountCount < workerCount) throw new Error('RT_ACCOUNTS must be at least RT_WORKERS');

// Every statement any pg client sends goes through Client#query (a pool's query included).
let roundTrips = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  roundTrips++;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

const database = await createTestDatabase();
const store = await createPostgresStore({ connectionString: database.url, poolSize });
const bare = new pg.Pool({ connectionString: database.url, max: poolSize });
let failures = 0;
try {
  const idle = await loadAccounts(store, benchAccountIds(accountCount), new Date());
  const handler = createBillingHandler({
    store,
    payments: createDemoPayments(store.demoPayments),
    authenticate: benchAuthenticate,
    rateLimits: { previews: false, changeRequests: false },
    onError: (error: unknown) => console.error('[commit-round-trips]', error),
  });
  const post = (account: Account, route: string, body: object, key?: string) =>
    handler(
      new Request(`http://bench/api/billing${route}`, {
        method: 'POST',
        headers: {
          authorization: account.authorization,
          'content-type': 'application/json',
          ...(key ? { 'idempotency-key': key } : {}),
        },
        body: JSON.stringify(body),
      }),
    );
  let keys = 0;
  /** One more seat for `account`: a preview and its commit. False when it had nothing to buy. */
  async function buy(account: Account): Promise<boolean> {
    const target = nextSelection(account.selection);
    if (!target) return false;
    const preview = await post(account, '/previews', { selection: target });
    const { id } = (await preview.json()) as ServerPreview;
    const commit = await post(account, '/commits', { previewId: id }, `rt-${++keys}-key`);
    await commit.arrayBuffer();
    if (commit.status !== 200) failures++;
    else account.selection = target;
    return true;
  }

  // 1. Round trips of one preview and one commit (the first account, warmed once before).
  const first = idle[0]!;
  await buy(first);
  let before = roundTrips;
  const target = nextSelection(first.selection)!;
  const preview = await post(first, '/previews', { selection: target });
  const previewTrips = roundTrips - before;
  const { id } = (await preview.json()) as ServerPreview;
  before = roundTrips;
  const commit = await post(first, '/commits', { previewId: id }, `rt-${++keys}-key`);
  const commitTrips = roundTrips - before;
  if (commit.status !== 200) failures++;
  first.selection = target;
  const perUnit = previewTrips + commitTrips;

  /** Units per second: `workerCount` workers each running `unit` one after the other. */
  async function perSecond(unit: () => Promise<boolean>): Promise<number> {
    let done = 0;
    const started = performance.now();
    const deadline = started + seconds * 1000;
    await Promise.all(
      Array.from({ length: workerCount }, async () => {
        while (performance.now() < deadline) if (await unit()) done++;
      }),
    );
    return done / ((performance.now() - started) / 1000);
  }
  const commits = () =>
    perSecond(async () => {
      const account = idle.shift();
      if (!account) return false;
      const bought = await buy(account);
      idle.push(account);
      return bought;
    });
  const baseline = () =>
    perSecond(async () => {
      for (let trip = 0; trip < perUnit; trip++) await bare.query('SELECT 1');
      return true;
    });

  const rows: { pass: number; commitsPerSecond: number; unitsPerSecond: number }[] = [];
  for (const pass of [1, 2]) {
    const ordered = pass === 1 ? [commits, baseline] : [baseline, commits];
    const figures = new Map<() => Promise<number>, number>();
    for (const run of ordered) figures.set(run, await run());
    rows.push({
      pass,
      commitsPerSecond: figures.get(commits)!,
      unitsPerSecond: figures.get(baseline)!,
    });
  }

  const version = (await bare.query<{ server_version: string }>('SHOW server_version')).rows[0];
  console.log(
    `Node ${process.version}; PostgreSQL ${version?.server_version}; ${os.cpus().length} × ` +
      `${os.cpus()[0]?.model ?? 'CPU'}; load average ${os
        .loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}`,
  );
  console.log(
    `round trips: preview ${previewTrips}, commit ${commitTrips} (one more seat, demo payments)`,
  );
  console.log(
    `${workerCount} workers, pool of ${poolSize}, ${accountCount} accounts, ${seconds} s per run`,
  );
  console.log(
    '| Pass | Commits/s (preview + commit) | Bare units/s (' + perUnit + ' × SELECT 1) | Ratio |',
  );
  console.log('| --- | --- | --- | --- |');
  for (const row of rows) {
    console.log(
      `| ${row.pass} | ${row.commitsPerSecond.toFixed(1)} | ${row.unitsPerSecond.toFixed(1)} | ` +
        `${(row.commitsPerSecond / row.unitsPerSecond).toFixed(2)} |`,
    );
  }
  if (failures > 0) console.log(`FAILED: ${failures} commits did not answer 200`);
} finally {
  await bare.end();
  await store.close();
  await database.drop();
}
process.exitCode = failures > 0 ? 1 : 0;
