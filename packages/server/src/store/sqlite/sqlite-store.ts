import { DatabaseSync } from 'node:sqlite';
import type { SQLInputValue } from 'node:sqlite';
import type { Catalog, Money } from '@tarif/core';
import type { DemoPaymentsTable } from '../../demo/demo-payments.js';
import { readInstant, readJsonColumn, readMoney, toCommit, toPreview } from '../rows.js';
import type { CommitRow, PreviewRow } from '../rows.js';
import { StoreConflictError, assertOneCurrency, currencyChangeRefusal } from '../store-types.js';
import type {
  AccountRecord,
  AccountTransaction,
  BillingStore,
  ChangeRequestRecord,
  CommitRecord,
  LedgerEntry,
  PreviewRecord,
  StoredSubscription,
  SubscriptionRecord,
  UserRecord,
} from '../store-types.js';
import { migrateSqlite } from './sqlite-migrations.js';
import { asyncTransaction, createConnectionQueue } from './sqlite-transaction.js';

export interface SqliteStoreOptions {
  /** How long opening waits for another process that is migrating the file, in ms. Default 5000. */
  readonly busyTimeoutMs?: number;
}

export interface SqliteStore extends BillingStore {
  /** The underlying connection, for inspection in tests and scripts. */
  readonly db: DatabaseSync;
  /** The version of SQLite in use (Node's bundled one). */
  readonly sqliteVersion: string;
  /** The demo payments port's records (`createDemoPayments`). */
  readonly demoPayments: DemoPaymentsTable;
  /** Deletes every row (demo reset). */
  clear(): Promise<void>;
}

interface AccountRow {
  id: string;
  name: string;
  primary_admin_user_id: string;
  catalog_revision: number;
  balance_amount: number;
  balance_currency: string;
}

interface SubscriptionRow {
  subscription_json: string;
  scheduled_json: string | null;
  version: number;
}

const tables = [
  'ledger',
  'demo_payments',
  'change_requests',
  'commits',
  'previews',
  'subscriptions',
  'users',
  'accounts',
];

/**
 * Opens (creating if needed) a SQLite database with Node's built-in `node:sqlite` (no native
 * build), applies pending migrations, and wraps it as a `BillingStore`. Several processes may
 * open the same file: every read-then-write runs in a BEGIN IMMEDIATE transaction.
 */
