import type { CancelScheduledResult } from '@tarif/core';
import { assertCanManageBilling } from '../billing/load-account.js';
import { rollOver } from '@tarif/core/commit';
import { HttpError } from '../http/errors.js';
import { json } from '../http/json.js';
import type { RouteContext } from './route-context.js';

export type { CancelScheduledResult };

/**
 * `DELETE {base}/scheduled-change`: the change waiting for the renewal is dropped, and the
 * account renews on what it has now. Primary admin only. Cancelling when nothing is scheduled
 * answers the same, so a retried cancel is harmless.
 */
export async function cancelScheduledChange(ctx: RouteContext): Promise<Response> {
  const account = await ctx.store.getAccount(ctx.accountId);
  if (!account) throw new HttpError('not-found', 'Unknown account.');
  assertCanManageBilling(account, ctx.user);

  const now = ctx.now();
  const result = await ctx.store.withAccount(ctx.accountId, async (tx) => {
    // A commit being charged will write its own outcome (its renewal included) on top of the
    // version it was computed from: never change that version under it.
    if (await tx.getChargingCommit()) {
      throw new HttpError(
        'commit-in-progress',
        'A change to this account is being charged; try again in a moment.',
        { headers: { 'retry-after': '1' } },
      );
    }
    const stored = await tx.getSubscription();
    if (!stored) throw new HttpError('not-found', 'This account has no subscription.');
    const current = rollOver(stored, now);
    if (current.scheduled !== null || current !== stored) {
      await tx.updateSubscription({ ...current, scheduled: null }, stored.version);
    }
    const answer: CancelScheduledResult = { subscription: current.subscription, scheduled: null };
    return answer;
  });
  return json(200, result);
}
