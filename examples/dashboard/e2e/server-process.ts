import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContractCheck } from './contract.js';
import { startLoadBalancer } from './load-balancer.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The server each `TARIF_PAYMENTS` value runs, as scripts/start.mjs picks it. */
const serverEntries = {
  demo: path.join(root, 'packages/server/dist/bin/serve.js'),
  'stripe-fake': path.join(root, 'packages/stripe/dist/bin/serve-stripe-fake.js'),
} as const;
const dashboardDir = path.join(root, 'examples/dashboard/dist');

/** A fresh SQLite file for one test file, so flows never see each other's purchases. */
export function freshDatabasePath(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'tarif-e2e-')), 'tarif.sqlite');
}

/** A port nothing listens on right now, for a server under test. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** What `POST /api/billing/__test/faults` accepts (packages/server/src/test-controls). */
export interface Faults {
  /** 'after-charge': the next commit charges and records, then answers 500 as if its answer were lost. */
  readonly commitError?: 'after-charge' | null;
  /** true: every preview waits until `holdPreviews: false` or a reset. */
  readonly holdPreviews?: boolean;
  /** true: the next commit stops for good after its charge, before recording it (then kill it). */
  readonly pauseAfterCharge?: boolean;
  /** Raises every price of the account's catalog by 10 % under a new catalog version. */
  readonly bumpPrices?: boolean;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  /** The SQLite file, or the PostgreSQL URL, the server runs on. */
  readonly database: string;
  /** Resolves when the server's output (stdout and stderr) has matched `pattern`. */
  output(pattern: RegExp): Promise<string>;
  /** SIGKILL: the process dies wherever it is, as in a crash. */
  kill(): Promise<void>;
  /** Queues faults on the demo account. */
  faults(faults: Faults): Promise<void>;
  /** Empties the database and seeds the demo again, as on a first start. */
  reset(): Promise<void>;
  /** Answers of the API that do not conform to docs/openapi.yaml, so far. */
  contractViolations(): readonly string[];
  /**
   * SIGTERM, as an orchestrator would stop it; resolves once the process has exited. Rejects when
   * any answer the server sent did not conform to docs/openapi.yaml.
   */
  stop(): Promise<void>;
}

/**
 * Starts the built reference server (with test controls) serving the built dashboard (or `staticDir`), on a SQLite
 * file or, when `database` is a `postgres://` URL, on that PostgreSQL database. The browser and the
 * tests reach it through a tap on `port` that checks every API answer against the published
 * contract (docs/openapi.yaml). `payments: 'stripe-fake'` runs it as `TARIF_PAYMENTS=stripe-fake`
 * does: every charge through @tarif/stripe's port and the real SDK to the loopback fake.
 */
export async function startServer(
  database: string,
  port?: number,
  staticDir: string = dashboardDir,
  { payments = 'demo' }: { payments?: keyof typeof serverEntries } = {},
): Promise<RunningServer> {
  const serverEntry = serverEntries[payments];
  for (const built of [serverEntry, path.join(staticDir, 'index.html')]) {
    if (!existsSync(built)) {
      throw new Error(
        `${path.relative(root, built)} is missing: the e2e tests run the built code. Run \`pnpm run build && pnpm --filter dashboard run build\` first.`,
      );
    }
  }
  const serverPort = await freePort();
  const child: ChildProcess = spawn(process.execPath, [serverEntry], {
    env: {
      ...process.env,
      PORT: String(serverPort),
      HOST: '127.0.0.1',
      ...(database.startsWith('postgres://')
        ? { DATABASE_URL: database }
        : { TARIF_DB: database, DATABASE_URL: '' }),
      TARIF_STATIC_DIR: staticDir,
      TARIF_TEST_CONTROLS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const watchers = new Set<{ pattern: RegExp; resolve: (text: string) => void }>();
  const collect = (chunk: unknown) => {
    output += String(chunk);
    for (const watcher of watchers) {
      const match = watcher.pattern.exec(output);
      if (match) {
        watchers.delete(watcher);
        watcher.resolve(match[0]);
      }
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const direct = `http://127.0.0.1:${serverPort}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      const response = await fetch(`${direct}/`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not start in time:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const violations: string[] = [];
  const check = createContractCheck();
  const tap = await startLoadBalancer([direct], {
    inspects: (pathname) => pathname.startsWith('/api/'),
    inspect: (exchange) => violations.push(...check(exchange)),
    ...(port === undefined ? {} : { port }),
  });
  const url = tap.url;
  const chosenPort = Number(new URL(url).port);
  const control = async (name: string, body: object) => {
    const response = await fetch(`${url}/api/billing/__test/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer demo-admin' },
      body: JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`__test/${name} answered ${response.status}: ${await response.text()}`);
  };
  return {
    url,
    port: chosenPort,
    database,
    faults: (faults) => control('faults', faults),
    output: (pattern) =>
      new Promise((resolve) => {
        const match = pattern.exec(output);
        if (match) resolve(match[0]);
        else watchers.add({ pattern, resolve });
      }),
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
      await tap.close();
    },
    reset: () => control('reset', {}),
    contractViolations: () => violations,
    stop: async () => {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        // The server closes idle connections and exits within two seconds; never leave one behind.
        const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      });
      await tap.close();
      if (violations.length > 0) {
        throw new Error(`Answers that break docs/openapi.yaml:\n${violations.join('\n')}`);
      }
    },
  };
}
