import { add } from '@tarif/core';
import {
  agreedPrice,
  applyCommit,
  previewWithScheduled,
  rollOver,
  sameAgreement,
} from '@tarif/core/commit';
import type { CommitResult, Money, ServerPreview } from '@tarif/core';
import { HttpError } from '../http/errors.js';
import { newId } from '../http/ids.js';
import { PaymentDeclinedError } from '../payments/payments-port.js';
import type { PaymentsPort } from '../payments/payments-port.js';
import type {
  AccountTransaction,
  BillingStore,
  CommitRecord,
  StoredSubscription,
} from '../store/store-types.js';
import { storePreview, uncommittablePreviewPrefix } from './price-preview.js';

/** Points where a host (or a test) can look in on a commit. None of them can change its outcome. */
export interface CommitHooks {
  /** After the payments port confirmed a charge, before the outcome is recorded. */
  afterCharge?(commit: CommitRecord): Promise<void>;
}

export interface CommitDeps {
  readonly store: BillingStore;
  readonly payments: PaymentsPort;
  readonly now: () => Date;
  readonly previewTtlMs: number;
  readonly hooks?: CommitHooks | undefined;
}

export interface CommitInput {
  readonly accountId: string;
  readonly idempotencyKey: string;
  readonly previewId: string;
}

/**
 * Commits a preview once, whatever happens around it (docs/server.md, "A commit, step by step"):
 * 1. In one transaction holding the account's lock: replay a known key, finish another commit of
 *    the account that is still charging, re-price the preview, and write the whole outcome down
 *    as an intent ('charging') before any money moves. Nothing to charge: the outcome is applied
 *    in this same transaction.
 * 2. Charge through the payments port with the intent's payment key (idempotent at the provider).
 * 3. In one transaction: the commit becomes 'succeeded', the ledger row and the new subscription
 *    and balance are written. Whoever comes next with the same key replays that answer.
 * A crash between 1 and 3 leaves an intent that any retry, any other commit of the account, or the
 * sweep finishes with the same payment key: one charge, and a subscription that matches it.
 */
export async function commitChange(deps: CommitDeps, input: CommitInput): Promise<string> {
  const fingerprint = JSON.stringify({ previewId: input.previewId });
  // Each round either answers or finishes another commit of the account that was in the way;
  // a few rounds only happen under contention, so the bound is generous.
  for (let round = 0; round < 20; round++) {
    const step = await deps.store.withAccount(input.accountId, (tx) =>
      decide(deps, tx, input, fingerprint),
    );
    if (step.kind === 'answer') return step.body;
    if (step.kind === 'price-changed') {
      throw new HttpError(
        'price-changed',
        'The price changed since this preview; review the new one.',
        {
          extra: { preview: step.preview },
        },
      );
    }
    if (step.kind === 'settle-own') return settle(deps, step.commit);
    try {
      await settle(deps, step.commit);
    } catch (error) {
      // Another commit's declined payment is that commit's answer, not this one's: it was dropped,
      // and this commit goes on against the subscription as it is.
      if (!(error instanceof HttpError && error.code === 'payment-declined')) throw error;
    }
  }
  throw new HttpError(
    'commit-in-progress',
    'Another change to this account is still being charged; retry with the same key.',
    { headers: { 'retry-after': '1' } },
  );
}

type Step =
  | { readonly kind: 'answer'; readonly body: string }
  | { readonly kind: 'settle-own'; readonly commit: CommitRecord }
  | { readonly kind: 'settle-other'; readonly commit: CommitRecord }
  | { readonly kind: 'price-changed'; readonly preview: ServerPreview };

