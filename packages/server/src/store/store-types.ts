import type { Catalog, Money, Selection } from '@tarif/core';
import type { AgreedPrice, ScheduledChange, SubscriptionState } from '@tarif/core/commit';
import type { CommitChange } from '../payments/subscription-payments-port.js';

export type { AgreedPrice, ScheduledChange };

export interface AccountRecord {
  readonly id: string;
  readonly name: string;
  readonly primaryAdminUserId: string;
  readonly catalog: Catalog;
  /** Credit carried on the account (never negative), in the catalog's currency. */
  readonly balance: Money;
}

export interface UserRecord {
  readonly id: string;
  readonly accountId: string;
  readonly name: string;
  readonly email: string;
}

/** A subscription and the change it renews on (core's `SubscriptionState`). */
export type SubscriptionRecord = SubscriptionState;

/** A subscription as stored: `version` grows by one with every write (compare-and-swap). */
export interface StoredSubscription extends SubscriptionRecord {
  readonly version: number;
}

export interface PreviewRecord {
  readonly id: string;
  readonly accountId: string;
  /** The selection the client asked for, as validated (never the client's amounts). */
  readonly selection: Selection;
  /** The instant the preview was priced at; a commit re-prices at this same instant. */
  readonly at: string;
  readonly expiresAt: string;
  readonly catalogVersion: string;
  /** What the customer was shown and agrees to by committing; a commit re-checks exactly these. */
  readonly agreed: AgreedPrice;
  /** The idempotency key of the commit that used this preview, once one did. */
  readonly usedBy: string | null;
}

/**
 * One commit, keyed by (account, idempotency key). 'charging' is an intent: everything about the
 * commit is decided and written down before the payment call, so whoever finds it later (a retry,
 * another instance, the sweep after a crash) finishes it exactly as it was decided.
 */
export interface CommitRecord {
  readonly accountId: string;
  readonly idempotencyKey: string;
  /** Canonical JSON of the request; the same key with another fingerprint is refused. */
  readonly fingerprint: string;
  readonly previewId: string;
  readonly status: 'charging' | 'succeeded';
  /** What is charged today (zero when nothing is). */
  readonly amount: Money;
  /** The key the payments port gets: derived from the commit's key, new for each intent. */
  readonly paymentKey: string;
  /** The subscription version the outcome was computed from. */
  readonly baseVersion: number;
  /** What the account becomes once the payment is confirmed. */
  readonly outcome: CommitOutcome;
  /** The response body to send, and to replay for this key (a `CommitResult`), as JSON. */
  readonly body: string;
  readonly createdAt: string;
}

export interface CommitOutcome {
  readonly subscription: SubscriptionRecord;
  readonly balance: Money;
  /**
   * The change as decided, for a `SubscriptionPaymentsPort`: a retry or the sweep carries out this
   * and nothing re-priced. Absent for an amount-only `PaymentsPort`.
   */
  readonly change?: CommitChange;
}

export interface ChangeRequestRecord {
  readonly id: string;
  readonly accountId: string;
  readonly userId: string;
  readonly subject: string;
  readonly message: string;
  readonly contactEmail: string;
  readonly selection: Selection | null;
  readonly receivedAt: string;
}

/** Tarif's record of money taken: one row per charged commit, written with the commit's outcome. */
export interface LedgerEntry {
  /** The payments port's id for the charge. */
  readonly chargeId: string;
  readonly accountId: string;
  readonly amount: Money;
  readonly idempotencyKey: string;
  readonly createdAt: string;
}

/**
 * The work of one database transaction that holds the account's lock: no other transaction of
 * any process can lock the same account until it ends. Everything written through it commits
 * together, or not at all when the callback throws.
 */
export interface AccountTransaction {
  getAccount(): Promise<AccountRecord | null>;
  getSubscription(): Promise<StoredSubscription | null>;
  /** Writes the subscription if it is still at `expectedVersion`; throws `StoreConflictError` otherwise. */
  updateSubscription(record: SubscriptionRecord, expectedVersion: number): Promise<void>;
  setBalance(balance: Money): Promise<void>;
  getPreview(previewId: string): Promise<PreviewRecord | null>;
  insertPreview(record: PreviewRecord): Promise<void>;
  getCommit(idempotencyKey: string): Promise<CommitRecord | null>;
  /** The account's commit that is charging, if any (at most one: a unique index says so). */
  getChargingCommit(): Promise<CommitRecord | null>;
  /** Inserts the commit and marks its preview used; throws `StoreConflictError` if either is taken. */
  insertCommit(record: CommitRecord): Promise<void>;
  /**
   * 'charging' → 'succeeded' and the ledger row, in this transaction. `final`: the outcome and the
   * body as the provider settled them (its own billing period), replacing the intent's.
   */
  completeCommit(
    idempotencyKey: string,
    ledger: LedgerEntry | null,
    final?: { readonly outcome: CommitOutcome; readonly body: string },
  ): Promise<void>;
  /** Drops a charging intent whose payment was declined, and frees its preview. */
  abandonCommit(idempotencyKey: string): Promise<void>;
}

