import pg from 'pg';
import type { Catalog } from '@tarif/core';
import type { DemoPaymentsTable } from '../../demo/demo-payments.js';
import { readInstant, readJsonColumn, readMoney, toCommit, toPreview } from '../rows.js';
import type { CommitRow, PreviewRow } from '../rows.js';
import { StoreConflictError, assertOneCurrency, currencyChangeRefusal } from '../store-types.js';
import type {
  AccountRecord,
  AccountTransaction,
  BillingStore,
  ChangeRequestRecord,
  LedgerEntry,
  PreviewRecord,
  StoredSubscription,
  SubscriptionRecord,
} from '../store-types.js';
import { migratePostgres } from './migrate-postgres.js';
import { withTransaction } from './with-transaction.js';

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:5432/database`; the usual PG* variables fill what it omits. */
  readonly connectionString: string;
  /** Connections this instance may hold. Default 10. */
  readonly poolSize?: number;
  /** Applies pending migrations on open (under an advisory lock). Default true. */
  readonly migrate?: boolean;
}

/** What a query runs on: the pool, or the one client of a transaction. */
interface Queryable {
  query<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

export interface PostgresStore extends BillingStore {
  /** The server's version string (`SELECT version()`). */
  readonly serverVersion: string;
  /** The demo payments port's records (`createDemoPayments`). */
  readonly demoPayments: DemoPaymentsTable;
  /** Runs one statement on the pool, for inspection in tests and scripts. */
  query<R extends Record<string, unknown>>(text: string, values?: unknown[]): Promise<R[]>;
  /** Deletes every row (demo reset). */
  clear(): Promise<void>;
}

interface AccountRow {
  id: string;
  name: string;
  primary_admin_user_id: string;
  catalog_revision: number;
  balance_amount: string;
  balance_currency: string;
}

const json = (value: unknown) => JSON.stringify(value);

/**
 * Connects to PostgreSQL, applies pending migrations, and wraps the database as a `BillingStore`
 * that any number of server instances can share: commits of one account are serialised by a
 * `SELECT … FOR UPDATE` on the account row, and every race is refereed by a unique key.
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
  });
  // An idle client that loses its server must not crash the process; the next checkout reconnects.
  pool.on('error', () => undefined);
  if (options.migrate !== false) {
    const client = await pool.connect();
    try {
      await migratePostgres(client);
    } finally {
      client.release();
    }
  }
  const version = await pool.query<{ version: string }>('SELECT version()');

  // The parsed catalog per account, reread only when its revision changed (from any instance).
  const catalogs = new Map<string, { revision: number; catalog: Catalog }>();
  async function readAccount(db: Queryable, accountId: string): Promise<AccountRecord | null> {
    const { rows } = await db.query<AccountRow>(
      `SELECT id, name, primary_admin_user_id, catalog_revision, balance_amount, balance_currency
       FROM accounts WHERE id = $1`,
      [accountId],
    );
    const row = rows[0];
    if (!row) return null;
    let cached = catalogs.get(row.id);
    if (!cached || cached.revision !== row.catalog_revision) {
      const stored = await db.query<{ catalog: Catalog; catalog_revision: number }>(
        'SELECT catalog, catalog_revision FROM accounts WHERE id = $1',
        [accountId],
      );
      const fresh = stored.rows[0];
      if (!fresh) return null;
      cached = { revision: fresh.catalog_revision, catalog: fresh.catalog };
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

  async function readSubscription(
    db: Queryable,
    accountId: string,
  ): Promise<StoredSubscription | null> {
    const { rows } = await db.query<{
      subscription: StoredSubscription['subscription'];
      scheduled: StoredSubscription['scheduled'];
      version: number;
    }>('SELECT subscription, scheduled, version FROM subscriptions WHERE account_id = $1', [
      accountId,
    ]);
    const row = rows[0];
    return row
      ? { subscription: row.subscription, scheduled: row.scheduled, version: row.version }
      : null;
  }

  async function readPreview(
    db: Queryable,
    accountId: string,
    previewId: string,
  ): Promise<PreviewRecord | null> {
    const { rows } = await db.query<PreviewRow>(
      `SELECT id, account_id, selection AS selection_json, priced_at, expires_at, catalog_version,
         agreed AS agreed_json, used_by FROM previews WHERE account_id = $1 AND id = $2`,
      [accountId, previewId],
    );
    return rows[0] ? toPreview(rows[0]) : null;
  }

  async function writePreview(db: Queryable, record: PreviewRecord): Promise<void> {
    await db.query(
      `INSERT INTO previews (id, account_id, selection, priced_at, expires_at, catalog_version, agreed)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        record.id,
        record.accountId,
        json(record.selection),
        record.at,
        record.expiresAt,
        record.catalogVersion,
        json(record.agreed),
      ],
    );
  }

  const commitColumns = `account_id, idempotency_key, fingerprint, preview_id, status, amount,
    currency, payment_key, base_version, outcome AS outcome_json, body, created_at`;

  function accountTransaction(db: Queryable, accountId: string): AccountTransaction {
    const commitWhere = async (where: string, values: unknown[]) => {
      const { rows } = await db.query<CommitRow>(
        `SELECT ${commitColumns} FROM commits WHERE account_id = $1 AND ${where}`,
        [accountId, ...values],
      );
      return rows[0] ? toCommit(rows[0]) : null;
    };
    return {
      getAccount: () => readAccount(db, accountId),
      getSubscription: () => readSubscription(db, accountId),
      async updateSubscription(record, expectedVersion) {
        const { rowCount } = await db.query(
          `UPDATE subscriptions SET subscription = $1, scheduled = $2, version = version + 1
           WHERE account_id = $3 AND version = $4`,
          [
            json(record.subscription),
            record.scheduled ? json(record.scheduled) : null,
            accountId,
            expectedVersion,
          ],
        );
        if (rowCount !== 1)
          throw new StoreConflictError(`Subscription of ${accountId} is not at ${expectedVersion}`);
      },
      async setBalance(balance) {
        await db.query(
          'UPDATE accounts SET balance_amount = $1, balance_currency = $2 WHERE id = $3',
          [balance.amount, balance.currency, accountId],
        );
      },
      getPreview: (previewId) => readPreview(db, accountId, previewId),
      insertPreview: (record) => writePreview(db, record),
      getCommit: (key) => commitWhere('idempotency_key = $2', [key]),
      getChargingCommit: () => commitWhere("status = 'charging'", []),
      async insertCommit(record) {
        const inserted = await db.query(
          `INSERT INTO commits (account_id, idempotency_key, fingerprint, preview_id, status, amount,
             currency, payment_key, base_version, outcome, body, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
           ON CONFLICT DO NOTHING RETURNING idempotency_key`,
          [
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
          ],
        );
        if (inserted.rowCount !== 1)
          throw new StoreConflictError(`Commit ${record.idempotencyKey} is taken`);
        const used = await db.query(
          'UPDATE previews SET used_by = $1 WHERE account_id = $2 AND id = $3 AND used_by IS NULL',
          [record.idempotencyKey, accountId, record.previewId],
        );
        if (used.rowCount !== 1)
          throw new StoreConflictError(`Preview ${record.previewId} was already used`);
      },
      async completeCommit(key, ledger, final) {
        const done = await db.query(
          `UPDATE commits SET status = 'succeeded',
             outcome = COALESCE($3, outcome), body = COALESCE($4, body)
           WHERE account_id = $1 AND idempotency_key = $2 AND status = 'charging'`,
          [accountId, key, final ? json(final.outcome) : null, final ? final.body : null],
        );
        if (done.rowCount !== 1) throw new StoreConflictError(`Commit ${key} is not charging`);
        if (ledger) {
          await db.query(
            `INSERT INTO ledger (charge_id, account_id, amount, currency, idempotency_key, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)`,
            [
              ledger.chargeId,
              accountId,
              ledger.amount.amount,
              ledger.amount.currency,
              ledger.idempotencyKey,
              ledger.createdAt,
            ],
          );
        }
      },
      async abandonCommit(key) {
        const { rows } = await db.query<{ preview_id: string }>(
          `DELETE FROM commits WHERE account_id = $1 AND idempotency_key = $2 AND status = 'charging'
           RETURNING preview_id`,
          [accountId, key],
        );
        if (rows[0]) {
          await db.query(
            'UPDATE previews SET used_by = NULL WHERE account_id = $1 AND id = $2 AND used_by = $3',
            [accountId, rows[0].preview_id, key],
          );
        }
      },
    };
  }

  const demoPayments: DemoPaymentsTable = {
    async record(payment) {
      await pool.query(
        `INSERT INTO demo_payments (payment_key, account_id, amount, currency, charge_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (payment_key) DO NOTHING`,
        [
          payment.paymentKey,
          payment.accountId,
          payment.amount.amount,
          payment.amount.currency,
          payment.chargeId,
          payment.createdAt,
        ],
      );
      const { rows } = await pool.query<{ amount: string; currency: string; charge_id: string }>(
        'SELECT amount, currency, charge_id FROM demo_payments WHERE payment_key = $1',
        [payment.paymentKey],
      );
      const row = rows[0];
      if (!row) throw new Error('Demo payment missing after insert');
      return { chargeId: row.charge_id, amount: readMoney(row.amount, row.currency) };
    },
    async count(accountId) {
      const { rows } = await pool.query<{ n: string }>(
        'SELECT count(*) AS n FROM demo_payments WHERE account_id = $1',
        [accountId],
      );
      return Number(rows[0]?.n ?? 0);
    },
  };

  return {
    dialect: 'postgres',
    serverVersion: version.rows[0]?.version ?? 'unknown',
    demoPayments,
    async query(text, values) {
      return (await pool.query(text, values)).rows;
    },
    getAccount: (accountId) => readAccount(pool, accountId),
    async getUser(accountId, userId) {
      const { rows } = await pool.query<{
        id: string;
        account_id: string;
        name: string;
        email: string;
      }>('SELECT id, account_id, name, email FROM users WHERE account_id = $1 AND id = $2', [
        accountId,
        userId,
      ]);
      const row = rows[0];
      return row
        ? { id: row.id, accountId: row.account_id, name: row.name, email: row.email }
        : null;
    },
    getSubscription: (accountId) => readSubscription(pool, accountId),
    async putAccount(account) {
      assertOneCurrency(account);
      await pool.query(
        `INSERT INTO accounts (id, name, primary_admin_user_id, catalog, catalog_version,
           balance_amount, balance_currency) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name,
           primary_admin_user_id = excluded.primary_admin_user_id, catalog = excluded.catalog,
           catalog_version = excluded.catalog_version,
           catalog_revision = accounts.catalog_revision + 1,
           balance_amount = excluded.balance_amount, balance_currency = excluded.balance_currency`,
        [
          account.id,
          account.name,
          account.primaryAdminUserId,
          json(account.catalog),
          account.catalog.version,
          account.balance.amount,
          account.balance.currency,
        ],
      );
    },
    async putUser(user) {
      await pool.query(
        `INSERT INTO users (id, account_id, name, email) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET account_id = excluded.account_id, name = excluded.name,
           email = excluded.email`,
        [user.id, user.accountId, user.name, user.email],
      );
    },
    async putSubscription(accountId, record: SubscriptionRecord) {
      await pool.query(
        `INSERT INTO subscriptions (account_id, subscription, scheduled) VALUES ($1, $2, $3)
         ON CONFLICT (account_id) DO UPDATE SET subscription = excluded.subscription,
           scheduled = excluded.scheduled, version = subscriptions.version + 1`,
        [accountId, json(record.subscription), record.scheduled ? json(record.scheduled) : null],
      );
    },
    saveCatalog(accountId, catalog) {
      return withTransaction(pool, async (client) => {
        // Under the account's lock, as commits take it: a commit that wrote its intent before is
        // seen charging here, and one that comes after waits for the new catalog.
        const { rows } = await client.query<{ balance_amount: string; balance_currency: string }>(
          'SELECT balance_amount, balance_currency FROM accounts WHERE id = $1 FOR UPDATE',
          [accountId],
        );
        const row = rows[0];
        if (!row) return;
        const charging = await client.query(
          "SELECT 1 FROM commits WHERE account_id = $1 AND status = 'charging' LIMIT 1",
          [accountId],
        );
        const refusal = currencyChangeRefusal(accountId, catalog.currency, {
          balance: readMoney(row.balance_amount, row.balance_currency),
          charging: (charging.rowCount ?? 0) > 0,
        });
        if (refusal) throw refusal;
        await client.query(
          `UPDATE accounts SET catalog = $1, catalog_version = $2,
             catalog_revision = catalog_revision + 1, balance_currency = $3 WHERE id = $4`,
          [json(catalog), catalog.version, catalog.currency, accountId],
        );
      });
    },
    insertPreview: (record) => writePreview(pool, record),
    getPreview: (accountId, previewId) => readPreview(pool, accountId, previewId),
    async insertChangeRequest(record) {
      await pool.query(
        `INSERT INTO change_requests (id, account_id, user_id, subject, message, contact_email,
           selection, received_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          record.id,
          record.accountId,
          record.userId,
          record.subject,
          record.message,
          record.contactEmail,
          record.selection ? json(record.selection) : null,
          record.receivedAt,
        ],
      );
    },
    async listChangeRequests(accountId) {
      const { rows } = await pool.query<{
        id: string;
        account_id: string;
        user_id: string;
        subject: string;
        message: string;
        contact_email: string;
        selection: unknown;
        received_at: Date;
      }>('SELECT * FROM change_requests WHERE account_id = $1 ORDER BY received_at, seq', [
        accountId,
      ]);
      return rows.map((row): ChangeRequestRecord => ({
        id: row.id,
        accountId: row.account_id,
        userId: row.user_id,
        subject: row.subject,
        message: row.message,
        contactEmail: row.contact_email,
        selection: row.selection === null ? null : readJsonColumn(row.selection),
        receivedAt: readInstant(row.received_at),
      }));
    },
    async listCharges(accountId) {
      const { rows } = await pool.query<{
        charge_id: string;
        account_id: string;
        amount: string;
        currency: string;
        idempotency_key: string;
        created_at: Date;
      }>('SELECT * FROM ledger WHERE account_id = $1 ORDER BY created_at, seq', [accountId]);
      return rows.map((row): LedgerEntry => ({
        chargeId: row.charge_id,
        accountId: row.account_id,
        amount: readMoney(row.amount, row.currency),
        idempotencyKey: row.idempotency_key,
        createdAt: readInstant(row.created_at),
      }));
    },
    async listChargingCommits(before) {
      const { rows } = await pool.query<CommitRow>(
        `SELECT ${commitColumns} FROM commits WHERE status = 'charging' AND created_at < $1
         ORDER BY created_at`,
        [before],
      );
      return rows.map(toCommit);
    },
    withAccount(accountId, work) {
      return withTransaction(pool, async (client) => {
        // The account row is the lock: every commit, renewal and settlement of this account
        // takes it first, so they run one after another across all instances.
        await client.query('SELECT 1 FROM accounts WHERE id = $1 FOR UPDATE', [accountId]);
        return work(accountTransaction(client, accountId));
      });
    },
    async sweep(input) {
      const previews = await pool.query('DELETE FROM previews WHERE expires_at < $1', [
        input.previewsExpiredBefore,
      ]);
      const commits = await pool.query(
        "DELETE FROM commits WHERE status = 'succeeded' AND created_at < $1",
        [input.commitsCreatedBefore],
      );
      return { previews: previews.rowCount ?? 0, commits: commits.rowCount ?? 0 };
    },
    async clear() {
      await pool.query(
        'TRUNCATE ledger, demo_payments, change_requests, commits, previews, subscriptions, users, accounts',
      );
      catalogs.clear();
    },
    async close() {
      await pool.end();
    },
  };
}
