import type { CommitHooks } from '../billing/commit-change.js';
import { HttpError } from '../http/errors.js';
import { errorResponse } from '../http/json.js';
import type { PaymentsPort } from '../payments/payments-port.js';
import { cancelScheduledChange } from '../routes/cancel-scheduled-change.js';
import { createChangeRequest } from '../routes/create-change-request.js';
import { createCommit } from '../routes/create-commit.js';
import { createPreview } from '../routes/create-preview.js';
import { getAccount } from '../routes/get-account.js';
import type { RouteContext } from '../routes/route-context.js';
import type { BillingStore } from '../store/store-types.js';
import type { Authenticate } from './authenticate.js';
import { createMaintenance } from './maintenance.js';
import type { MaintenanceOptions } from './maintenance.js';

export interface BillingHandlerOptions extends MaintenanceOptions {
  readonly store: BillingStore;
  /** Who is calling. Every query is scoped by the account it returns. */
  readonly authenticate: Authenticate;
  /** Where charges go: your provider's port (docs/recipes/stripe.md), or `createDemoPayments` from `@tarif/server/demo`. */
  readonly payments: PaymentsPort;
  /** Default '/api/billing'. */
  readonly basePath?: string;
  /** The billing clock (previews, expiry, renewals). Default: the system clock. */
  readonly now?: () => Date;
  /** How long a preview can be committed. Default 15 minutes. */
  readonly previewTtlMs?: number;
  /** Largest JSON body accepted; larger ones get 413. Default 16 KiB. */
  readonly maxBodyBytes?: number;
  /** Called at points of a commit (observability, tests); they cannot change its outcome. */
  readonly hooks?: CommitHooks;
  /** Called with unexpected errors (the client only sees `internal`). Default: console.error. */
  readonly onError?: (error: unknown) => void;
}

type Route = (ctx: RouteContext) => Promise<Response>;

const routes: Readonly<Record<string, Readonly<Record<string, Route>>>> = {
  '/account': { GET: getAccount },
  '/previews': { POST: createPreview },
  '/commits': { POST: createCommit },
  '/change-requests': { POST: createChangeRequest },
  '/scheduled-change': { DELETE: cancelScheduledChange },
};

/** The billing API as one Fetch handler: mount it in Node http, Hono, Next.js, Express (docs/server.md). */
export function createBillingHandler(
  options: BillingHandlerOptions,
): (request: Request) => Promise<Response> {
  const basePath = (options.basePath ?? '/api/billing').replace(/\/+$/, '');
  const now = options.now ?? (() => new Date());
  const { store, payments, hooks } = options;
  const previewTtlMs = options.previewTtlMs ?? 15 * 60_000;
  const maxBodyBytes = options.maxBodyBytes ?? 16 * 1024;
  const onError = options.onError ?? ((error: unknown) => console.error('[tarif/server]', error));
  const maintenance = createMaintenance({ ...options, now, previewTtlMs, onError });

  async function route(request: Request): Promise<Response> {
    const pathname = new URL(request.url).pathname;
    if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) {
      throw new HttpError('not-found', 'No such route.');
    }
    const path = pathname.slice(basePath.length).replace(/\/+$/, '');
    const methods = Object.hasOwn(routes, path) ? routes[path] : undefined;
    if (!methods) throw new HttpError('not-found', 'No such route.');
    const handle = Object.hasOwn(methods, request.method) ? methods[request.method] : undefined;
    if (!handle) {
      const allow = Object.keys(methods).join(', ');
      throw new HttpError('method-not-allowed', `Use ${allow}.`, { headers: { allow } });
    }

    const principal = await options.authenticate(request);
    const user = principal ? await store.getUser(principal.accountId, principal.userId) : null;
    if (!principal || !user) throw new HttpError('unauthenticated', 'Sign in to see billing.');

    await maintenance.maybeSweep();
    return handle({
      request,
      store,
      payments,
      accountId: principal.accountId,
      user,
      now,
      previewTtlMs,
      maxBodyBytes,
      hooks,
    });
  }

  return async (request) => {
    try {
      return await route(request);
    } catch (error) {
      if (error instanceof HttpError) return errorResponse(error);
      onError(error);
      return errorResponse(new HttpError('internal', 'Something went wrong on our side.'));
    }
  };
}
