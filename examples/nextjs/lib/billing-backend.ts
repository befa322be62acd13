import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createHttpAdapter } from '@tarif/react/adapter';
import type { AccountSnapshot } from '@tarif/react/adapter';
import { createBillingHandler } from '@tarif/server';
import { createDemoPayments, demoAuthenticate, seedDemo } from '@tarif/server/demo';
import { createSqliteStore } from '@tarif/server/sqlite';
import { demoAuthorization } from './demo-session';

/** Where the route handler is mounted: app/api/billing/[...path]/route.ts. */
export const billingBasePath = '/api/billing';

type Handler = (request: Request) => Promise<Response>;

// One store and one handler per server process. Kept on globalThis so that `next dev`, which
// re-evaluates modules on every edit, does not open the database again each time.
const holder = globalThis as typeof globalThis & { tarifBilling?: Promise<Handler> };

/**
 * The reference server's handler on SQLite, seeded with the demo accounts on first use: the same
 * default file as the dashboard example's server (`TARIF_DB`, else `.tarif-data/tarif.sqlite`).
 */
export function billingHandler(): Promise<Handler> {
  holder.tarifBilling ??= openBilling();
  return holder.tarifBilling;
}

async function openBilling(): Promise<Handler> {
  const file = process.env['TARIF_DB'] ?? path.join('.tarif-data', 'tarif.sqlite');
  if (file !== ':memory:')
    mkdirSync(path.dirname(path.resolve(/* turbopackIgnore: true */ file)), { recursive: true });
  const store = createSqliteStore(file);
  // Creates only what is missing: purchases survive a restart.
  await seedDemo(store, { now: new Date() });
  return createBillingHandler({
    store,
    payments: createDemoPayments(store.demoPayments),
    authenticate: demoAuthenticate,
    basePath: billingBasePath,
    onError: (error) => console.error('[tarif/server]', error),
  });
}

/**
 * The viewer's account, read on the server for the first render. It goes through the same HTTP
 * adapter the browser uses, but its fetch calls the handler in this process: no network hop, and
 * the snapshot is parsed and checked exactly as the browser would.
 */
export async function loadAccountOnServer(): Promise<AccountSnapshot> {
  const handler = await billingHandler();
  const adapter = createHttpAdapter({
    // Any origin will do: the request never leaves the process.
    baseUrl: `http://server.internal${billingBasePath}`,
    headers: demoAuthorization,
    fetch: (input, init) => handler(new Request(input, init)),
  });
  return adapter.loadAccount();
}
