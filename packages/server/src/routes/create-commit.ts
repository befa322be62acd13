import { isIdempotencyKey } from '@tarif/core';
import type { CommitResult } from '@tarif/core';
import { abandonWaitingCommit, commitChange } from '../billing/commit-change.js';
import { assertCanManageBilling } from '../billing/load-account.js';
import { HttpError, invalidRequest } from '../http/errors.js';
import { rawJson, readJson } from '../http/json.js';
import { controlCharacterError, isRecord } from '../validation/read-body.js';
import type { RouteContext } from './route-context.js';

// The body of a successful `POST {base}/commits` is core's CommitResult.
export type { CommitResult };

/** `POST {base}/commits` with header `Idempotency-Key` and `{ previewId }`. Primary admin only. */
export async function createCommit(ctx: RouteContext): Promise<Response> {
  const account = await ctx.store.getAccount(ctx.accountId);
  if (!account) throw new HttpError('not-found', 'Unknown account.');
  assertCanManageBilling(account, ctx.user);

  const key = idempotencyKeyOf(ctx.request);
  const body = await readJson(ctx.request, ctx.maxBodyBytes);
  const previewId = isRecord(body) ? body['previewId'] : undefined;
  if (typeof previewId !== 'string' || previewId.length === 0 || previewId.length > 100) {
    throw invalidRequest([{ path: 'previewId', message: 'Expected the id of a preview.' }]);
  }
  const control = controlCharacterError(previewId);
  if (control) throw invalidRequest([{ path: 'previewId', message: control }]);
  const result = await commitChange(ctx, {
    accountId: ctx.accountId,
    idempotencyKey: key,
    previewId,
  });
  return rawJson(200, result);
}

/**
 * `DELETE {base}/commits` with the commit's `Idempotency-Key`: the customer gave up (or failed)
 * authenticating its payment. Answers `{ status: 'abandoned' }` once the provider dropped it
 * (nothing charged or applied; the same review can be confirmed again), or the commit's result
 * when its payment succeeded meanwhile. Primary admin only.
 */
export async function deleteCommit(ctx: RouteContext): Promise<Response> {
  const account = await ctx.store.getAccount(ctx.accountId);
  if (!account) throw new HttpError('not-found', 'Unknown account.');
  assertCanManageBilling(account, ctx.user);
  const key = idempotencyKeyOf(ctx.request);
  const result = await abandonWaitingCommit(ctx, { accountId: ctx.accountId, idempotencyKey: key });
  return rawJson(200, result);
}

function idempotencyKeyOf(request: Request): string {
  const key = request.headers.get('idempotency-key');
  if (key === null || !isIdempotencyKey(key)) {
    throw invalidRequest([
      { path: 'Idempotency-Key', message: 'Send a header of 8 to 200 visible ASCII characters.' },
    ]);
  }
  return key;
}
