import type { CommitHooks } from '../billing/commit-change.js';
import { seedDemo } from '../demo/seed-demo.js';
import type { Authenticate } from '../handler/authenticate.js';
import { HttpError, invalidRequest } from '../http/errors.js';
import type { FieldError } from '../http/errors.js';
import { errorResponse, json, readJson } from '../http/json.js';
import { assertJsonBody } from '../http/media-type.js';
import type { BillingStore } from '../store/store-types.js';
import { isRecord } from '../validation/read-body.js';
import { bumpPrices } from './bump-prices.js';
import {
  clearFaults,
  createFaults,
  describeFaults,
  holdPreviews,
  releasePreviews,
} from './faults.js';
import type { Faults } from './faults.js';

/** A store the controls can empty: both of ours are. */
export interface ResettableStore extends BillingStore {
  clear(): Promise<void>;
}

export interface TestControlsOptions {
  readonly store: ResettableStore;
  readonly authenticate: Authenticate;
  /** The billing handler's base path. Default '/api/billing'. */
  readonly basePath?: string;
  readonly now?: () => Date;
  /**
   * Called by `POST {base}/__test/reset` after the demo is seeded again, e.g. `limiter.clear` of
   * the handler's rate limiter, or a payments provider's fake set back to the new subscriptions.
   */
  readonly onReset?: () => void | Promise<void>;
  /** Where to say that a commit paused after its charge (the e2e tests wait for this line). */
  readonly log?: (line: string) => void;
}

export interface TestControls {
  readonly faults: Faults;
  /** Give these to `createBillingHandler({ hooks })`. */
  readonly hooks: CommitHooks;
  /** Wraps the billing handler: answers `{base}/__test/*` and applies the faults around it. */
  wrap(handler: (request: Request) => Promise<Response>): (request: Request) => Promise<Response>;
}

/**
 * Fault injection and reset for end-to-end tests, around an unmodified billing handler.
 * NEVER in production: `POST {base}/__test/reset` deletes every row of the store.
 */
export function createTestControls(options: TestControlsOptions): TestControls {
  const basePath = (options.basePath ?? '/api/billing').replace(/\/+$/, '');
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((line: string) => console.log(line));
  const faults = createFaults();

  const hooks: CommitHooks = {
    async afterCharge(commit) {
      if (!faults.pauseAfterCharge) return;
      faults.pauseAfterCharge = false;
      log(`[tarif/testing] paused after charging ${commit.idempotencyKey}`);
      // Never resumes: the test kills this process here, between the charge and its record.
      await new Promise<never>(() => {});
    },
  };

  async function control(request: Request, path: string): Promise<Response> {
    if (request.method !== 'POST') {
      throw new HttpError('method-not-allowed', 'Use POST.', { headers: { allow: 'POST' } });
    }
    assertJsonBody(request);
    // Test drivers may call without a token; faults then apply to the demo account.
    const principal = await options.authenticate(request);
    const accountId = principal?.accountId ?? 'acct_demo';
    if (path === '/__test/reset') {
      await options.store.clear();
      await seedDemo(options.store, { now: now() });
      clearFaults(faults);
      await options.onReset?.();
      return json(200, { reset: true });
    }
    if (path !== '/__test/faults') throw new HttpError('not-found', 'No such route.');
    const body = await readJson(request, 16 * 1024);
    if (!isRecord(body)) throw invalidRequest([{ path: '', message: 'Expected a JSON object.' }]);
    const errors: FieldError[] = [];
    const { commitError, holdPreviews: hold, pauseAfterCharge, bumpPrices: bump } = body;
    if (commitError !== undefined && commitError !== null && commitError !== 'after-charge') {
      errors.push({ path: 'commitError', message: "Expected 'after-charge' or null." });
    }
    for (const [name, value] of Object.entries({
      holdPreviews: hold,
      pauseAfterCharge,
      bumpPrices: bump,
    })) {
      if (value !== undefined && typeof value !== 'boolean')
        errors.push({ path: name, message: 'Expected a boolean.' });
    }
    if (errors.length > 0) throw invalidRequest(errors);

    if (commitError !== undefined)
      faults.commitError = commitError === null ? null : 'after-charge';
    if (typeof pauseAfterCharge === 'boolean') faults.pauseAfterCharge = pauseAfterCharge;
    if (hold === true) holdPreviews(faults);
    if (hold === false) releasePreviews(faults);
    let catalogVersion: string | undefined;
    if (bump === true) {
      const account = await options.store.getAccount(accountId);
      if (!account) throw new HttpError('not-found', 'Unknown account.');
      const bumped = bumpPrices(account.catalog);
      await options.store.saveCatalog(accountId, bumped);
      catalogVersion = bumped.version;
    }
    return json(200, {
      faults: describeFaults(faults),
      ...(catalogVersion ? { catalogVersion } : {}),
    });
  }

  return {
    faults,
    hooks,
    wrap(handler) {
      return async (request) => {
        const pathname = new URL(request.url).pathname;
        // Only what lies under the base path is the handler's (and the controls'): a path of the
        // same length elsewhere (`/static/assets/__test/reset`) must never reach them.
        const path = pathname.startsWith(`${basePath}/`)
          ? pathname.slice(basePath.length).replace(/\/+$/, '')
          : null;
        if (path === null) return handler(request);
        if (path.startsWith('/__test/')) {
          try {
            return await control(request, path);
          } catch (error) {
            if (error instanceof HttpError) return errorResponse(error);
            throw error;
          }
        }
        if (path === '/previews' && faults.previewHold) await faults.previewHold.released;
        const response = await handler(request);
        if (path === '/commits' && response.ok && faults.commitError === 'after-charge') {
          // The commit happened and was recorded; only its answer is lost on the way.
          faults.commitError = null;
          return errorResponse(new HttpError('internal', 'Injected fault: the answer was lost.'));
        }
        return response;
      };
    },
  };
}
