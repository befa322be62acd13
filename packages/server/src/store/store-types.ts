import type {
  Catalog,
  ChangeMode,
  Money,
  ScheduledChange,
  Selection,
  Subscription,
} from '@tarif/core';

export type { ScheduledChange };

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

export interface SubscriptionRecord {
  readonly subscription: Subscription;
  readonly scheduled: ScheduledChange | null;
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
}

export interface AgreedPrice {
  readonly mode: ChangeMode;
  readonly dueToday: Money;
  readonly balanceCredit: Money;
  readonly nextRenewalTotal: Money;
}

/** Outcome of trying to take an idempotency key for a commit. */
export type CommitClaim =
  | { readonly kind: 'claimed' }
  | { readonly kind: 'done'; readonly body: string }
  | { readonly kind: 'mismatch' }
  | { readonly kind: 'busy' };

export interface ClaimCommitInput {
  readonly accountId: string;
  readonly idempotencyKey: string;
  /** Canonical JSON of the request; the same key with another fingerprint is refused. */
  readonly fingerprint: string;
  readonly now: string;
  /** A pending claim taken before this instant is treated as abandoned (its process died) and taken over. */
  readonly staleBefore: string;
}

export interface CompleteCommitInput {
  readonly accountId: string;
  readonly idempotencyKey: string;
  readonly subscription: SubscriptionRecord;
  readonly balance: Money;
  /** The response body to replay for this key (a `CommitResult`), as JSON. */
  readonly body: string;
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

export interface LedgerEntry {
  readonly chargeId: string;
  readonly accountId: string;
  readonly amount: Money;
  readonly idempotencyKey: string;
  readonly createdAt: string;
}

export interface RecordChargeInput {
  readonly accountId: string;
  readonly amount: Money;
  readonly idempotencyKey: string;
  readonly at: string;
}

/**
 * Everything the handlers persist. Every read and write is scoped by an account id that comes
 * from authentication, never from a request body. Methods are async so a networked database fits.
 */
export interface BillingStore {
  getAccount(accountId: string): Promise<AccountRecord | null>;
  getUser(accountId: string, userId: string): Promise<UserRecord | null>;
  getSubscription(accountId: string): Promise<SubscriptionRecord | null>;
  saveSubscription(accountId: string, record: SubscriptionRecord): Promise<void>;
  /** Replaces the account's catalog (its `version` is stored beside it). */
  saveCatalog(accountId: string, catalog: Catalog): Promise<void>;

  insertPreview(record: PreviewRecord): Promise<void>;
  getPreview(accountId: string, previewId: string): Promise<PreviewRecord | null>;
  deleteExpiredPreviews(before: string): Promise<void>;

  /** Atomically takes the key, or reports who has it. Two callers can never both get 'claimed'. */
  claimCommit(input: ClaimCommitInput): Promise<CommitClaim>;
  /** Gives a pending key back (the commit failed before anything was recorded). */
  releaseCommit(accountId: string, idempotencyKey: string): Promise<void>;
  /** In one transaction: saves the subscription and balance and records the replayable result. */
  completeCommit(input: CompleteCommitInput): Promise<void>;

  insertChangeRequest(record: ChangeRequestRecord): Promise<void>;
  listChangeRequests(accountId: string): Promise<readonly ChangeRequestRecord[]>;

  /** Writes a ledger row once per (account, key); a repeat returns the first charge. */
  recordCharge(input: RecordChargeInput): Promise<{ chargeId: string }>;
  listCharges(accountId: string): Promise<readonly LedgerEntry[]>;

  /** Seeding. */
  insertAccount(account: AccountRecord): Promise<void>;
  insertUser(user: UserRecord): Promise<void>;
  /** Deletes every row (demo reset). */
  clear(): Promise<void>;
  close(): Promise<void>;
}
