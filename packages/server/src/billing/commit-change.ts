import { add, subtract } from '@tarif/core';
import {
  agreedPrice,
  applyCommit,
  commitAmounts,
  previewWithTax,
  rollOver,
  sameAgreement,
  sameSelection,
} from '@tarif/core/commit';
import type { CommitResult, Money, ServerPreview, TaxRates } from '@tarif/core';
import { HttpError } from '../http/errors.js';
import { newId } from '../http/ids.js';
import { PaymentDeclinedError } from '../payments/payments-port.js';
import { isSubscriptionPort } from '../payments/subscription-payments-port.js';
import type {
  AnyPaymentsPort,
  CarryOutResult,
  CommitChange,
} from '../payments/subscription-payments-port.js';
import type {
  AccountTransaction,
  BillingStore,
  CommitRecord,
  StoredSubscription,
} from '../store/store-types.js';
import { storePreview, taxContext, uncommittablePreviewPrefix } from './price-preview.js';

/** Points where a host (or a test) can look in on a commit. None of them can change its outcome. */
export interface CommitHooks {
  /** After the payments port confirmed a charge, before the outcome is recorded. */
  afterCharge?(commit: CommitRecord): Promise<void>;
}

export interface CommitDeps {
  readonly store: BillingStore;
  readonly payments: AnyPaymentsPort;
  readonly now: () => Date;
  readonly previewTtlMs: number;
  readonly hooks?: CommitHooks | undefined;
  /** The seller's tax table; absent or null: no tax. */
  readonly taxRates?: TaxRates | null | undefined;
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
 *    A `SubscriptionPaymentsPort` gets the whole change instead (every commit, even with nothing to
 *    pay): it may refuse it (price-changed, declined, requires-action: the intent is dropped).
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
    if (step.kind === 'settle-own') return settle(deps, step.commit, step.fresh, 'owner');
    try {
      // A commit waiting for its customer's authentication gives way to this newer one.
      await settle(deps, step.commit, false, 'superseder');
    } catch (error) {
      // Another commit's refusal is that commit's answer, not this one's: it was dropped, and this
      // commit goes on against the subscription as it is.
      if (!(error instanceof HttpError && droppedCodes.has(error.code))) throw error;
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
  | { readonly kind: 'settle-own'; readonly commit: CommitRecord; readonly fresh: boolean }
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
      : { kind: 'settle-own', commit: known, fresh: false };
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
  const taxRates = deps.taxRates ?? null;
  const priced = stillInPeriod
    ? previewWithTax(account.catalog, current, stored.selection, at, taxContext(account, taxRates))
    : null;
  if (!priced || !sameAgreement(shown, agreedPrice(priced.preview, priced.tax))) {
    const fresh = await storePreview(
      (record) => tx.insertPreview(record),
      account,
      current,
      stored.selection,
      now,
      deps.previewTtlMs,
      taxRates,
    );
    return { kind: 'price-changed', preview: fresh };
  }

  const repriced = priced.preview;
  const mode = shown.mode;
  // What is debited is the gross (tax included) when the server computes tax; so is a credit.
  const amounts = commitAmounts(mode, repriced, priced.tax);
  const charge = amounts.charged;
  // The renewal keeps an earlier scheduled change's parts this commit leaves alone.
  const subscription = applyCommit(current, priced.renewal, repriced, at);
  const balance = add(account.balance, amounts.balanceCredit);
  // New for every intent, so a commit tried again after a decline is a new payment.
  const paymentKey = `${input.accountId}/${input.idempotencyKey}/${newId('pi')}`;
  const carried = isSubscriptionPort(deps.payments);
  const nowSelection = mode === 'purchase' ? repriced.effectiveNow : current.subscription.selection;
  const change: CommitChange | null = carried
    ? {
        accountId: input.accountId,
        paymentKey,
        mode,
        catalog: account.catalog,
        at: stored.at,
        periodEnd: current.subscription.periodEnd,
        from: current.subscription.selection,
        now: nowSelection,
        renewal: sameSelection(priced.renewal, nowSelection) ? null : priced.renewal,
        agreed: shown,
      }
    : null;
  const result: CommitResult = {
    id: newId('cm'),
    status: 'succeeded',
    mode,
    charged: charge,
    ...(amounts.tax ? { tax: amounts.tax } : {}),
    subscription: subscription.subscription,
    scheduled: subscription.scheduled,
    balance,
  };
  const commit: CommitRecord = {
    accountId: input.accountId,
    idempotencyKey: input.idempotencyKey,
    fingerprint,
    previewId: input.previewId,
    // A subscription port must see every commit (the provider bills the items, not an amount).
    status: carried || charge.amount > 0 ? 'charging' : 'succeeded',
    amount: charge,
    paymentKey,
    baseVersion: current.version,
    outcome: {
      subscription,
      balance,
      ...(amounts.chargedTax.amount !== 0 ? { tax: amounts.chargedTax } : {}),
      ...(change ? { change } : {}),
    },
    body: JSON.stringify(result),
    createdAt: now.toISOString(),
  };
  await tx.insertCommit(commit);
  if (commit.status === 'charging') return { kind: 'settle-own', commit, fresh: true };
  await applyOutcome(tx, commit);
  return { kind: 'answer', body: commit.body };
}

// Codes with which an intent was dropped: nothing moved, the account is as it was.
const droppedCodes = new Set(['payment-declined', 'payment-requires-action', 'price-changed']);

/**
 * Who settles an intent decides what becomes of a payment that waits for the customer to
 * authenticate it (3-D Secure; docs/server.md, "Payments that need authentication"):
 * - 'owner', the commit's own request or its retry with the same key: the intent stays open and
 *   the answer carries the next action for the browser;
 * - 'waiter', the sweep within the authentication window, or a webhook: it stays open;
 * - 'superseder', another commit of the account, the customer giving up, or the sweep after the
 *   window: the provider abandons the payment, then the intent is finished if it was paid
 *   meanwhile, dropped otherwise.
 */
export type SettleRole = 'owner' | 'waiter' | 'superseder';

/**
 * Charges an intent with its payment key (or carries its change out) and records the outcome;
 * answers its body. `fresh`: the intent was written by this very call, so the provider cannot
 * know it yet; otherwise a subscription port is asked first what became of it.
 */
async function settle(
  deps: CommitDeps,
  commit: CommitRecord,
  fresh: boolean,
  role: SettleRole,
): Promise<string> {
  const change = commit.outcome.change;
  if (isSubscriptionPort(deps.payments) && change) {
    return settleChange(deps, commit, change, fresh, role);
  }
  if (isSubscriptionPort(deps.payments)) {
    throw new Error(`Commit ${commit.idempotencyKey} was decided without its change`);
  }
  let chargeId: string;
  try {
    ({ chargeId } = await deps.payments.charge(commit.accountId, commit.amount, commit.paymentKey));
  } catch (error) {
    if (!(error instanceof PaymentDeclinedError)) throw error;
    await drop(deps, commit);
    throw new HttpError('payment-declined', 'The payment was declined; nothing was charged.');
  }
  return complete(deps, commit, chargeId);
}

async function settleChange(
  deps: CommitDeps,
  commit: CommitRecord,
  change: CommitChange,
  fresh: boolean,
  role: SettleRole,
): Promise<string> {
  if (!isSubscriptionPort(deps.payments)) throw new Error('Not a subscription port');
  const port = deps.payments;
  // A retry or the sweep reads the provider first: an intent it already carried out is finished
  // from what it recorded, never sent again as a new call.
  const known = fresh ? null : await port.settle(change);
  const result = known && known.status !== 'not-started' ? known : await port.carryOut(change);
  if (result.status === 'requires-action' && port.abandon) {
    if (role === 'owner' && result.clientSecret !== null) {
      // The secret goes into this one answer to the account's primary admin (the commit route
      // checks who asks); it is neither stored nor part of any message that could be logged.
      throw new HttpError(
        'payment-requires-action',
        'The bank asks the customer to authenticate this payment; nothing is charged or applied until they do.',
        { extra: { nextAction: { type: 'authenticate', clientSecret: result.clientSecret } } },
      );
    }
    if (role === 'waiter') throw stillWaiting();
    // Superseded, or a payment the browser cannot finish (no secret): never drop it while the
    // provider could still take it.
    return abandonThenSettle(deps, commit, change);
  }
  return settleWith(deps, commit, change, result);
}

/** The answer for an intent left open for its customer's authentication. */
function stillWaiting(): HttpError {
  return new HttpError(
    'payment-requires-action',
    'The payment still waits for the customer to authenticate it.',
  );
}

/**
 * The provider abandons the payment waiting for authentication, then says what it became: paid
 * meanwhile (the intent is finished, once) or not (dropped; nothing charged, nothing applied).
 */
async function abandonThenSettle(
  deps: CommitDeps,
  commit: CommitRecord,
  change: CommitChange,
): Promise<string> {
  if (!isSubscriptionPort(deps.payments) || !deps.payments.abandon) {
    throw new Error('Not a port that abandons payments');
  }
  await deps.payments.abandon(change);
  const after = await deps.payments.settle(change);
  // The provider must not leave a payment the customer could still complete: keep the intent.
  if (after.status === 'requires-action') {
    throw new Error(`The provider still holds the payment of commit ${commit.idempotencyKey}`);
  }
  if (after.status === 'done' || after.status === 'price-changed') {
    return settleWith(deps, commit, change, after);
  }
  await drop(deps, commit);
  throw new HttpError(
    'payment-requires-action',
    'The payment was not authenticated; nothing was charged and nothing changed.',
  );
}

/** Records a definite answer of the provider: the commit's body, or the refusal it answers. */
async function settleWith(
  deps: CommitDeps,
  commit: CommitRecord,
  change: CommitChange,
  result: CarryOutResult | { readonly status: 'not-started' },
): Promise<string> {
  if (result.status === 'done') {
    const final = result.period ? withProviderPeriod(commit, result.period) : commit;
    return complete(deps, final, result.chargeId, final !== commit);
  }
  if (result.status === 'price-changed') {
    const preview = await deps.store.withAccount(commit.accountId, async (tx) => {
      await tx.abandonCommit(commit.idempotencyKey);
      const account = await tx.getAccount();
      const current = await currentSubscription(tx, deps.now());
      const stored = await tx.getPreview(commit.previewId);
      if (!account || !current || !stored) return null;
      return storePreview(
        (record) => tx.insertPreview(record),
        account,
        current,
        stored.selection,
        deps.now(),
        deps.previewTtlMs,
        deps.taxRates ?? null,
      );
    });
    throw new HttpError(
      'price-changed',
      'The payment provider prices this change differently; review the new preview.',
      preview ? { extra: { preview } } : {},
    );
  }
  if (result.status === 'not-started') {
    throw new Error(`Commit ${commit.idempotencyKey} (${change.mode}) left no trace to settle`);
  }
  await drop(deps, commit);
  if (result.status === 'requires-action') {
    throw new HttpError(
      'payment-requires-action',
      'The bank asks the customer to authenticate this payment; nothing was charged.',
    );
  }
  throw new HttpError('payment-declined', 'The payment was declined; nothing was charged.');
}

async function drop(deps: CommitDeps, commit: CommitRecord): Promise<void> {
  await deps.store.withAccount(commit.accountId, (tx) => tx.abandonCommit(commit.idempotencyKey));
}

/**
 * The customer gave up authenticating the payment of the commit `idempotencyKey` (or it failed):
 * the provider abandons it and the intent is dropped, so nothing is charged or applied and the
 * same review can be confirmed again. A payment that succeeded meanwhile is finished instead, and
 * its result answered. `DELETE /commits`.
 */
export async function abandonWaitingCommit(
  deps: CommitDeps,
  input: { readonly accountId: string; readonly idempotencyKey: string },
): Promise<string> {
  const commit = await deps.store.withAccount(input.accountId, (tx) =>
    tx.getCommit(input.idempotencyKey),
  );
  if (!commit) throw new HttpError('not-found', 'No commit with this Idempotency-Key is open.');
  if (commit.status === 'succeeded') return commit.body;
  const change = commit.outcome.change;
  const port = deps.payments;
  const busy = () =>
    new HttpError(
      'commit-in-progress',
      'This commit is being charged, not waiting for authentication; retry with the same key.',
      { headers: { 'retry-after': '1' } },
    );
  if (!isSubscriptionPort(port) || !change) throw busy();
  const known = await port.settle(change);
  // No trace yet: the commit's own request may be sending it right now; never drop that.
  if (known.status === 'not-started') throw busy();
  try {
    if (known.status === 'requires-action' && port.abandon) {
      return await abandonThenSettle(deps, commit, change);
    }
    return await settleWith(deps, commit, change, known);
  } catch (error) {
    if (error instanceof HttpError && droppedCodes.has(error.code)) return abandonedBody;
    throw error;
  }
}

const abandonedBody = JSON.stringify({ status: 'abandoned' });

/** Records a confirmed charge (null: nothing was charged) and the commit's outcome; answers its body. */
async function complete(
  deps: CommitDeps,
  commit: CommitRecord,
  chargeId: string | null,
  rewritten = false,
): Promise<string> {
  await deps.hooks?.afterCharge?.(commit);
  return deps.store.withAccount(commit.accountId, async (tx) => {
    const now = await tx.getCommit(commit.idempotencyKey);
    if (!now) throw new Error(`Commit ${commit.idempotencyKey} vanished while charging`);
    // Someone else (a retry, another instance) finished it first: theirs is the answer.
    if (now.status === 'succeeded') return now.body;
    await tx.completeCommit(
      commit.idempotencyKey,
      chargeId === null
        ? null
        : {
            chargeId,
            accountId: commit.accountId,
            amount: commit.amount,
            net: subtract(commit.amount, taxOf(commit)),
            tax: taxOf(commit),
            idempotencyKey: commit.idempotencyKey,
            createdAt: deps.now().toISOString(),
          },
      rewritten ? { outcome: commit.outcome, body: commit.body } : undefined,
    );
    await applyOutcome(tx, commit);
    return commit.body;
  });
}

/**
 * The commit with the provider's billing period instead of the one core computed (an interval
 * change starts the period at the provider's update, not at the preview's instant): the
 * subscription's period, the scheduled change's date (it waits for that period's end), and the
 * answer, which a replay of the key sends again. The same commit when they already agree.
 */
function withProviderPeriod(
  commit: CommitRecord,
  period: { readonly start: string; readonly end: string },
): CommitRecord {
  const { subscription, scheduled } = commit.outcome.subscription;
  if (subscription.periodStart === period.start && subscription.periodEnd === period.end) {
    return commit;
  }
  const record = {
    subscription: { ...subscription, periodStart: period.start, periodEnd: period.end },
    scheduled: scheduled === null ? null : { ...scheduled, effectiveAt: period.end },
  };
  const body: CommitResult = {
    ...(JSON.parse(commit.body) as CommitResult),
    subscription: record.subscription,
    scheduled: record.scheduled,
  };
  return {
    ...commit,
    outcome: { ...commit.outcome, subscription: record },
    body: JSON.stringify(body),
  };
}

/** The tax in a commit's charge (zero for one decided without tax). */
function taxOf(commit: CommitRecord): Money {
  return commit.outcome.tax ?? { amount: 0, currency: commit.amount.currency };
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
  /** Intents written before this that still wait for authentication are abandoned. */
  abandonBefore: Date = new Date(Number.NEGATIVE_INFINITY),
): Promise<number> {
  const pending = await deps.store.listChargingCommits(before.toISOString());
  let settled = 0;
  for (const commit of pending) {
    const expired = Date.parse(commit.createdAt) < abandonBefore.getTime();
    try {
      await settle(deps, commit, false, expired ? 'superseder' : 'waiter');
      settled += 1;
    } catch (error) {
      // A declined intent was dropped by settle, one waiting for authentication stays open;
      // anything else stays for the next sweep.
      if (!(error instanceof HttpError)) onError(error);
    }
  }
  return settled;
}

/**
 * Settles the account's open intent now, e.g. when the provider's webhook says its payment
 * succeeded (Stripe's `invoice.paid`): applied once, whoever comes first (the browser's retry, the
 * webhook, the sweep). 'waiting' when it still waits for the customer; 'none' when nothing is open.
 */
export async function settleAccountCommit(
  deps: CommitDeps,
  accountId: string,
): Promise<'settled' | 'waiting' | 'dropped' | 'none'> {
  const commit = await deps.store.withAccount(accountId, (tx) => tx.getChargingCommit());
  if (!commit) return 'none';
  try {
    await settle(deps, commit, false, 'waiter');
    return 'settled';
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    // Still open: it waits for authentication. Otherwise the provider's refusal dropped it.
    const open = await deps.store.withAccount(accountId, (tx) =>
      tx.getCommit(commit.idempotencyKey),
    );
    return open?.status === 'charging' ? 'waiting' : 'dropped';
  }
}
