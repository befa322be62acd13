// Load check: how much of a bare route's throughput does pricing a preview keep?
//   pnpm run build && pnpm exec tsx packages/server/scripts/load-check.ts
// Starts the reference server in a child process (loopback, random port, in-memory SQLite), then
// runs autocannon against `GET /hello` and `POST /api/billing/previews` of that same server, one
// after the other. The server gets its own process so the load generator does not steal its event loop.
// Target: previews keep at least a quarter of /hello's requests per second.
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
// @ts-expect-error autocannon ships no types
import autocannon from 'autocannon';
import {
  createBillingHandler,
  createSqliteStore,
  demoAuthenticate,
  seedDemo,
  toNodeListener,
} from '../src/index.js';

const seconds = Number(process.env['LOAD_SECONDS'] ?? 10);
const connections = Number(process.env['LOAD_CONNECTIONS'] ?? 10);

if (process.argv.includes('--serve')) {
  const store = createSqliteStore(':memory:');
  await seedDemo(store, { now: new Date() });
  const billing = createBillingHandler({ store, authenticate: demoAuthenticate });
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
    requests: { average: number };
    latency: { p99: number };
    non2xx: number;
    errors: number;
  }
  const run = (options: object): Promise<Result> =>
    autocannon({ connections, duration: seconds, ...options });

  const hello = await run({ url: `${base}/hello` });
  const previews = await run({
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
  });
  child.disconnect();

  const row = (name: string, r: Result) =>
    `${name.padEnd(26)} ${r.requests.average.toFixed(0).padStart(8)} req/s   p99 ${String(r.latency.p99).padStart(4)} ms   non-2xx ${r.non2xx}   errors ${r.errors}`;
  const ratio = previews.requests.average / hello.requests.average;
  console.log(`Node ${process.version}, ${connections} connections, ${seconds} s each`);
  console.log(row('GET /hello', hello));
  console.log(row('POST /api/billing/previews', previews));
  console.log(`ratio previews / hello: ${ratio.toFixed(2)} (target >= 0.25)`);
  const failed = ratio < 0.25 || previews.non2xx > 0 || previews.errors > 0;
  process.exit(failed ? 1 : 0);
}
