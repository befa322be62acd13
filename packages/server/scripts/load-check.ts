// Load check: how much of a bare route's throughput does pricing a preview keep?
//   pnpm run build && pnpm exec tsx packages/server/scripts/load-check.ts
// Starts the reference server in a child process (loopback, random port, in-memory SQLite), then
// runs autocannon against `GET /hello` and `POST /api/billing/previews` of that same server, in
// alternating rounds (10 s each in total, 10 connections; LOAD_SECONDS, LOAD_CONNECTIONS). The server gets its own process so the load generator does not steal its event loop.
// Target: previews keep at least a quarter of /hello's requests per second.
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
// @ts-expect-error autocannon ships no types
import autocannon from 'autocannon';
import { createDemoPayments, demoAuthenticate, seedDemo } from '../src/demo/index.js';
import { createBillingHandler, toNodeListener } from '../src/index.js';
import { createSqliteStore } from '../src/store/sqlite/index.js';

const seconds = Number(process.env['LOAD_SECONDS'] ?? 10);
const connections = Number(process.env['LOAD_CONNECTIONS'] ?? 10);

if (process.argv.includes('--serve')) {
  const store = createSqliteStore(':memory:');
  await seedDemo(store, { now: new Date() });
  // No rate limit: the check measures pricing throughput, which a 429 would short-circuit.
  const billing = createBillingHandler({
    store,
    payments: createDemoPayments(store.demoPayments),
    authenticate: demoAuthenticate,
    rateLimits: { previews: false },
  });
  // /hello goes through the same adapter as the API, so the ratio measures the billing work alone.
  const server = createServer(
    toNodeListener(async (request) =>
      new URL(request.url).pathname === '/hello' ? new Response('hello') : billing(request),
    ),
  );
  server.listen(0, '127.0.0.1', () => process.send?.((server.address() as AddressInfo).port));
  process.on('disconnect', () => process.exit(0));
} else {
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], { execArgv: process.execArgv });
  const port = await new Promise<number>((resolve) =>
    child.once('message', (message) => resolve(Number(message))),
  );
  const base = `http://127.0.0.1:${port}`;

  interface Result {
    requests: { total: number };
    latency: { p99: number };
    duration: number;
    non2xx: number;
    errors: number;
  }
  const run = (options: object, duration: number): Promise<Result> =>
    autocannon({ connections, duration, ...options });

  const targets = {
    hello: { url: `${base}/hello` },
    previews: {
      url: `${base}/api/billing/previews`,
      method: 'POST',
      headers: { authorization: 'Bearer demo-admin', 'content-type': 'application/json' },
      body: JSON.stringify({
        selection: {
          product: 'marketing',
          plan: 'pro',
          interval: 'month',
          contactLimit: 10000,
          seats: 3,
          addOns: ['sms'],
        },
      }),
    },
  };
  // Alternate the two in short rounds, so a burst of load from elsewhere on the machine falls on
  // both rather than on whichever happened to run at the time.
  const rounds = 4;
  const results: Record<keyof typeof targets, Result[]> = { hello: [], previews: [] };
  for (let round = 0; round < rounds; round++) {
    for (const name of ['hello', 'previews'] as const)
      results[name].push(await run(targets[name], seconds / rounds));
  }
  const summary = (list: Result[]) => ({
    // autocannon reports each round's duration in seconds.
    rps: list.reduce((n, r) => n + r.requests.total, 0) / list.reduce((t, r) => t + r.duration, 0),
    // The worst round's p99: a conservative figure.
    p99: Math.max(...list.map((r) => r.latency.p99)),
    non2xx: list.reduce((n, r) => n + r.non2xx, 0),
    errors: list.reduce((n, r) => n + r.errors, 0),
  });
  const hello = summary(results.hello);
  const previews = summary(results.previews);
  child.disconnect();

  const row = (name: string, r: ReturnType<typeof summary>) =>
    `${name.padEnd(26)} ${r.rps.toFixed(0).padStart(8)} req/s   p99 ${String(r.p99).padStart(4)} ms   non-2xx ${r.non2xx}   errors ${r.errors}`;
  const ratio = previews.rps / hello.rps;
  console.log(
    `Node ${process.version}, ${connections} connections, ${seconds} s each in ${rounds} alternating rounds`,
  );
  console.log(row('GET /hello', hello));
  console.log(row('POST /api/billing/previews', previews));
  console.log(`ratio previews / hello: ${ratio.toFixed(2)} (target >= 0.25)`);
  const failed = ratio < 0.25 || previews.non2xx > 0 || previews.errors > 0;
  process.exit(failed ? 1 : 0);
}
