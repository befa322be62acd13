#!/usr/bin/env node
// The demo server: `tarif-server` (or `node dist/bin/serve.js`). See docs/server.md for the variables.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createDemoPayments, demoAuthenticate, seedDemo } from '../demo/index.js';
import { createBillingHandler } from '../handler/create-billing-handler.js';
import { createMaintenance } from '../handler/maintenance.js';
import { createAccountRateLimiter } from '../handler/rate-limits.js';
import { createNodeServer } from '../node/create-node-server.js';
import { createStaticHandler } from '../static/serve-static.js';
import { createTestControls } from '../testing/test-controls.js';
import { openStore } from './open-store.js';

// node:sqlite is stable in use but still flagged experimental on Node 22: say it once, plainly,
// in the startup line (the SQLite version), rather than as a warning with a stack hint.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name === 'ExperimentalWarning' && /SQLite/.test(warning.message)) return;
  console.warn(`${warning.name}: ${warning.message}`);
});

const port = Number(process.env['PORT'] ?? 8787);
const host = process.env['HOST'] ?? '127.0.0.1';
const staticDir = process.env['TARIF_STATIC_DIR'];
const frameAncestors = process.env['TARIF_FRAME_ANCESTORS'];
const testControls = process.env['TARIF_TEST_CONTROLS'] === '1';
const basePath = '/api/billing';

const { store, description } = await openStore(process.env, (dir) =>
  mkdirSync(path.resolve(dir), { recursive: true }),
);
// Creates only what is missing: a database keeps its accounts and purchases across restarts.
await seedDemo(store, { now: new Date() });

const payments = createDemoPayments(store.demoPayments);
const rateLimits = createAccountRateLimiter({}, () => new Date());
const controls = testControls
  ? createTestControls({
      store,
      authenticate: demoAuthenticate,
      basePath,
      onReset: rateLimits.clear,
    })
  : null;
const onError = (error: unknown) => console.error('[tarif/server]', error);
const billing = createBillingHandler({
  store,
  payments,
  authenticate: demoAuthenticate,
  basePath,
  onError,
  rateLimits,
  ...(controls ? { hooks: controls.hooks } : {}),
});
const api = controls ? controls.wrap(billing) : billing;
const files = staticDir
  ? createStaticHandler(staticDir, frameAncestors ? { frameAncestors } : {})
  : null;

// A crash may have left a commit between its charge and its record: settle it before serving.
const settled = await createMaintenance({
  store,
  payments,
  now: () => new Date(),
  previewTtlMs: 15 * 60_000,
  settleAfterMs: 0,
  onError,
}).sweep();
if (settled.settled > 0)
  console.log(`Settled ${settled.settled} commit(s) a previous run left charging`);

const server = createNodeServer(async (request) => {
  const { pathname } = new URL(request.url);
  if (files && pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return files(request);
  return api(request);
});

server.listen(port, host, () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(`Tarif server on http://${host}:${actualPort} (API at ${basePath}, ${description})`);
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
