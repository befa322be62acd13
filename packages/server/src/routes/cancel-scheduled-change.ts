import type { CancelScheduledResult } from '@tarif/core';
import { rollOver } from '@tarif/core/commit';
import { assertCanManageBilling } from '../billing/load-account.js';
import { HttpError } from '../http/errors.js';
import { json } from '../http/json.js';
import { isSubscriptionPort } from '../payments/subscription-payments-port.js';
import type { ScheduledCancel } from '../payments/subscription-payments-port.js';
import type { AccountTransaction } from '../store/store-types.js';
import type { RouteContext } from './route-context.js';

export type { CancelScheduledResult };

/**
 * `DELETE {base}/scheduled-change`: the change waiting for the renewal is dropped, and the
 * account renews on what it has now. Primary admin only. Cancelling when nothing is scheduled
 * answers the same, so a retried cancel is harmless.
 *
 * With a `SubscriptionPaymentsPort` that bills the renewal (Stripe's schedule), the provider is
 * told first, outside the account's lock (a provider call must never hold the database), and the
 * change is dropped only afterwards, if the subscription is still the one the provider was told
 * about. A failed provider call keeps the change (the customer may cancel again, and the port's
 * cancel is idempotent); a commit that moved the subscription meanwhile makes the next round tell
 * the provider again about what is scheduled now.
 */
export async function cancelScheduledChange(ctx: RouteContext): Promise<Response> {
  const account = await ctx.store.getAccount(ctx.accountId);
  if (!account) throw new HttpError('not-found', 'Unknown account.');
  assertCanManageBilling(account, ctx.user);

  const port = isSubscriptionPort(ctx.payments) ? ctx.payments : null;
  for (let round = 0; round < 5; round++) {
    const seen = await ctx.store.withAccount(ctx.accountId, async (tx) => {
      const current = await readCurrent(ctx, tx);
      if (current.scheduled === null || !port?.cancelScheduled) return drop(tx, current);
      const cancel: ScheduledCancel = {
        accountId: ctx.accountId,
        catalog: account.catalog,
        current: current.subscription.selection,
        scheduled: current.scheduled.selection,
        effectiveAt: current.scheduled.effectiveAt,
      };
      return { cancel, version: current.version };
    });
    if ('subscription' in seen) return json(200, seen);
    await port!.cancelScheduled!(seen.cancel);
    const answer = await ctx.store.withAccount(ctx.accountId, async (tx) => {
      const current = await readCurrent(ctx, tx);
      return current.version === seen.version ? drop(tx, current) : null;
    });
    if (answer) return json(200, answer);
  }
  throw new HttpError(
    'commit-in-progress',
    'This account keeps changing while its scheduled change is cancelled; try again in a moment.',
    { headers: { 'retry-after': '1' } },
  );
}

/** The subscription rolled over to now (written back when a renewal passed), refused while charging. */
async function readCurrent(ctx: RouteContext, tx: AccountTransaction) {
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
  const rolled = rollOver(stored, ctx.now());
  if (rolled === stored) return stored;
  await tx.updateSubscription(rolled, stored.version);
  return { ...rolled, version: stored.version + 1 };
}

/** Drops what is scheduled from `current` (at its version) and answers what renews. */
async function drop(
  tx: AccountTransaction,
  current: Awaited<ReturnType<typeof readCurrent>>,
): Promise<CancelScheduledResult> {
  if (current.scheduled !== null) {
    await tx.updateSubscription({ ...current, scheduled: null }, current.version);
  }
  return { subscription: current.subscription, scheduled: null };
}
