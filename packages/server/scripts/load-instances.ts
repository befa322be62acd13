// Load benchmark: one server on SQLite, one on PostgreSQL, three on one PostgreSQL, side by side.
//   pnpm run build && node scripts/postgres.mjs pnpm exec tsx packages/server/scripts/load-instances.ts
// (from the repository root; postgres.mjs starts a throwaway PostgreSQL and sets
// TARIF_TEST_POSTGRES_URL, its admin URL; the script imports @tarif/core from its build.)
//
// For each configuration it makes a fresh database (PostgreSQL: `CREATE DATABASE` from the admin
// URL, dropped `WITH (FORCE)` at the end; SQLite: a file in a temp directory under
// LOAD_SQLITE_DIR, /dev/shm by default: see sqliteDir below), loads LOAD_ACCOUNTS accounts (400)
// through the store API, and starts real server processes (bench-server.ts: the demo server's
// handler, store and payments, with bearer tokens for those accounts) on free ports.
// Then, per configuration:
// - previews/s: autocannon POSTs /api/billing/previews (LOAD_CONNECTIONS connections, 12, spread
//   round-robin over the instances; every request on the next account's token);
// - commits/s: LOAD_WORKERS workers (16) each take the next idle account, ask a preview of one
//   more seat (then one more contact band) and commit it with a new Idempotency-Key, one request
//   after the other over the instances (round-robin); commit latency is the commit request's,
//   pair latency the preview's and the commit's together.
// LOAD_SECONDS (10) each, after a warm-up of LOAD_WARMUP seconds (1), in two passes (SQLite,
// PostgreSQL, 3 × PostgreSQL; then the other way round), so that load from elsewhere on the
// machine and the growth of the tables fall on all three alike. Both passes are printed.
//
// At the end it checks every database: one ledger row per commit answered 200 with an amount, at
// that amount, none for anything else, and as many demo payments as ledger rows. It never judges
// timing: it exits non-zero only when something answered 5xx or 429 (the bench server sets no
// rate limit; a figure from a run that met 429s would measure the limiter, so none is printed),
// a request got no answer, or the ledger does not match.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommitResult, ServerPreview } from '@tarif/core';
// @ts-expect-error autocannon ships no types
import autocannon from 'autocannon';
import type { DemoPaymentsTable } from '../src/demo/index.js';
import type { BillingStore } from '../src/index.js';
import { createPostgresStore } from '../src/store/postgres/postgres-store.js';
import { createSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { createTestDatabase } from '../src/test-utils/postgres.js';
import {
  benchAccountIds,
  loadAccounts,
  nextSelection,
  startSelection,
  userOf,
} from './bench-accounts.js';
import type { Account } from './bench-accounts.js';

const seconds = Number(process.env['LOAD_SECONDS'] ?? 10);
const warmupSeconds = Number(process.env['LOAD_WARMUP'] ?? 1);
const connections = Number(process.env['LOAD_CONNECTIONS'] ?? 12);
const workerCount = Number(process.env['LOAD_WORKERS'] ?? 16);
// 400 accounts take 53 charged commits each (45 seats, 8 contact bands): 21 200 per configuration.
const accountCount = Number(process.env['LOAD_ACCOUNTS'] ?? 400);
// The throwaway PostgreSQL never fsyncs; a SQLite file on tmpfs does not wait for the disk either,
// so by default both are measured without the disk. LOAD_SQLITE_DIR=/tmp measures SQLite's fsyncs.
const sqliteDir =
  process.env['LOAD_SQLITE_DIR'] ?? (existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir());
const benchServer = fileURLToPath(new URL('./bench-server.ts', import.meta.url));

type Store = BillingStore & { readonly demoPayments: DemoPaymentsTable };

interface Database {
  /** The bench server's environment: DATABASE_URL or TARIF_DB. */
  readonly env: Record<string, string>;
  open(): Promise<Store>;
  dispose(): Promise<void>;
}

interface Server {
  readonly url: string;
  readonly child: ChildProcess;
  readonly stderr: string[];
}

interface Configuration {
  readonly name: string;
  readonly instances: number;
  readonly make: () => Promise<Database>;
  database?: Database;
  servers: Server[];
  /** Accounts no worker holds, oldest first: each is used by one worker at a time. */
  idle: Account[];
  /** Every commit sent, by idempotency key: its account, HTTP status and the amount answered. */
  commits: Map<string, { accountId: string; status: number | 'error'; amount: number }>;
  /** Accounts taken out of the rotation after an answer other than 200 (their state is unknown). */
  retired: number;
  /** Accounts that reached 50 seats and the highest contact band: no commit left to charge. */
  exhausted: number;
}

// ---------- databases and accounts ----------

const tempDirs: string[] = [];
const databases = {
  sqlite: async (): Promise<Database> => {
    const dir = mkdtempSync(path.join(sqliteDir, 'tarif-bench-'));
    tempDirs.push(dir);
    const file = path.join(dir, 'tarif.sqlite');
    return {
      env: { TARIF_DB: file },
      open: async () => createSqliteStore(file),
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
  postgres: async (): Promise<Database> => {
    const database = await createTestDatabase();
    return {
      env: { DATABASE_URL: database.url },
      open: () => createPostgresStore({ connectionString: database.url }),
      dispose: () => database.drop(),
    };
  },
};

const accountIds = benchAccountIds(accountCount);

// ---------- server processes ----------

function startServer(env: Record<string, string>): Promise<Server> {
  const inherited = { ...process.env };
  for (const name of ['DATABASE_URL', 'TARIF_DB', 'TARIF_TEST_CONTROLS', 'TARIF_STATIC_DIR'])
    delete inherited[name];
  // tsx's loader from this process's own arguments; node:sqlite's warning is expected, not news.
  const args = [...process.execArgv, '--disable-warning=ExperimentalWarning', benchServer];
  const child = spawn(process.execPath, args, {
    env: { ...inherited, ...env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error('no "listening on" within 30 s')), 30_000);
    function fail(error: Error) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`bench server: ${error.message}\n${output}${stderr.join('')}`));
    }
    child.once('exit', (code, signal) => fail(new Error(`exited (${code ?? signal}) at start`)));
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ url: match[1]!, child, stderr });
    });
  });
}

