#!/usr/bin/env node
// The demo server: `node packages/server/dist/bin/serve.js`. See docs/server.md for the variables.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { demoAuthenticate } from '../demo/demo-authenticate.js';
import { seedDemo } from '../demo/seed-demo.js';
import { createBillingHandler } from '../handler/create-billing-handler.js';
import { createNodeServer } from '../node/create-node-server.js';
import { createStaticHandler } from '../static/serve-static.js';
import { createSqliteStore } from '../store/sqlite-store.js';

const port = Number(process.env['PORT'] ?? 8787);
const host = process.env['HOST'] ?? '127.0.0.1';
const dbFile = process.env['TARIF_DB'] ?? path.join('.tarif-data', 'tarif.sqlite');
const staticDir = process.env['TARIF_STATIC_DIR'];
const frameAncestors = process.env['TARIF_FRAME_ANCESTORS'];
const testControls = process.env['TARIF_TEST_CONTROLS'] === '1';
const basePath = '/api/billing';

if (dbFile !== ':memory:') mkdirSync(path.dirname(path.resolve(dbFile)), { recursive: true });
const store = createSqliteStore(dbFile);
// First start only: an existing file keeps its accounts and purchases across restarts.
if (!(await store.getAccount('acct_demo'))) await seedDemo(store, { now: new Date() });

const billing = createBillingHandler({
  store,
  authenticate: demoAuthenticate,
  basePath,
  testControls,
});
const files = staticDir
  ? createStaticHandler(staticDir, frameAncestors ? { frameAncestors } : {})
  : null;

const server = createNodeServer(async (request) => {
  const { pathname } = new URL(request.url);
  if (files && pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return files(request);
  return billing(request);
});

server.listen(port, host, () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(
    `Tarif server on http://${host}:${actualPort} (API at ${basePath}, database ${dbFile})`,
  );
  if (testControls)
    console.log('Test controls are ON (TARIF_TEST_CONTROLS=1): never do this in production.');
});

let stopping = false;
function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: closing`);
  server.close(() => {
    void store.close().then(() => process.exit(0));
  });
  // Keep-alive connections would hold close() open; nothing in flight is long.
  server.closeIdleConnections();
  setTimeout(() => server.closeAllConnections(), 2_000).unref();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