/** A write lost a race the database refereed (a unique key or a version already taken). */
export class StoreConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreConflictError';
  }
}

/**
 * A catalog whose currency is not the account's credit's: the credit would be stranded in a
 * currency the account no longer buys in (core refuses to add EUR to USD). A zero credit simply
 * takes the catalog's currency; a credit that is not zero must be settled or converted by the
 * host first (`putAccount` with the converted balance and the new catalog together).
 */
export class CurrencyMismatchError extends Error {
  readonly accountId: string;
  readonly catalogCurrency: string;
  readonly balance: Money;

  constructor(accountId: string, catalogCurrency: string, balance: Money) {
    super(
      `Account ${accountId} holds a credit of ${balance.amount} minor units of ${balance.currency}; ` +
        `a catalog in ${catalogCurrency} would strand it. Convert or settle the credit, then ` +
        `save the account's catalog and balance together with putAccount.`,
    );
    this.name = 'CurrencyMismatchError';
    this.accountId = accountId;
    this.catalogCurrency = catalogCurrency;
    this.balance = balance;
  }
}

/**
 * Whether an account may move to a catalog in `currency`, given its credit and whether a commit of
 * it is being charged: null when it may, else the error to throw. A charging commit's outcome
 * holds a balance in the old currency, which its completion would write back.
 */
export function currencyChangeRefusal(
  accountId: string,
  currency: string,
  state: { readonly balance: Money; readonly charging: boolean },
): Error | null {
  if (state.balance.currency === currency) return null;
  if (state.balance.amount !== 0) {
    return new CurrencyMismatchError(accountId, currency, state.balance);
  }
  if (state.charging) {
    return new StoreConflictError(
      `A commit of account ${accountId} is being charged in ${state.balance.currency}; save a ` +
        `catalog in ${currency} once it is settled.`,
    );
  }
  return null;
}

/** Throws `CurrencyMismatchError` when an account's catalog and credit are in two currencies. */
export function assertOneCurrency(account: AccountRecord): void {
  if (account.catalog.currency !== account.balance.currency) {
    throw new CurrencyMismatchError(account.id, account.catalog.currency, account.balance);
  }
}

export interface SweepInput {
  /** Previews that expired before this instant are deleted. */
  readonly previewsExpiredBefore: string;
  /** Finished commits (idempotency records) created before this instant are deleted. */
  readonly commitsCreatedBefore: string;
}

/**
 * Everything the handlers persist. Every read and write is scoped by an account id that comes
 * from authentication, never from a request body. Correctness across processes rests on the
 * database (unique keys, row locks, transactions), never on one process's memory.
 */
export interface BillingStore {
  /** 'sqlite' or 'postgres', for logs. */
  readonly dialect: string;

  getAccount(accountId: string): Promise<AccountRecord | null>;
  getUser(accountId: string, userId: string): Promise<UserRecord | null>;
  getSubscription(accountId: string): Promise<StoredSubscription | null>;

  /**
   * Creates or replaces an account (its name, primary admin, catalog and balance). Throws
   * `CurrencyMismatchError` when the balance is not in the catalog's currency.
   */
  putAccount(account: AccountRecord): Promise<void>;
  /** Creates or replaces a user of an account. */
  putUser(user: UserRecord): Promise<void>;
  /** Creates a subscription, or replaces it outside any commit (loading, migration from elsewhere). */
  putSubscription(accountId: string, record: SubscriptionRecord): Promise<void>;
  /**
   * Replaces the account's catalog; commits re-price against it, so older previews get
   * price-changed. A catalog in another currency takes a zero credit along, and throws
   * `CurrencyMismatchError` (nothing saved) when the account holds a credit that is not zero, or
   * `StoreConflictError` while a commit of the account is being charged.
   */
  saveCatalog(accountId: string, catalog: Catalog): Promise<void>;

  insertPreview(record: PreviewRecord): Promise<void>;
  getPreview(accountId: string, previewId: string): Promise<PreviewRecord | null>;

  insertChangeRequest(record: ChangeRequestRecord): Promise<void>;
  listChangeRequests(accountId: string): Promise<readonly ChangeRequestRecord[]>;

  listCharges(accountId: string): Promise<readonly LedgerEntry[]>;
  /** Commits still charging whose intent was written before `before`: a crash left them. */
  listChargingCommits(before: string): Promise<readonly CommitRecord[]>;

  /** Runs `work` in one transaction holding `accountId`'s lock (see `AccountTransaction`). */
  withAccount<T>(accountId: string, work: (tx: AccountTransaction) => Promise<T>): Promise<T>;

  /** Deletes expired previews and old finished commits; charging commits are never deleted. */
  sweep(input: SweepInput): Promise<{ previews: number; commits: number }>;
  close(): Promise<void>;
}
