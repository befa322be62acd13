import type { TaxRates } from '@tarif/core';
import type { CommitHooks } from '../billing/commit-change.js';
import { HttpError, providerUnavailable } from '../http/errors.js';
import { errorResponse } from '../http/json.js';
import { assertJsonBody } from '../http/media-type.js';
import { wwwAuthenticate } from '../http/security-headers.js';
import { PaymentProviderUnavailableError } from '../payments/payments-port.js';
import type { AnyPaymentsPort } from '../payments/subscription-payments-port.js';
import { cancelScheduledChange } from '../routes/cancel-scheduled-change.js';
import { createChangeRequest } from '../routes/create-change-request.js';
import { createCommit, deleteCommit } from '../routes/create-commit.js';
import { createPreview } from '../routes/create-preview.js';
import { getAccount } from '../routes/get-account.js';
import type { RouteContext } from '../routes/route-context.js';
import type { BillingStore } from '../store/store-types.js';
import type { Authenticate } from './authenticate.js';
import { createAccountRateLimiter } from './rate-limits.js';
import type { AccountRateLimiter, RateLimits } from './rate-limits.js';
import { allowHeader, routeForMethod, withoutBody } from './route-methods.js';
import { createMaintenance } from './maintenance.js';
import type { MaintenanceOptions } from './maintenance.js';

export interface BillingHandlerOptions extends MaintenanceOptions {
  readonly store: BillingStore;
  /** Who is calling. Every query is scoped by the account it returns. */
  readonly authenticate: Authenticate;
  /** Where charges go: your provider's port (`createStripePaymentsPort` from `@tarif/stripe`, or your own: docs/recipes/stripe.md), or `createDemoPayments` from `@tarif/server/demo`. */
  readonly payments: AnyPaymentsPort;
  /** Default '/api/billing'. */
  readonly basePath?: string;
  /** The billing clock (previews, expiry, renewals). Default: the system clock. */
  readonly now?: () => Date;
  /** How long a preview can be committed. Default 15 minutes. */
  readonly previewTtlMs?: number;
  /**
   * The seller's tax table (its country, a VAT rate per customer country, the reverse-charge
   * area): previews and commits then carry tax for each account's billing details, and the gross
   * is charged (docs/server.md, "Tax"). Default: none, amounts are charged as the catalog says.
   */
  readonly taxRates?: TaxRates | null;
  /** Largest JSON body accepted; larger ones get 413. Default 16 KiB. */
  readonly maxBodyBytes?: number;
  /** Called at points of a commit (observability, tests); they cannot change its outcome. */
  readonly hooks?: CommitHooks;
  /** Called with unexpected errors (the client only sees `internal`; a `PaymentProviderUnavailableError` is answered 503 instead, unreported). Default: console.error. */
  readonly onError?: (error: unknown) => void;
  /**
   * Per-account token buckets for previews (default 60 a minute, 30 at once) and change requests
   * (10 an hour), answered 429 with Retry-After; `false` turns one off. They run on `now` and live
   * in this process (docs/server.md). Or a limiter of your own (`createAccountRateLimiter`), e.g.
   * to share it with the test controls' reset.
   */
  readonly rateLimits?: RateLimits | AccountRateLimiter;
}

type Route = (ctx: RouteContext) => Promise<Response>;

const routes: Readonly<Record<string, Readonly<Record<string, Route>>>> = {
  '/account': { GET: getAccount },
  '/previews': { POST: createPreview },
  '/commits': { POST: createCommit, DELETE: deleteCommit },
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
  const limits = options.rateLimits;
  const rateLimiter = limits && 'take' in limits ? limits : createAccountRateLimiter(limits, now);

  async function route(request: Request): Promise<Response> {
    const pathname = new URL(request.url).pathname;
    if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) {
      throw new HttpError('not-found', 'No such route.');
    }
    const path = pathname.slice(basePath.length).replace(/\/+$/, '');
    const methods = Object.hasOwn(routes, path) ? routes[path] : undefined;
    if (!methods) throw new HttpError('not-found', 'No such route.');
    const handle = routeForMethod(methods, request.method);
    if (!handle) {
      const allow = allowHeader(methods);
      throw new HttpError('method-not-allowed', `Use ${allow}.`, { headers: { allow } });
    }
    // Every POST route reads a JSON body; see assertJsonBody for why the type is checked first.
    if (request.method === 'POST') assertJsonBody(request);

    const principal = await options.authenticate(request);
    const user = principal ? await store.getUser(principal.accountId, principal.userId) : null;
    if (!principal || !user) {
      throw new HttpError('unauthenticated', 'Sign in to see billing.', {
        headers: { 'www-authenticate': wwwAuthenticate },
      });
    }

    await maintenance.maybeSweep();
    return handle({
      request,
      store,
      payments,
      accountId: principal.accountId,
      user,
      now,
      previewTtlMs,
      taxRates: options.taxRates ?? null,
      maxBodyBytes,
      hooks,
      rateLimit: (name) => rateLimiter.take(name, principal.accountId),
    });
  }

  async function answer(request: Request): Promise<Response> {
    try {
      return await route(request);
    } catch (error) {
      if (error instanceof HttpError) return errorResponse(error);
      // An outage the port recognised is the provider's, not ours: the customer may retry. The
      // sweep still reports it through onError when it cannot settle the commit.
      if (error instanceof PaymentProviderUnavailableError) {
        return errorResponse(providerUnavailable(error.retryAfterSeconds));
      }
      onError(error);
      return errorResponse(new HttpError('internal', 'Something went wrong on our side.'));
    }
  }

  return async (request) => {
    const response = await answer(request);
    return request.method === 'HEAD' ? withoutBody(response) : response;
  };
}
