// A server for benchmarks only: the billing handler as the demo server builds it (same store from
// DATABASE_URL or TARIF_DB, same demo payments port, same Node adapter), with one difference: it
// authenticates `Authorization: Bearer bench:<accountId>:<userId>`, so a benchmark can spread its
// load over as many accounts as it loads (the demo server knows its three demo users only).
// Anyone can call itself anyone here, and no rate limit applies: never run it outside a
// benchmark. It seeds nothing, and
// serves no static files and no test controls. Started by load-instances.ts:
//   PORT=0 DATABASE_URL=postgres://… node --import tsx packages/server/scripts/bench-server.ts
// It prints `listening on http://HOST:PORT` once it accepts connections, and closes on SIGTERM.
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { openStore } from '../src/bin/open-store.js';
import { createDemoPayments } from '../src/demo/index.js';
import { createBillingHandler, toNodeListener } from '../src/index.js';
import { benchAuthenticate } from './bench-authenticate.js';

const { store, description } = await openStore(process.env, (dir) =>
  mkdirSync(path.resolve(dir), { recursive: true }),
);
const billing = createBillingHandler({
  store,
  payments: createDemoPayments(store.demoPayments),
  authenticate: benchAuthenticate,
  basePath: '/api/billing',
  // The benchmark measures the server, not the per-account limiter (rate-limits.test.ts covers
  // that): with the defaults, a load run spends itself on 429s within seconds.
  rateLimits: { previews: false, changeRequests: false },
  onError: (error: unknown) => console.error('[bench-server]', error),
});
const server = createServer(toNodeListener(billing));
server.listen(Number(process.env['PORT'] ?? 0), process.env['HOST'] ?? '127.0.0.1', () => {
  const { address, port } = server.address() as AddressInfo;
  console.log(`listening on http://${address}:${port} (${description})`);
});

process.on('SIGTERM', () => {
  server.close(() => void store.close().then(() => process.exit(0)));
  server.closeIdleConnections();
  setTimeout(() => server.closeAllConnections(), 2_000).unref();
});
