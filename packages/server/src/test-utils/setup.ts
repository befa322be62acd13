import { createBillingHandler } from '../handler/create-billing-handler.js';
import type { BillingHandlerOptions } from '../handler/create-billing-handler.js';
import { createDemoPayments, demoAuthenticate, seedDemo } from '../demo/index.js';
import { createSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { createTestControls } from '../testing/test-controls.js';
import { createAccountRateLimiter } from '../handler/rate-limits.js';

/** A mutable test clock; the demo period runs 2026-03-01 → 2026-04-01 (31 days). */
export function createClock(iso = '2026-03-10T12:00:00.000Z') {
  let current = new Date(iso);
  return {
    now: () => new Date(current.getTime()),
    set: (next: string) => {
      current = new Date(next);
    },
    advance: (ms: number) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

export interface TestServer {
  readonly store: SqliteStore;
  readonly clock: ReturnType<typeof createClock>;
  readonly handler: (request: Request) => Promise<Response>;
  /** Sends a request to the handler as `token` (null: no Authorization header). */
  call(
    method: string,
    path: string,
    init?: { token?: string | null; body?: unknown; headers?: Record<string, string> },
  ): Promise<Response>;
}

/**
 * An in-memory store seeded with the demo accounts, and a handler over it on a test clock.
 * `testControls: true` wraps it in `@tarif/server/testing`'s controls, as the demo server does.
 */
export async function setup(
  options: Partial<BillingHandlerOptions> & { filename?: string; testControls?: boolean } = {},
): Promise<TestServer> {
  const { filename, testControls, ...handlerOptions } = options;
  const store = createSqliteStore(filename ?? ':memory:');
  const clock = createClock();
  await seedDemo(store, { now: clock.now() });
  const { rateLimits, ...rest } = handlerOptions;
  const limiter =
    rateLimits && 'take' in rateLimits
      ? rateLimits
      : createAccountRateLimiter(rateLimits, clock.now);
  const controls = testControls
    ? createTestControls({
        store,
        authenticate: demoAuthenticate,
        now: clock.now,
        log: () => {},
        onReset: limiter.clear,
      })
    : null;
  const billing = createBillingHandler({
    store,
    rateLimits: limiter,
    payments: createDemoPayments(store.demoPayments, clock.now),
    authenticate: demoAuthenticate,
    now: clock.now,
    onError: () => undefined,
    ...(controls ? { hooks: controls.hooks } : {}),
    ...rest,
  });
  const handler = controls ? controls.wrap(billing) : billing;
  return { store, clock, handler, call: caller(handler) };
}

/** `call(method, path, init)` over a handler, as the demo's bearer tokens. */
export function caller(handler: (request: Request) => Promise<Response>): TestServer['call'] {
  return (method, path, init = {}) => {
    const token = init.token === undefined ? 'demo-admin' : init.token;
    const headers: Record<string, string> = { ...init.headers };
    if (token !== null) headers['authorization'] = `Bearer ${token}`;
    let body: string | undefined;
    if (init.body !== undefined)
      body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    // As the JSON client does: every POST declares its body JSON (an empty one too), unless the
    // test sends a type of its own.
    const typed = Object.keys(headers).some((name) => name.toLowerCase() === 'content-type');
    if (!typed && (body !== undefined || method === 'POST'))
      headers['content-type'] = 'application/json';
    return handler(
      new Request(`http://localhost/api/billing${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body }),
      }),
    );
  };
}

/** The demo subscription's selection: Marketing Plus, monthly, 10 000 contacts, 3 seats. */
export const demoSelection = {
  product: 'marketing',
  plan: 'plus',
  interval: 'month',
  contactLimit: 10000,
  seats: 3,
  addOns: [],
} as const;
