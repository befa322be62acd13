import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import type { Catalog, Selection, Subscription } from '@tarif/core';

/** Reads what the server wrote, through a separate read-only connection, as an auditor would. */
export function readDatabase<T>(file: string, read: (db: DatabaseSync) => T): T {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** A row of the `ledger` table: one per charge (packages/server/src/store/migrations.ts). */
export interface LedgerRow {
  readonly charge_id: string;
  readonly account_id: string;
  /** The gross debited: net + tax. */
  readonly amount: number;
  readonly net_amount: number;
  readonly tax_amount: number;
  readonly currency: string;
  readonly idempotency_key: string;
  readonly created_at: string;
}

export interface ChangeRequestRow {
  readonly id: string;
  readonly user_id: string;
  readonly subject: string;
  readonly message: string;
  readonly contact_email: string;
  readonly selection: Selection | null;
}

/** What the demo account holds: charges, the subscription, the change waiting for renewal, requests to sales. */
export interface DemoAccountState {
  readonly ledger: readonly LedgerRow[];
  readonly subscription: Subscription;
  readonly scheduled: { readonly selection: Selection; readonly effectiveAt: string } | null;
  readonly changeRequests: readonly ChangeRequestRow[];
  readonly catalog: Catalog;
}

export function readDemoAccount(file: string, accountId = 'acct_demo'): DemoAccountState {
  return readDatabase(file, (db) => {
    const subscription = db
      .prepare('SELECT subscription_json, scheduled_json FROM subscriptions WHERE account_id = ?')
      .get(accountId) as unknown as
      { subscription_json: string; scheduled_json: string | null } | undefined;
    const account = db
      .prepare('SELECT catalog_json FROM accounts WHERE id = ?')
      .get(accountId) as unknown as { catalog_json: string } | undefined;
    if (!subscription || !account) throw new Error(`No account ${accountId} in ${file}`);
    const requests = db
      .prepare(
        'SELECT id, user_id, subject, message, contact_email, selection_json FROM change_requests WHERE account_id = ? ORDER BY received_at, rowid',
      )
      .all(accountId) as unknown as Array<
      Omit<ChangeRequestRow, 'selection'> & { selection_json: string | null }
    >;
    return {
      ledger: db
        .prepare('SELECT * FROM ledger WHERE account_id = ? ORDER BY created_at, rowid')
        .all(accountId) as unknown as LedgerRow[],
      subscription: JSON.parse(subscription.subscription_json) as Subscription,
      scheduled:
        subscription.scheduled_json === null ? null : JSON.parse(subscription.scheduled_json),
      changeRequests: requests.map(({ selection_json, ...row }) => ({
        ...row,
        selection: selection_json === null ? null : (JSON.parse(selection_json) as Selection),
      })),
      catalog: JSON.parse(account.catalog_json) as Catalog,
    };
  });
}

/** The `scheduled_json` column of the account's subscription as stored: SQL NULL reads as null. */
export function readScheduledJson(file: string, accountId = 'acct_demo'): string | null {
  return readDatabase(file, (db) => {
    const row = db
      .prepare('SELECT scheduled_json FROM subscriptions WHERE account_id = ?')
      .get(accountId) as unknown as { scheduled_json: string | null } | undefined;
    if (!row) throw new Error(`No subscription for ${accountId} in ${file}`);
    return row.scheduled_json;
  });
}

/** The preview a commit was made from (the commit's fingerprint names it): when and what it priced. */
export function readCommittedPreview(
  file: string,
  idempotencyKey: string,
): { pricedAt: string; selection: Selection } {
  return readDatabase(file, (db) => {
    const commit = db
      .prepare('SELECT fingerprint FROM commits WHERE idempotency_key = ?')
      .get(idempotencyKey) as unknown as { fingerprint: string } | undefined;
    if (!commit) throw new Error(`No commit with key ${idempotencyKey}`);
    const { previewId } = JSON.parse(commit.fingerprint) as { previewId: string };
    const preview = db
      .prepare('SELECT priced_at, selection_json FROM previews WHERE id = ?')
      .get(previewId) as unknown as { priced_at: string; selection_json: string } | undefined;
    if (!preview) throw new Error(`No preview ${previewId}`);
    return {
      pricedAt: preview.priced_at,
      selection: JSON.parse(preview.selection_json) as Selection,
    };
  });
}

/** What a commit left behind, read from either database the server runs on. */
export interface ChargeAudit {
  /** Tarif's ledger: one row per charged commit. */
  readonly ledger: ReadonlyArray<{ readonly amount: number; readonly idempotencyKey: string }>;
  /** The demo payment provider's records: one per payment actually taken. */
  readonly payments: number;
  readonly selection: Selection;
}

/** Reads the demo account's charges and subscription from a SQLite file or a `postgres://` URL. */
export async function auditCharges(
  database: string,
  accountId = 'acct_demo',
): Promise<ChargeAudit> {
  if (!database.startsWith('postgres://')) {
    return readDatabase(database, (db) => {
      const ledger = db
        .prepare('SELECT amount, idempotency_key FROM ledger WHERE account_id = ? ORDER BY rowid')
        .all(accountId) as Array<{ amount: number; idempotency_key: string }>;
      const payments = db
        .prepare('SELECT count(*) AS n FROM demo_payments WHERE account_id = ?')
        .get(accountId) as { n: number };
      const subscription = db
        .prepare('SELECT subscription_json FROM subscriptions WHERE account_id = ?')
        .get(accountId) as { subscription_json: string };
      return {
        ledger: ledger.map((row) => ({ amount: row.amount, idempotencyKey: row.idempotency_key })),
        payments: payments.n,
        selection: (JSON.parse(subscription.subscription_json) as Subscription).selection,
      };
    });
  }
  const client = new pg.Client({ connectionString: database });
  await client.connect();
  try {
    const ledger = await client.query<{ amount: string; idempotency_key: string }>(
      'SELECT amount, idempotency_key FROM ledger WHERE account_id = $1 ORDER BY seq',
      [accountId],
    );
    const payments = await client.query<{ n: string }>(
      'SELECT count(*) AS n FROM demo_payments WHERE account_id = $1',
      [accountId],
    );
    const subscription = await client.query<{ subscription: Subscription }>(
      'SELECT subscription FROM subscriptions WHERE account_id = $1',
      [accountId],
    );
    return {
      ledger: ledger.rows.map((row) => ({
        amount: Number(row.amount),
        idempotencyKey: row.idempotency_key,
      })),
      payments: Number(payments.rows[0]?.n ?? 0),
      selection: subscription.rows[0]!.subscription.selection,
    };
  } finally {
    await client.end();
  }
}
