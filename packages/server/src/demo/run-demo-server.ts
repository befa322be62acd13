// The demo server as a function: `tarif-server` runs it with the demo payments, and a host that
// brings another payments port (`@tarif/stripe`'s demo against its loopback fake) runs the very same
// server with that port, so the server package never imports a provider.
import { mkdirSync } from 'node:fs';
import type { TaxRates } from '@tarif/core';
import { demoTaxRates } from '@tarif/core/demo';
import path from 'node:path';
import { openStore } from '../bin/open-store.js';
import type { OpenedStore } from '../bin/open-store.js';
import { createBillingHandler } from '../handler/create-billing-handler.js';
import { createMaintenance } from '../handler/maintenance.js';
import { createAccountRateLimiter } from '../handler/rate-limits.js';
import { createNodeServer } from '../node/create-node-server.js';
import type { AnyPaymentsPort } from '../payments/subscription-payments-port.js';
import { createStaticHandler } from '../static/serve-static.js';
import type { BillingStore } from '../store/store-types.js';
import { createTestControls } from '../testing/test-controls.js';
import { demoAuthenticate } from './demo-authenticate.js';
import { createDemoPayments } from './demo-payments.js';
import { seedDemo } from './seed-demo.js';

export interface DemoPaymentsChoice {
  readonly payments: AnyPaymentsPort;
  /** Said in the startup line, e.g. "payments: Stripe (loopback fake on http://127.0.0.1:4242)". */
  readonly description: string;
  /** After a test reset has seeded the demo again: bring the provider back in line with it. */
  readonly onReset?: () => void | Promise<void>;
  /** On shutdown, after the HTTP server closed. */
  readonly close?: () => Promise<void>;
  /**
   * The tax table the server computes tax with. Default: core's `demoTaxRates` (a French seller:
   * TVA 20 %, MwSt. 19 %, reverse charge in the EU). Null: no tax.
   */
  readonly taxRates?: TaxRates | null;
}

export interface RunDemoServerOptions {
  /** PORT, HOST, TARIF_DB or DATABASE_URL, TARIF_STATIC_DIR, TARIF_FRAME_ANCESTORS, TARIF_TEST_CONTROLS (docs/server.md). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * The payments port, given the seeded store. Default: `createDemoPayments`, which records
   * payments in the demo database and moves no money.
   */
  readonly payments?: (store: BillingStore) => Promise<DemoPaymentsChoice>;
}

/** Opens the store, seeds the demo, settles what a crash left, and serves the API and the dashboard until SIGTERM or SIGINT. */
export async function runDemoServer({ env, payments }: RunDemoServerOptions): Promise<void> {
  const port = Number(env['PORT'] ?? 8787);
  const host = env['HOST'] ?? '127.0.0.1';
  const staticDir = env['TARIF_STATIC_DIR'];
  const frameAncestors = env['TARIF_FRAME_ANCESTORS'];
  const testControls = env['TARIF_TEST_CONTROLS'] === '1';
  const basePath = '/api/billing';

  const { store, description }: OpenedStore = await openStore(env, (dir) =>
    mkdirSync(path.resolve(dir), { recursive: true }),
  );
  // Creates only what is missing: a database keeps its accounts and purchases across restarts.
  await seedDemo(store, { now: new Date() });

  const chosen: DemoPaymentsChoice = payments
    ? await payments(store)
    : { payments: createDemoPayments(store.demoPayments), description: 'demo payments' };
  const taxRates = chosen.taxRates === undefined ? demoTaxRates : chosen.taxRates;
  const rateLimits = createAccountRateLimiter({}, () => new Date());
  const controls = testControls
    ? createTestControls({
        store,
        authenticate: demoAuthenticate,
        basePath,
        onReset: async () => {
          rateLimits.clear();
          await chosen.onReset?.();
        },
      })
    : null;
  const onError = (error: unknown) => console.error('[tarif/server]', error);
  const billing = createBillingHandler({
    store,
    payments: chosen.payments,
    authenticate: demoAuthenticate,
    basePath,
    onError,
    rateLimits,
    taxRates,
    ...(controls ? { hooks: controls.hooks } : {}),
  });
  const api = controls ? controls.wrap(billing) : billing;
  const files = staticDir
    ? createStaticHandler(staticDir, frameAncestors ? { frameAncestors } : {})
    : null;

  // A crash may have left a commit between its charge and its record: settle it before serving.
  const settled = await createMaintenance({
    store,
    payments: chosen.payments,
    now: () => new Date(),
    previewTtlMs: 15 * 60_000,
    taxRates,
    settleAfterMs: 0,
    onError,
  }).sweep();
  if (settled.settled > 0)
    console.log(`Settled ${settled.settled} commit(s) a previous run left charging`);

  const server = createNodeServer(async (request) => {
    const { pathname } = new URL(request.url);
    if (files && pathname !== basePath && !pathname.startsWith(`${basePath}/`))
      return files(request);
    return api(request);
  });

  server.listen(port, host, () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    console.log(
      `Tarif server on http://${host}:${actualPort} (API at ${basePath}, ${description}, ${chosen.description})`,
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
      void (chosen.close?.() ?? Promise.resolve())
        .then(() => store.close())
        .then(() => process.exit(0));
    });
    // Keep-alive connections would hold close() open; nothing in flight is long.
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 2_000).unref();
  }
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