function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
    server.child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    server.child.kill('SIGTERM');
  });
}

// ---------- previews: autocannon ----------

// A purchase from any state the commits below leave: yearly, the highest band, 50 seats, SMS.
const previewBody = JSON.stringify({
  selection: {
    ...startSelection,
    interval: 'year',
    contactLimit: 100000,
    seats: 50,
    addOns: ['sms'],
  },
});

interface PreviewRun {
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly statuses: Record<string, number>;
  readonly errors: number;
}

interface AutocannonResult {
  requests: { total: number };
  duration: number;
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
}

async function runPreviews(config: Configuration, duration: number): Promise<PreviewRun> {
  const tokens = accountIds.map((id) => `Bearer bench:${id}:${userOf(id)}`);
  let next = 0;
  const result = (await autocannon({
    // Connection i goes to url i % 3: connections stay on their instance (keep-alive).
    url: config.servers.map((server) => server.url),
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        path: '/api/billing/previews',
        headers: { 'content-type': 'application/json' },
        body: previewBody,
        setupRequest: (request: { headers: Record<string, string> }) => ({
          ...request,
          headers: { ...request.headers, authorization: tokens[next++ % tokens.length] },
        }),
      },
    ],
  })) as AutocannonResult;
  return {
    // autocannon counts the requests answered (2xx or not) and the duration in seconds.
    perSecond:
      (result.statusCodeStats['200']?.count ?? 0) / (result.duration || Number.POSITIVE_INFINITY),
    p50: result.latency.p50,
    p99: result.latency.p99,
    statuses: Object.fromEntries(
      Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, count]),
    ),
    errors: result.errors + result.timeouts,
  };
}

// ---------- commits: preview + commit pairs ----------

interface CommitRun {
  readonly perSecond: number;
  readonly commitP50: number;
  readonly commitP99: number;
  readonly pairP50: number;
  readonly pairP99: number;
  readonly statuses: Record<string, number>;
  readonly errors: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]!;
}

let keySeq = 0;