async function decide(
  deps: CommitDeps,
  tx: AccountTransaction,
  input: CommitInput,
  fingerprint: string,
): Promise<Step> {
  const known = await tx.getCommit(input.idempotencyKey);
  if (known) {
    if (known.fingerprint !== fingerprint) {
      throw new HttpError(
        'idempotency-key-reused',
        'This Idempotency-Key was already used with another request.',
      );
    }
    return known.status === 'succeeded'
      ? { kind: 'answer', body: known.body }
      : { kind: 'settle-own', commit: known };
  }
  const charging = await tx.getChargingCommit();
  if (charging) return { kind: 'settle-other', commit: charging };

  if (input.previewId.startsWith(uncommittablePreviewPrefix)) {
    throw new HttpError(
      'preview-not-committable',
      'This preview cannot be committed (it is a request to sales, or blocked, or no change).',
    );
  }
  const stored = await tx.getPreview(input.previewId);
  if (!stored) throw new HttpError('not-found', 'No such preview.');
  if (stored.usedBy !== null) {
    throw new HttpError(
      'preview-already-used',
      'This preview was already committed with another Idempotency-Key; ask for a new one to change more.',
    );
  }
  const now = deps.now();
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

  const account = await tx.getAccount();
  const current = await currentSubscription(tx, now);
  if (!account || !current) throw new HttpError('not-found', 'This account has no subscription.');

  // Re-price at the preview's own instant (like Stripe's proration_date) against today's catalog
  // and subscription. Anything the customer would see differently means they must look again.
  const at = new Date(stored.at);
  const stillInPeriod = at.getTime() >= Date.parse(current.subscription.periodStart);
  const priced = stillInPeriod
    ? previewWithScheduled(account.catalog, current, stored.selection, at)
    : null;
  if (!priced || !sameAgreement(shown, agreedPrice(priced.preview))) {
    const fresh = await storePreview(
      (record) => tx.insertPreview(record),
      account,
      current,
      stored.selection,
      now,
      deps.previewTtlMs,
    );
    return { kind: 'price-changed', preview: fresh };
  }

  const repriced = priced.preview;
  const mode = shown.mode;
  const zero: Money = { amount: 0, currency: account.catalog.currency };
  const charge = mode === 'purchase' && repriced.dueToday.amount > 0 ? repriced.dueToday : zero;
  // The renewal keeps an earlier scheduled change's parts this commit leaves alone.
  const subscription = applyCommit(current, priced.renewal, repriced, at);
  const balance =
    mode === 'purchase' ? add(account.balance, repriced.balanceCredit) : account.balance;
  const result: CommitResult = {
    id: newId('cm'),
    status: 'succeeded',
    mode,
    charged: charge,
    subscription: subscription.subscription,
    scheduled: subscription.scheduled,
    balance,
  };
  const commit: CommitRecord = {
    accountId: input.accountId,
    idempotencyKey: input.idempotencyKey,
    fingerprint,
    previewId: input.previewId,
    status: charge.amount > 0 ? 'charging' : 'succeeded',
    amount: charge,
    // New for every intent, so a commit tried again after a decline is a new payment.
    paymentKey: `${input.accountId}/${input.idempotencyKey}/${newId('pi')}`,
    baseVersion: current.version,
    outcome: { subscription, balance },
    body: JSON.stringify(result),
    createdAt: now.toISOString(),
  };
  await tx.insertCommit(commit);
  if (commit.status === 'charging') return { kind: 'settle-own', commit };
  await applyOutcome(tx, commit);
  return { kind: 'answer', body: commit.body };
}

/** Charges an intent with its payment key and records the outcome; answers its body. */
async function settle(deps: CommitDeps, commit: CommitRecord): Promise<string> {
  let chargeId: string;
  try {
    ({ chargeId } = await deps.payments.charge(commit.accountId, commit.amount, commit.paymentKey));
  } catch (error) {
    if (!(error instanceof PaymentDeclinedError)) throw error;
    await deps.store.withAccount(commit.accountId, (tx) => tx.abandonCommit(commit.idempotencyKey));
    throw new HttpError('payment-declined', 'The payment was declined; nothing was charged.');
  }
  await deps.hooks?.afterCharge?.(commit);
  return deps.store.withAccount(commit.accountId, async (tx) => {
    const now = await tx.getCommit(commit.idempotencyKey);
    if (!now) throw new Error(`Commit ${commit.idempotencyKey} vanished while charging`);
    // Someone else (a retry, another instance) finished it first: theirs is the answer.
    if (now.status === 'succeeded') return now.body;
    await tx.completeCommit(commit.idempotencyKey, {
      chargeId,
      accountId: commit.accountId,
      amount: commit.amount,
      idempotencyKey: commit.idempotencyKey,
      createdAt: deps.now().toISOString(),
    });
    await applyOutcome(tx, commit);
    return commit.body;
  });
}

async function applyOutcome(tx: AccountTransaction, commit: CommitRecord): Promise<void> {
  await tx.updateSubscription(commit.outcome.subscription, commit.baseVersion);
  await tx.setBalance(commit.outcome.balance);
}

/** The account's subscription rolled over to `now`, written back when a renewal passed. */
async function currentSubscription(
  tx: AccountTransaction,
  now: Date,
): Promise<StoredSubscription | null> {
  const stored = await tx.getSubscription();
  if (!stored) return null;
  const rolled = rollOver(stored, now);
  if (rolled === stored) return stored;
  await tx.updateSubscription(rolled, stored.version);
  return { ...rolled, version: stored.version + 1 };
}

/**
 * Settles every intent a crash left behind (written before `before`). Safe to run at any time,
 * from any instance, even while the commit's own process is still at it: each step is idempotent.
 */
export async function settlePendingCommits(
  deps: CommitDeps,
  before: Date,
  onError: (error: unknown) => void,
): Promise<number> {
  const pending = await deps.store.listChargingCommits(before.toISOString());
  let settled = 0;
  for (const commit of pending) {
    try {
      await settle(deps, commit);
      settled += 1;
    } catch (error) {
      // A declined intent was dropped by settle; anything else stays for the next sweep.
      if (!(error instanceof HttpError)) onError(error);
    }
  }
  return settled;
}
