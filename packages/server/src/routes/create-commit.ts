import { isIdempotencyKey } from '@tarif/core';
import type { CommitResult } from '@tarif/core';
import { commitChange } from '../billing/commit-change.js';
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

  const key = ctx.request.headers.get('idempotency-key');
  if (key === null || !isIdempotencyKey(key)) {
    throw invalidRequest([
      { path: 'Idempotency-Key', message: 'Send a header of 8 to 200 visible ASCII characters.' },
    ]);
  }
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