async function runCommits(config: Configuration, duration: number): Promise<CommitRun> {
  const commitTimes: number[] = [];
  const pairTimes: number[] = [];
  const statuses: Record<string, number> = {};
  const count = (what: string) => (statuses[what] = (statuses[what] ?? 0) + 1);
  let errors = 0;
  let turn = 0;
  const nextBase = () => `${config.servers[turn++ % config.servers.length]!.url}/api/billing`;
  async function send(account: Account, route: string, body: object, key?: string) {
    const response = await fetch(`${nextBase()}${route}`, {
      method: 'POST',
      headers: {
        authorization: account.authorization,
        'content-type': 'application/json',
        ...(key ? { 'idempotency-key': key } : {}),
      },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, text };
  }
  const describe = (status: number, text: string) => {
    if (status === 200) return '200';
    try {
      return `${status} ${(JSON.parse(text) as { error: { code: string } }).error.code}`;
    } catch {
      return `${status}`;
    }
  };

  const started = performance.now();
  const deadline = started + duration * 1000;
  async function worker() {
    while (performance.now() < deadline) {
      const account = config.idle.shift();
      if (!account) return;
      const target = nextSelection(account.selection);
      if (!target) {
        config.exhausted++;
        continue;
      }
      const pairStart = performance.now();
      let preview;
      try {
        preview = await send(account, '/previews', { selection: target });
      } catch {
        errors++;
        count('preview: no answer');
        config.retired++;
        continue;
      }
      if (preview.status !== 200) {
        count(`preview ${describe(preview.status, preview.text)}`);
        config.retired++;
        continue;
      }
      const { id } = JSON.parse(preview.text) as ServerPreview;
      const key = `bench-${config.name.replace(/\W+/g, '-')}-${++keySeq}`;
      const commitStart = performance.now();
      let commit;
      try {
        commit = await send(account, '/commits', { previewId: id }, key);
      } catch {
        errors++;
        count('commit: no answer');
        config.commits.set(key, { accountId: account.id, status: 'error', amount: 0 });
        config.retired++;
        continue;
      }
      const end = performance.now();
      count(`commit ${describe(commit.status, commit.text)}`);
      if (commit.status !== 200) {
        config.commits.set(key, { accountId: account.id, status: commit.status, amount: 0 });
        config.retired++;
        continue;
      }
      const result = JSON.parse(commit.text) as CommitResult;
      config.commits.set(key, {
        accountId: account.id,
        status: 200,
        amount: result.charged.amount,
      });
      commitTimes.push(end - commitStart);
      pairTimes.push(end - pairStart);
      account.selection = target;
      config.idle.push(account);
    }
  }
  await Promise.all(Array.from({ length: workerCount }, () => worker()));
  const elapsed = (performance.now() - started) / 1000;
  commitTimes.sort((a, b) => a - b);
  pairTimes.sort((a, b) => a - b);
  return {
    perSecond: commitTimes.length / elapsed,
    commitP50: percentile(commitTimes, 50),
    commitP99: percentile(commitTimes, 99),
    pairP50: percentile(pairTimes, 50),
    pairP99: percentile(pairTimes, 99),
    statuses,
    errors,
  };
}

/** Answers of 429 among a run's statuses (autocannon's '429', the driver's 'preview 429 …'). */
function limited(statuses: Record<string, number>): number {
  return Object.entries(statuses)
    .filter(([status]) => /^(commit |preview )?429\b/.test(status))
    .reduce((n, [, count]) => n + count, 0);
}

/** A rate, or no figure at all when the run met 429s (it would be the limiter's, not the server's). */
function figure(perSecond: number, limitedCount: number, digits = 0): string {
  return limitedCount > 0 ? `- (${limitedCount} × 429)` : perSecond.toFixed(digits);
}

// ---------- the ledger ----------

interface Audit {
  /** Commits answered 200 with an amount, and with none. */
  readonly charged: number;
  readonly free: number;
  readonly ledgerRows: number;
  readonly payments: number;
  /** Commits answered 200 with an amount that have no ledger row. */
  readonly lost: number;
  /** Keys with more than one ledger row. */
  readonly doubled: number;
  /** Rows at another amount than answered. */
  readonly wrongAmount: number;
  /** Rows for keys that answered 200 without an amount, or no 200, or that were never sent. */
  readonly unexpected: number;
}

async function audit(config: Configuration): Promise<Audit> {
  const store = await config.database!.open();
  try {
    const rowsByKey = new Map<string, number[]>();
    let ledgerRows = 0;
    let payments = 0;
    for (const accountId of accountIds) {
      for (const row of await store.listCharges(accountId)) {
        ledgerRows++;
        const list = rowsByKey.get(row.idempotencyKey) ?? [];
        list.push(row.amount.amount);
        rowsByKey.set(row.idempotencyKey, list);
      }
      payments += await store.demoPayments.count(accountId);
    }
    let charged = 0;
    let free = 0;
    let lost = 0;
    let wrongAmount = 0;
    for (const [key, commit] of config.commits) {
      if (commit.status !== 200) continue;
      if (commit.amount === 0) {
        free++;
        continue;
      }
      charged++;
      const rows = rowsByKey.get(key) ?? [];
      if (rows.length === 0) lost++;
      wrongAmount += rows.filter((amount) => amount !== commit.amount).length;
    }
    let doubled = 0;
    let unexpected = 0;
    for (const [key, rows] of rowsByKey) {
      if (rows.length > 1) doubled++;
      const commit = config.commits.get(key);
      if (!commit || commit.status !== 200 || commit.amount === 0) unexpected += rows.length;
    }
    return { charged, free, ledgerRows, payments, lost, doubled, wrongAmount, unexpected };
  } finally {
    await store.close();
  }
}

// ---------- the run ----------

const configurations: Configuration[] = [
  { name: 'SQLite, 1 instance', instances: 1, make: databases.sqlite },
  { name: 'PostgreSQL, 1 instance', instances: 1, make: databases.postgres },
  { name: 'PostgreSQL, 3 instances', instances: 3, make: databases.postgres },
].map((config) => ({
  ...config,
  servers: [],
  idle: [],
  commits: new Map(),
  retired: 0,
  exhausted: 0,
}));

async function cleanUp(): Promise<void> {
  await Promise.all(configurations.flatMap((config) => config.servers.map(stopServer)));
  for (const config of configurations) await config.database?.dispose().catch(() => undefined);
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const config of configurations) for (const server of config.servers) server.child.kill();
    process.exit(130);
  });
}

