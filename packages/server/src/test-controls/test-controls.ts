import { seedDemo } from '../demo/seed-demo.js';
import { HttpError, invalidRequest } from '../http/errors.js';
import type { FieldError } from '../http/errors.js';
import { json, readJson } from '../http/json.js';
import type { BillingStore } from '../store/store-types.js';
import { isRecord } from '../validation/read-body.js';
import { bumpPrices } from './bump-prices.js';
import { describeFaults, holdPreviews, releasePreviews } from './faults.js';
import type { Faults } from './faults.js';

export interface TestControlContext {
  readonly request: Request;
  readonly store: BillingStore;
  readonly faults: Faults;
  /** The caller's account, or the demo account when the call is not authenticated. */
  readonly accountId: string;
  readonly now: () => Date;
  readonly maxBodyBytes: number;
  /** Refills every rate-limit bucket, so a reset test starts as on a fresh server. */
  readonly clearRateLimits: () => void;
}

/** `POST {base}/__test/faults` with any of `commitError`, `holdPreviews`, `bumpPrices`. */
export async function queueFaults(ctx: TestControlContext): Promise<Response> {
  const body = await readJson(ctx.request, ctx.maxBodyBytes);
  if (!isRecord(body)) throw invalidRequest([{ path: '', message: 'Expected a JSON object.' }]);
  const errors: FieldError[] = [];
  const { commitError, holdPreviews: hold, bumpPrices: bump } = body;
  if (commitError !== undefined && commitError !== null && commitError !== 'after-charge') {
    errors.push({ path: 'commitError', message: "Expected 'after-charge' or null." });
  }
  if (hold !== undefined && typeof hold !== 'boolean') {
    errors.push({ path: 'holdPreviews', message: 'Expected a boolean.' });
  }
  if (bump !== undefined && typeof bump !== 'boolean') {
    errors.push({ path: 'bumpPrices', message: 'Expected a boolean.' });
  }
  if (errors.length > 0) throw invalidRequest(errors);

  if (commitError !== undefined)
    ctx.faults.commitError = commitError === null ? null : 'after-charge';
  if (hold === true) holdPreviews(ctx.faults);
  if (hold === false) releasePreviews(ctx.faults);
  let catalogVersion: string | undefined;
  if (bump === true) {
    const account = await ctx.store.getAccount(ctx.accountId);
    if (!account) throw new HttpError('not-found', 'Unknown account.');
    const bumped = bumpPrices(account.catalog);
    await ctx.store.saveCatalog(ctx.accountId, bumped);
    catalogVersion = bumped.version;
  }
  return json(200, {
    faults: describeFaults(ctx.faults),
    ...(catalogVersion ? { catalogVersion } : {}),
  });
}

/** `POST {base}/__test/reset`: empties the database, seeds the demo again, clears faults and rate limits. */
export async function resetDemo(ctx: TestControlContext): Promise<Response> {
  await ctx.store.clear();
  await seedDemo(ctx.store, { now: ctx.now() });
  ctx.faults.commitError = null;
  releasePreviews(ctx.faults);
  ctx.clearRateLimits();
  return json(200, { reset: true });
}
