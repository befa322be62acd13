import { createDemoPayments, demoAuthenticate, seedDemo } from '../demo/index.js';
import { createBillingHandler } from '../handler/create-billing-handler.js';
import type { BillingHandlerOptions } from '../handler/create-billing-handler.js';
import { caller, createClock } from './setup.js';
import type { TestServer } from './setup.js';
import type { TestStore } from './test-stores.js';

/**
 * The demo seeded on `store` (one of `testStores()`), behind a billing handler with the demo
 * payments on a test clock: the server tests that run on SQLite and on PostgreSQL start here.
 */
export async function serverOn(
  store: TestStore,
  options: Partial<BillingHandlerOptions> = {},
): Promise<{ store: TestStore; clock: ReturnType<typeof createClock>; call: TestServer['call'] }> {
  const clock = createClock();
  await seedDemo(store, { now: clock.now() });
  const call = caller(
    createBillingHandler({
      store,
      payments: createDemoPayments(store.demoPayments, clock.now),
      authenticate: demoAuthenticate,
      now: clock.now,
      onError: () => undefined,
      ...options,
    }),
  );
  return { store, clock, call };
}