const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const loadBefore = load();
const versions = new Set<string>();
const results: {
  config: Configuration;
  pass: number;
  previews: PreviewRun;
  commits: CommitRun;
}[] = [];
const audits = new Map<Configuration, Audit>();

try {
  const now = new Date();
  for (const config of configurations) {
    config.database = await config.make();
    const store = await config.database.open();
    try {
      config.idle = await loadAccounts(store, accountIds, now);
      if ('serverVersion' in store)
        versions.add(String(store.serverVersion).split(' ').slice(0, 2).join(' '));
      if ('sqliteVersion' in store) versions.add(`SQLite ${String(store.sqliteVersion)}`);
    } finally {
      await store.close();
    }
    config.servers = await Promise.all(
      Array.from({ length: config.instances }, () => startServer(config.database!.env)),
    );
  }
  console.log(
    `Node ${process.version}; ${[...versions].join('; ')}; ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}; ` +
      `load average before: ${loadBefore}`,
  );
  console.log(
    `${accountCount} accounts; SQLite file in ${sqliteDir}; previews: ${connections} connections; ` +
      `commits: ${workerCount} workers; ` +
      `${seconds} s each, warm-up ${warmupSeconds} s`,
  );

  if (warmupSeconds > 0) {
    // Not in the table (pass 0), but their answers and commits are checked like the others.
    for (const config of configurations) {
      const previews = await runPreviews(config, warmupSeconds);
      const commits = await runCommits(config, warmupSeconds);
      results.push({ config, pass: 0, previews, commits });
    }
  }
  for (const [pass, order] of [configurations, [...configurations].reverse()].entries()) {
    for (const config of order) {
      const previews = await runPreviews(config, seconds);
      const commits = await runCommits(config, seconds);
      results.push({ config, pass: pass + 1, previews, commits });
      console.log(
        `pass ${pass + 1} ${config.name}: ${figure(previews.perSecond, limited(previews.statuses))} previews/s, ` +
          `${figure(commits.perSecond, limited(commits.statuses))} commits/s`,
      );
    }
  }
  const loadAfter = load();

  await Promise.all(configurations.flatMap((config) => config.servers.map(stopServer)));
  for (const config of configurations) audits.set(config, await audit(config));

  const ms = (n: number) => (Number.isNaN(n) ? '-' : `${n.toFixed(1)} ms`);
  console.log(`\nload average after: ${loadAfter}\n`);
  console.log(
    '| Configuration | Pass | Previews/s | p50 | p99 | Commits/s | p50 | p99 | Pair p50 | Pair p99 |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const config of configurations) {
    for (const { previews, commits, pass } of results.filter(
      (r) => r.config === config && r.pass > 0,
    )) {
      const previewsLimited = limited(previews.statuses);
      const commitsLimited = limited(commits.statuses);
      const unless = (limitedCount: number, text: string) => (limitedCount > 0 ? '-' : text);
      console.log(
        `| ${config.name} | ${pass} | ${figure(previews.perSecond, previewsLimited)} | ` +
          `${unless(previewsLimited, `${previews.p50} ms`)} | ` +
          `${unless(previewsLimited, `${previews.p99} ms`)} | ` +
          `${figure(commits.perSecond, commitsLimited, 1)} | ${unless(commitsLimited, ms(commits.commitP50))} | ` +
          `${unless(commitsLimited, ms(commits.commitP99))} | ${unless(commitsLimited, ms(commits.pairP50))} | ` +
          `${unless(commitsLimited, ms(commits.pairP99))} |`,
      );
    }
  }

  let failed = false;
  console.log('');
  for (const config of configurations) {
    const runs = results.filter((r) => r.config === config);
    const previewStatuses: Record<string, number> = {};
    const commitStatuses: Record<string, number> = {};
    let errors = 0;
    for (const { previews, commits } of runs) {
      for (const [status, n] of Object.entries(previews.statuses))
        previewStatuses[status] = (previewStatuses[status] ?? 0) + n;
      for (const [status, n] of Object.entries(commits.statuses))
        commitStatuses[status] = (commitStatuses[status] ?? 0) + n;
      errors += previews.errors + commits.errors;
    }
    const a = audits.get(config)!;
    const fiveXX = [...Object.keys(previewStatuses), ...Object.keys(commitStatuses)].filter(
      (status) => /^(commit |preview )?5/.test(status),
    );
    const serverErrors = config.servers.flatMap((server) => server.stderr).join('');
    const mismatch = a.lost + a.doubled + a.wrongAmount + a.unexpected;
    console.log(
      `${config.name}: autocannon previews by status ${JSON.stringify(previewStatuses)}; ` +
        `commit driver ${JSON.stringify(commitStatuses)}; requests without an answer: ${errors} ` +
        '(warm-up included)',
    );
    console.log(
      `  ledger: ${a.ledgerRows} rows, demo payments ${a.payments}; commits answered 200: ` +
        `${a.charged} with an amount, ${a.free} without (warm-up included); rows lost ${a.lost}, ` +
        `doubled ${a.doubled}, at another amount ${a.wrongAmount}, unexpected ${a.unexpected}; ` +
        `accounts retired ${config.retired}, exhausted ${config.exhausted}`,
    );
    if (config.exhausted > 0)
      console.log(
        `  ${config.exhausted} accounts ran out of changes to buy: commits/s may be understated, raise LOAD_ACCOUNTS`,
      );
    if (serverErrors) console.log(`  server stderr:\n${serverErrors.slice(0, 4000)}`);
    const rateLimited = runs.reduce(
      (n, run) => n + limited(run.previews.statuses) + limited(run.commits.statuses),
      0,
    );
    if (rateLimited > 0) {
      failed = true;
      console.log(
        `  FAILED: ${rateLimited} answers were 429: the run measured the rate limiter, not the server, ` +
          'and its figures are not printed',
      );
    }
    if (fiveXX.length > 0 || errors > 0 || mismatch > 0 || a.payments !== a.ledgerRows) {
      failed = true;
      console.log(
        `  FAILED: 5xx answers ${JSON.stringify(fiveXX)}, requests without an answer ${errors}, ` +
          `ledger rows not matching the answers ${mismatch}, ` +
          `payments without a ledger row ${a.payments - a.ledgerRows}`,
      );
    }
  }
  process.exitCode = failed ? 1 : 0;
} finally {
  await cleanUp();
}
