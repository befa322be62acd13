import { add } from '@tarif/core';
import type { CommitResult, Money } from '@tarif/core';
import { applyCommit } from '../billing/apply-commit.js';
import { assertCanManageBilling, loadAccount } from '../billing/load-account.js';
import { agreedPrice, priceChange, pricePreview } from '../billing/price-preview.js';
import { HttpError, invalidRequest } from '../http/errors.js';
import { newId } from '../http/ids.js';
import { rawJson, readJson } from '../http/json.js';
import type { AgreedPrice } from '../store/store-types.js';
import { isRecord } from '../validation/read-body.js';
import type { RouteContext } from './route-context.js';

// The body of a successful `POST {base}/commits` is core's CommitResult.
export type { CommitResult };

/** A claim older than this belongs to a process that died between claiming and recording. */
const staleClaimMs = 60_000;
/** How long a request waits for another process that holds the same key. */
const busyWaitMs = 10_000;

/** `POST {base}/commits` with header `Idempotency-Key` and `{ previewId }`. Primary admin only. */
export async function createCommit(ctx: RouteContext): Promise<Response> {
  const account = await ctx.store.getAccount(ctx.accountId);
  if (!account) throw new HttpError('not-found', 'Unknown account.');
  assertCanManageBilling(account, ctx.user);

  const key = ctx.request.headers.get('idempotency-key');
  if (key === null || key.length < 8 || key.length > 200 || !/^[\x21-\x7e]+$/.test(key)) {
    throw invalidRequest([
      { path: 'Idempotency-Key', message: 'Send a header of 8 to 200 visible ASCII characters.' },
    ]);
  }
  const body = await readJson(ctx.request, ctx.maxBodyBytes);
  const previewId = isRecord(body) ? body['previewId'] : undefined;
  if (typeof previewId !== 'string' || previewId.length === 0 || previewId.length > 100) {
    throw invalidRequest([{ path: 'previewId', message: 'Expected the id of a preview.' }]);
  }
  // The key is bound to this exact request; the same key with another body is refused (422).
  const fingerprint = JSON.stringify({ previewId });
  return ctx.accountLock(ctx.accountId, () => commitOnce(ctx, key, fingerprint, previewId));
}

async function commitOnce(
  ctx: RouteContext,
  key: string,
  fingerprint: string,
  previewId: string,
): Promise<Response> {
  const giveUpAt = Date.now() + busyWaitMs;
  for (;;) {
    // Claims use the wall clock, not the injectable billing clock: they are about process liveness.
    const claim = await ctx.store.claimCommit({
      accountId: ctx.accountId,
      idempotencyKey: key,
      fingerprint,
      now: new Date().toISOString(),
      staleBefore: new Date(Date.now() - staleClaimMs).toISOString(),
    });
    if (claim.kind === 'done') return rawJson(200, claim.body);
    if (claim.kind === 'mismatch') {
      throw new HttpError(
        'idempotency-key-reused',
        'This Idempotency-Key was already used with another request.',
      );
    }
    if (claim.kind === 'claimed') break;
    if (Date.now() > giveUpAt) {
      throw new HttpError(
        'commit-in-progress',
        'A commit with this Idempotency-Key is still running; retry with the same key.',
        { headers: { 'retry-after': '1' } },
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  try {
    const body = await execute(ctx, key, previewId);
    if (ctx.faults?.commitError === 'after-charge') {
      ctx.faults.commitError = null;
      throw new Error('Injected fault: the commit succeeded but its answer is lost.');
    }
    return rawJson(200, body);
  } finally {
    // Frees the key only if nothing was recorded (a completed commit is not pending any more).
    await ctx.store.releaseCommit(ctx.accountId, key);
  }
}

/** Re-prices the stored preview, charges, applies and records. Returns the result body. */
async function execute(ctx: RouteContext, key: string, previewId: string): Promise<string> {
  const stored = await ctx.store.getPreview(ctx.accountId, previewId);
  if (!stored) throw new HttpError('not-found', 'No such preview.');
  const now = ctx.now();
  if (now.getTime() >= Date.parse(stored.expiresAt)) {
    throw new HttpError('preview-expired', 'This preview has expired; ask for a new one.');
  }
  const shown = stored.agreed;
  if (shown.mode !== 'purchase' && shown.mode !== 'scheduled') {
    throw new HttpError(
      'preview-not-committable',
      `A preview in mode '${shown.mode}' cannot be committed.`,
    );
  }

  // Re-price at the preview's own instant (like Stripe's proration_date) against today's catalog
  // and subscription. Anything the customer would see differently means they must look again.
  const state = await loadAccount(ctx.store, ctx.accountId, now);
  const at = new Date(stored.at);
  const stillInPeriod = at.getTime() >= Date.parse(state.record.subscription.periodStart);
  const priced = stillInPeriod
    ? priceChange(state.account.catalog, state.record, stored.selection, at)
    : null;
  const repriced = priced?.preview;
  if (!priced || !repriced || !sameAgreement(shown, agreedPrice(repriced))) {
    const fresh = await pricePreview(ctx.store, state, stored.selection, now, ctx.previewTtlMs);
    throw new HttpError(
      'price-changed',
      'The price changed since this preview; review the new one.',
      {
        extra: { preview: fresh },
      },
    );
  }

  const mode = shown.mode;
  const currency = state.account.catalog.currency;
  let charged: Money = { amount: 0, currency };
  if (mode === 'purchase' && repriced.dueToday.amount > 0) {
    await ctx.payments.charge(ctx.accountId, repriced.dueToday, key);
    charged = repriced.dueToday;
  }
  // The renewal keeps an earlier scheduled change's parts this commit leaves alone.
  const record = applyCommit(state.record, priced.renewal, repriced, at);
  const balance =
    mode === 'purchase'
      ? add(state.account.balance, repriced.balanceCredit)
      : state.account.balance;
  const result: CommitResult = {
    id: newId('cm'),
    status: 'succeeded',
    mode,
    charged,
    subscription: record.subscription,
    scheduled: record.scheduled,
    balance,
  };
  const body = JSON.stringify(result);
  await ctx.store.completeCommit({
    accountId: ctx.accountId,
    idempotencyKey: key,
    subscription: record,
    balance,
    body,
  });
  return body;
}

/** Same mode, same amount today (charged or credited), same renewal total: the customer's agreement holds. */
function sameAgreement(shown: AgreedPrice, now: AgreedPrice): boolean {
  const same = (a: Money, b: Money) => a.amount === b.amount && a.currency === b.currency;
  return (
    shown.mode === now.mode &&
    same(shown.dueToday, now.dueToday) &&
    same(shown.balanceCredit, now.balanceCredit) &&
    same(shown.nextRenewalTotal, now.nextRenewalTotal)
  );
}