export function createSqliteStore(filename: string, options: SqliteStoreOptions = {}): SqliteStore {
  const db = new DatabaseSync(filename, { timeout: options.busyTimeoutMs ?? 5000 });
  // WAL lets readers go on while a commit writes.
  db.exec('PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL');
  // Two instances starting together: the second waits (in SQLite's busy handler) for the first.
  migrateSqlite(db);
  // From here on, writes wait for the lock in asyncTransaction, off the thread; SQLite's own busy
  // handler would block it, and a connection of this same process could then never commit.
  db.exec('PRAGMA busy_timeout = 0');
  const queue = createConnectionQueue();
  /** Every write is a transaction of its own, taking the write lock without blocking the thread. */
  const write = <T>(work: () => Promise<T> | T) => queue(() => asyncTransaction(db, work));
  const version = db.prepare('SELECT sqlite_version() AS version').get() as { version: string };

  const prepared = new Map<string, ReturnType<DatabaseSync['prepare']>>();
  const sql = (text: string) => {
    let statement = prepared.get(text);
    if (!statement) {
      statement = db.prepare(text);
      prepared.set(text, statement);
    }
    return statement;
  };
  const get = <T>(text: string, ...params: SQLInputValue[]) =>
    sql(text).get(...params) as T | undefined;
  const all = <T>(text: string, ...params: SQLInputValue[]) => sql(text).all(...params) as T[];
  const run = (text: string, ...params: SQLInputValue[]) => sql(text).run(...params);

  // Reading and parsing the catalog is the costliest part of a request. Keep the last parse per
  // account with its revision (bumped by every write, from any process); reread only on change.
  const catalogs = new Map<string, { revision: number; catalog: Catalog }>();
  function readAccount(accountId: string): AccountRecord | null {
    const row = get<AccountRow>(
      `SELECT id, name, primary_admin_user_id, catalog_revision, balance_amount, balance_currency
       FROM accounts WHERE id = ?`,
      accountId,
    );
    if (!row) return null;
    let cached = catalogs.get(row.id);
    if (!cached || cached.revision !== row.catalog_revision) {
      const stored = get<{ catalog_json: string; catalog_revision: number }>(
        'SELECT catalog_json, catalog_revision FROM accounts WHERE id = ?',
        accountId,
      );
      if (!stored) return null;
      cached = { revision: stored.catalog_revision, catalog: JSON.parse(stored.catalog_json) };
      catalogs.set(row.id, cached);
    }
    return {
      id: row.id,
      name: row.name,
      primaryAdminUserId: row.primary_admin_user_id,
      catalog: cached.catalog,
      balance: readMoney(row.balance_amount, row.balance_currency),
    };
  }

  function readSubscription(accountId: string): StoredSubscription | null {
    const row = get<SubscriptionRow>(
      'SELECT subscription_json, scheduled_json, version FROM subscriptions WHERE account_id = ?',
      accountId,
    );
    if (!row) return null;
    return {
      subscription: JSON.parse(row.subscription_json),
      scheduled: row.scheduled_json === null ? null : JSON.parse(row.scheduled_json),
      version: row.version,
    };
  }

  const json = (value: unknown) => JSON.stringify(value);
  const scheduledJson = (record: SubscriptionRecord) =>
    record.scheduled ? json(record.scheduled) : null;

  function writePreview(record: PreviewRecord): void {
    run(
      `INSERT INTO previews (id, account_id, selection_json, priced_at, expires_at,
         catalog_version, agreed_json) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      record.id,
      record.accountId,
      json(record.selection),
      record.at,
      record.expiresAt,
      record.catalogVersion,
      json(record.agreed),
    );
  }

  function readPreview(accountId: string, previewId: string): PreviewRecord | null {
    const row = get<PreviewRow>(
      'SELECT * FROM previews WHERE account_id = ? AND id = ?',
      accountId,
      previewId,
    );
    return row ? toPreview(row) : null;
  }

  function readCommit(accountId: string, key: string): CommitRecord | null {
    const row = get<CommitRow>(
      'SELECT * FROM commits WHERE account_id = ? AND idempotency_key = ?',
      accountId,
      key,
    );
    return row ? toCommit(row) : null;
  }

  function accountTransaction(accountId: string): AccountTransaction {
    return {
      async getAccount() {
        return readAccount(accountId);
      },
      async getSubscription() {
        return readSubscription(accountId);
      },
      async updateSubscription(record, expectedVersion) {
        const { changes } = run(
          `UPDATE subscriptions SET subscription_json = ?, scheduled_json = ?, version = version + 1
           WHERE account_id = ? AND version = ?`,
          json(record.subscription),
          scheduledJson(record),
          accountId,
          expectedVersion,
        );
        if (changes !== 1)
          throw new StoreConflictError(`Subscription of ${accountId} is not at ${expectedVersion}`);
      },
      async setBalance(balance: Money) {
        run(
          'UPDATE accounts SET balance_amount = ?, balance_currency = ? WHERE id = ?',
          balance.amount,
          balance.currency,
          accountId,
        );
      },
      async getPreview(previewId) {
        return readPreview(accountId, previewId);
      },
      async insertPreview(record) {
        writePreview(record);
      },
      async getCommit(key) {
        return readCommit(accountId, key);
      },
      async getChargingCommit() {
        const row = get<CommitRow>(
          "SELECT * FROM commits WHERE account_id = ? AND status = 'charging'",
          accountId,
        );
        return row ? toCommit(row) : null;
      },
      async insertCommit(record) {
        const inserted = get(
          `INSERT INTO commits (account_id, idempotency_key, fingerprint, preview_id, status,
             amount, currency, payment_key, base_version, outcome_json, body, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT DO NOTHING RETURNING idempotency_key`,
          accountId,
          record.idempotencyKey,
          record.fingerprint,
          record.previewId,
          record.status,
          record.amount.amount,
          record.amount.currency,
          record.paymentKey,
          record.baseVersion,
          json(record.outcome),
          record.body,
          record.createdAt,
        );
        if (!inserted) throw new StoreConflictError(`Commit ${record.idempotencyKey} is taken`);
        const used = run(
          'UPDATE previews SET used_by = ? WHERE account_id = ? AND id = ? AND used_by IS NULL',
          record.idempotencyKey,
          accountId,
          record.previewId,
        );
        if (used.changes !== 1)
          throw new StoreConflictError(`Preview ${record.previewId} was already used`);
      },
      async completeCommit(key, ledger, final) {
        const done = run(
          `UPDATE commits SET status = 'succeeded',
             outcome_json = COALESCE(?, outcome_json), body = COALESCE(?, body)
           WHERE account_id = ? AND idempotency_key = ? AND status = 'charging'`,
          final ? json(final.outcome) : null,
          final ? final.body : null,
          accountId,
          key,
        );
        if (done.changes !== 1) throw new StoreConflictError(`Commit ${key} is not charging`);
        if (ledger) {
          run(
            `INSERT INTO ledger (charge_id, account_id, amount, currency, idempotency_key, created_at)
             VALUES (?, ?, ?, ?, ?, ?)`,
            ledger.chargeId,
            accountId,
            ledger.amount.amount,
            ledger.amount.currency,
            ledger.idempotencyKey,
            ledger.createdAt,
          );
        }
      },
      async abandonCommit(key) {
        const commit = readCommit(accountId, key);
        if (!commit || commit.status !== 'charging') return;
        run('DELETE FROM commits WHERE account_id = ? AND idempotency_key = ?', accountId, key);
        run(
          'UPDATE previews SET used_by = NULL WHERE account_id = ? AND id = ? AND used_by = ?',
          accountId,
          commit.previewId,
          key,
        );
      },
    };
  }

  const demoPayments: DemoPaymentsTable = {
    record: (payment) =>
      write(() => {
        run(
          `INSERT INTO demo_payments (payment_key, account_id, amount, currency, charge_id, created_at)
           VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (payment_key) DO NOTHING`,
          payment.paymentKey,
          payment.accountId,
          payment.amount.amount,
          payment.amount.currency,
          payment.chargeId,
          payment.createdAt,
        );
        const row = get<{ amount: number; currency: string; charge_id: string }>(
          'SELECT amount, currency, charge_id FROM demo_payments WHERE payment_key = ?',
          payment.paymentKey,
        );
        if (!row) throw new Error('Demo payment missing after insert');
        return { chargeId: row.charge_id, amount: readMoney(row.amount, row.currency) };
      }),
    count: (accountId) =>
      queue(
        () =>
          get<{ n: number }>(
            'SELECT count(*) AS n FROM demo_payments WHERE account_id = ?',
            accountId,
          )?.n ?? 0,
      ),
  };

  const store: SqliteStore = {
    dialect: 'sqlite',
    db,
    sqliteVersion: version.version,
    demoPayments,
    getAccount: (accountId) => queue(() => readAccount(accountId)),
    getUser: (accountId, userId) =>
      queue(() => {
        const row = get<{ id: string; account_id: string; name: string; email: string }>(
          'SELECT id, account_id, name, email FROM users WHERE account_id = ? AND id = ?',
          accountId,
          userId,
        );
        return row
          ? ({
              id: row.id,
              accountId: row.account_id,
              name: row.name,
              email: row.email,
            } satisfies UserRecord)
          : null;
      }),
    getSubscription: (accountId) => queue(() => readSubscription(accountId)),
    putAccount: (account) =>
      write(() => {
        assertOneCurrency(account);
        run(
          `INSERT INTO accounts (id, name, primary_admin_user_id, catalog_json, catalog_version,
             balance_amount, balance_currency) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET name = excluded.name,
             primary_admin_user_id = excluded.primary_admin_user_id,
             catalog_json = excluded.catalog_json, catalog_version = excluded.catalog_version,
             catalog_revision = accounts.catalog_revision + 1,
             balance_amount = excluded.balance_amount, balance_currency = excluded.balance_currency`,
          account.id,
          account.name,
          account.primaryAdminUserId,
          json(account.catalog),
          account.catalog.version,
          account.balance.amount,
          account.balance.currency,
        );
      }),
    putUser: (user) =>
      write(() => {
        run(
          `INSERT INTO users (id, account_id, name, email) VALUES (?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET account_id = excluded.account_id, name = excluded.name,
             email = excluded.email`,
          user.id,
          user.accountId,
          user.name,
          user.email,
        );
      }),
    putSubscription: (accountId, record) =>
      write(() => {
        run(
          `INSERT INTO subscriptions (account_id, subscription_json, scheduled_json) VALUES (?, ?, ?)
           ON CONFLICT (account_id) DO UPDATE SET subscription_json = excluded.subscription_json,
             scheduled_json = excluded.scheduled_json, version = subscriptions.version + 1`,
          accountId,
          json(record.subscription),
          scheduledJson(record),
        );
      }),
    saveCatalog: (accountId, catalog) =>
      write(() => {
        // One writer at a time: the check and the update see the same account.
        const row = get<{ balance_amount: number | bigint; balance_currency: string }>(
          'SELECT balance_amount, balance_currency FROM accounts WHERE id = ?',
          accountId,
        );
        if (!row) return;
        const charging = get(
          "SELECT 1 AS found FROM commits WHERE account_id = ? AND status = 'charging'",
          accountId,
        );
        const refusal = currencyChangeRefusal(accountId, catalog.currency, {
          balance: readMoney(row.balance_amount, row.balance_currency),
          charging: charging !== undefined,
        });
        if (refusal) throw refusal;
        run(
          `UPDATE accounts SET catalog_json = ?, catalog_version = ?,
             catalog_revision = catalog_revision + 1, balance_currency = ? WHERE id = ?`,
          json(catalog),
          catalog.version,
          catalog.currency,
          accountId,
        );
      }),
    insertPreview: (record) => write(() => writePreview(record)),
    getPreview: (accountId, previewId) => queue(() => readPreview(accountId, previewId)),
    insertChangeRequest: (record) =>
      write(() => {
        run(
          `INSERT INTO change_requests (id, account_id, user_id, subject, message, contact_email,
             selection_json, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          record.id,
          record.accountId,
          record.userId,
          record.subject,
          record.message,
          record.contactEmail,
          record.selection ? json(record.selection) : null,
          record.receivedAt,
        );
      }),
    listChangeRequests: (accountId) =>
      queue(() =>
        all<{
          id: string;
          account_id: string;
          user_id: string;
          subject: string;
          message: string;
          contact_email: string;
          selection_json: string | null;
          received_at: string;
        }>(
          'SELECT * FROM change_requests WHERE account_id = ? ORDER BY received_at, rowid',
          accountId,
        ).map((row): ChangeRequestRecord => ({
          id: row.id,
          accountId: row.account_id,
          userId: row.user_id,
          subject: row.subject,
          message: row.message,
          contactEmail: row.contact_email,
          selection: row.selection_json === null ? null : readJsonColumn(row.selection_json),
          receivedAt: row.received_at,
        })),
      ),
    listCharges: (accountId) =>
      queue(() =>
        all<{
          charge_id: string;
          account_id: string;
          amount: number;
          currency: string;
          idempotency_key: string;
          created_at: string;
        }>('SELECT * FROM ledger WHERE account_id = ? ORDER BY created_at, rowid', accountId).map(
          (row): LedgerEntry => ({
            chargeId: row.charge_id,
            accountId: row.account_id,
            amount: readMoney(row.amount, row.currency),
            idempotencyKey: row.idempotency_key,
            createdAt: readInstant(row.created_at),
          }),
        ),
      ),
    listChargingCommits: (before) =>
      queue(() =>
        all<CommitRow>(
          "SELECT * FROM commits WHERE status = 'charging' AND created_at < ? ORDER BY created_at",
          before,
        ).map(toCommit),
      ),
    withAccount: (accountId, work) => write(() => work(accountTransaction(accountId))),
    sweep: (input) =>
      write(() => {
        const previews = run(
          'DELETE FROM previews WHERE expires_at < ?',
          input.previewsExpiredBefore,
        );
        const commits = run(
          "DELETE FROM commits WHERE status = 'succeeded' AND created_at < ?",
          input.commitsCreatedBefore,
        );
        return { previews: Number(previews.changes), commits: Number(commits.changes) };
      }),
    clear: () =>
      write(() => {
        for (const table of tables) db.exec(`DELETE FROM ${table}`);
        catalogs.clear();
      }),
    close: () =>
      queue(() => {
        if (db.isOpen) db.close();
      }),
  };
  return store;
}
