import Database from 'better-sqlite3';
import type { Catalog, CurrencyCode, Selection } from '@tarif/core';
import { newId } from '../http/ids.js';
import { migrate } from './migrations.js';
import type {
  AccountRecord,
  AgreedPrice,
  BillingStore,
  ChangeRequestRecord,
  CommitClaim,
  LedgerEntry,
  PreviewRecord,
  SubscriptionRecord,
  UserRecord,
} from './store-types.js';

export interface SqliteStore extends BillingStore {
  /** The underlying connection, for inspection in tests and scripts. */
  readonly db: Database.Database;
}

interface AccountRow {
  id: string;
  name: string;
  primary_admin_user_id: string;
  catalog_revision: number;
  balance_amount: number;
  balance_currency: string;
}

interface CommitRow {
  fingerprint: string;
  status: 'pending' | 'succeeded';
  claimed_at: string;
  body_json: string | null;
}

/** Opens (creating if needed) a SQLite database, applies pending migrations, and wraps it as a `BillingStore`. */
export function createSqliteStore(filename: string): SqliteStore {
  const db = new Database(filename);
  // WAL lets readers go on while a commit writes; busy_timeout makes a second process wait, not fail.
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrate(db);

  // Reading and parsing the catalog is the costliest part of a request. Keep the last parse per
  // account with its revision (bumped by every write, from any process); reread only on change.
  const catalogs = new Map<string, { revision: number; catalog: Catalog }>();

  const q = {
    account: db.prepare<[string], AccountRow>(
      `SELECT id, name, primary_admin_user_id, catalog_revision, balance_amount, balance_currency
       FROM accounts WHERE id = ?`,
    ),
    catalog: db.prepare<[string], { catalog_json: string; catalog_revision: number }>(
      'SELECT catalog_json, catalog_revision FROM accounts WHERE id = ?',
    ),
    user: db.prepare<
      [string, string],
      { id: string; account_id: string; name: string; email: string }
    >('SELECT * FROM users WHERE account_id = ? AND id = ?'),
    subscription: db.prepare<
      [string],
      { subscription_json: string; scheduled_json: string | null }
    >('SELECT subscription_json, scheduled_json FROM subscriptions WHERE account_id = ?'),
    upsertSubscription: db.prepare(
      `INSERT INTO subscriptions (account_id, subscription_json, scheduled_json) VALUES (?, ?, ?)
       ON CONFLICT (account_id) DO UPDATE SET subscription_json = excluded.subscription_json,
         scheduled_json = excluded.scheduled_json`,
    ),
    saveCatalog: db.prepare(
      `UPDATE accounts SET catalog_json = ?, catalog_version = ?, catalog_revision = catalog_revision + 1
       WHERE id = ?`,
    ),
    saveBalance: db.prepare(
      'UPDATE accounts SET balance_amount = ?, balance_currency = ? WHERE id = ?',
    ),
    insertPreview: db.prepare(
      `INSERT INTO previews (id, account_id, selection_json, priced_at, expires_at, catalog_version, agreed_json)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    preview: db.prepare<
      [string, string],
      {
        id: string;
        account_id: string;
        selection_json: string;
        priced_at: string;
        expires_at: string;
        catalog_version: string;
        agreed_json: string;
      }
    >('SELECT * FROM previews WHERE account_id = ? AND id = ?'),
    deleteExpiredPreviews: db.prepare('DELETE FROM previews WHERE expires_at < ?'),
    commit: db.prepare<[string, string], CommitRow>(
      'SELECT fingerprint, status, claimed_at, body_json FROM commits WHERE account_id = ? AND idempotency_key = ?',
    ),
    insertClaim: db.prepare(
      `INSERT INTO commits (account_id, idempotency_key, fingerprint, status, claimed_at) VALUES (?, ?, ?, 'pending', ?)`,
    ),
    retakeClaim: db.prepare(
      `UPDATE commits SET claimed_at = ? WHERE account_id = ? AND idempotency_key = ? AND status = 'pending' AND claimed_at = ?`,
    ),
    releaseClaim: db.prepare(
      `DELETE FROM commits WHERE account_id = ? AND idempotency_key = ? AND status = 'pending'`,
    ),
    completeClaim: db.prepare(
      `UPDATE commits SET status = 'succeeded', body_json = ? WHERE account_id = ? AND idempotency_key = ? AND status = 'pending'`,
    ),
    insertChangeRequest: db.prepare(
      `INSERT INTO change_requests (id, account_id, user_id, subject, message, contact_email, selection_json, received_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    changeRequests: db.prepare<
      [string],
      {
        id: string;
        account_id: string;
        user_id: string;
        subject: string;
        message: string;
        contact_email: string;
        selection_json: string | null;
        received_at: string;
      }
    >('SELECT * FROM change_requests WHERE account_id = ? ORDER BY received_at, rowid'),
    insertCharge: db.prepare(
      `INSERT INTO ledger (charge_id, account_id, amount, currency, idempotency_key, created_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (account_id, idempotency_key) DO NOTHING`,
    ),
    chargeByKey: db.prepare<[string, string], { charge_id: string }>(
      'SELECT charge_id FROM ledger WHERE account_id = ? AND idempotency_key = ?',
    ),
    charges: db.prepare<
      [string],
      {
        charge_id: string;
        account_id: string;
        amount: number;
        currency: string;
        idempotency_key: string;
        created_at: string;
      }
    >('SELECT * FROM ledger WHERE account_id = ? ORDER BY created_at, rowid'),
    insertAccount: db.prepare(
      `INSERT INTO accounts (id, name, primary_admin_user_id, catalog_json, catalog_version, balance_amount, balance_currency)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertUser: db.prepare('INSERT INTO users (id, account_id, name, email) VALUES (?, ?, ?, ?)'),
  };

  function readCatalog(row: AccountRow): Catalog {
    const cached = catalogs.get(row.id);
    if (cached && cached.revision === row.catalog_revision) return cached.catalog;
    const stored = q.catalog.get(row.id);
    if (!stored) throw new Error(`Account ${row.id} disappeared`);
    const catalog = JSON.parse(stored.catalog_json) as Catalog;
    catalogs.set(row.id, { revision: stored.catalog_revision, catalog });
    return catalog;
  }

  function writeSubscription(accountId: string, record: SubscriptionRecord): void {
    q.upsertSubscription.run(
      accountId,
      JSON.stringify(record.subscription),
      record.scheduled ? JSON.stringify(record.scheduled) : null,
    );
  }

  const claim = db.transaction((input: Parameters<BillingStore['claimCommit']>[0]): CommitClaim => {
    const row = q.commit.get(input.accountId, input.idempotencyKey);
    if (!row) {
      q.insertClaim.run(input.accountId, input.idempotencyKey, input.fingerprint, input.now);
      return { kind: 'claimed' };
    }
    if (row.fingerprint !== input.fingerprint) return { kind: 'mismatch' };
    if (row.status === 'succeeded' && row.body_json !== null)
      return { kind: 'done', body: row.body_json };
    if (row.claimed_at < input.staleBefore) {
      const taken = q.retakeClaim.run(
        input.now,
        input.accountId,
        input.idempotencyKey,
        row.claimed_at,
      );
      if (taken.changes === 1) return { kind: 'claimed' };
    }
    return { kind: 'busy' };
  });

  const complete = db.transaction((input: Parameters<BillingStore['completeCommit']>[0]) => {
    const done = q.completeClaim.run(input.body, input.accountId, input.idempotencyKey);
    if (done.changes !== 1) throw new Error(`No pending commit for key ${input.idempotencyKey}`);
    writeSubscription(input.accountId, input.subscription);
    q.saveBalance.run(input.balance.amount, input.balance.currency, input.accountId);
  });

  const recordCharge = db.transaction((input: Parameters<BillingStore['recordCharge']>[0]) => {
    q.insertCharge.run(
      newId('ch'),
      input.accountId,
      input.amount.amount,
      input.amount.currency,
      input.idempotencyKey,
      input.at,
    );
    const row = q.chargeByKey.get(input.accountId, input.idempotencyKey);
    if (!row) throw new Error('Ledger row missing after insert');
    return { chargeId: row.charge_id };
  });

  const store: SqliteStore = {
    db,
    async getAccount(accountId) {
      const row = q.account.get(accountId);
      if (!row) return null;
      return {
        id: row.id,
        name: row.name,
        primaryAdminUserId: row.primary_admin_user_id,
        catalog: readCatalog(row),
        balance: { amount: row.balance_amount, currency: row.balance_currency as CurrencyCode },
      } satisfies AccountRecord;
    },
    async getUser(accountId, userId) {
      const row = q.user.get(accountId, userId);
      return row
        ? ({
            id: row.id,
            accountId: row.account_id,
            name: row.name,
            email: row.email,
          } satisfies UserRecord)
        : null;
    },
    async getSubscription(accountId) {
      const row = q.subscription.get(accountId);
      if (!row) return null;
      return {
        subscription: JSON.parse(row.subscription_json),
        scheduled: row.scheduled_json === null ? null : JSON.parse(row.scheduled_json),
      } satisfies SubscriptionRecord;
    },
    async saveSubscription(accountId, record) {
      writeSubscription(accountId, record);
    },
    async saveCatalog(accountId, catalog) {
      q.saveCatalog.run(JSON.stringify(catalog), catalog.version, accountId);
    },
    async insertPreview(record) {
      q.insertPreview.run(
        record.id,
        record.accountId,
        JSON.stringify(record.selection),
        record.at,
        record.expiresAt,
        record.catalogVersion,
        JSON.stringify(record.agreed),
      );
    },
    async getPreview(accountId, previewId) {
      const row = q.preview.get(accountId, previewId);
      if (!row) return null;
      return {
        id: row.id,
        accountId: row.account_id,
        selection: JSON.parse(row.selection_json) as Selection,
        at: row.priced_at,
        expiresAt: row.expires_at,
        catalogVersion: row.catalog_version,
        agreed: JSON.parse(row.agreed_json) as AgreedPrice,
      } satisfies PreviewRecord;
    },
    async deleteExpiredPreviews(before) {
      q.deleteExpiredPreviews.run(before);
    },
    async claimCommit(input) {
      // IMMEDIATE: the read and the insert happen under the write lock, also across processes.
      return claim.immediate(input);
    },
    async releaseCommit(accountId, idempotencyKey) {
      q.releaseClaim.run(accountId, idempotencyKey);
    },
    async completeCommit(input) {
      complete.immediate(input);
    },
    async insertChangeRequest(record) {
      q.insertChangeRequest.run(
        record.id,
        record.accountId,
        record.userId,
        record.subject,
        record.message,
        record.contactEmail,
        record.selection ? JSON.stringify(record.selection) : null,
        record.receivedAt,
      );
    },
    async listChangeRequests(accountId) {
      return q.changeRequests.all(accountId).map((row): ChangeRequestRecord => ({
        id: row.id,
        accountId: row.account_id,
        userId: row.user_id,
        subject: row.subject,
        message: row.message,
        contactEmail: row.contact_email,
        selection:
          row.selection_json === null ? null : (JSON.parse(row.selection_json) as Selection),
        receivedAt: row.received_at,
      }));
    },
    async recordCharge(input) {
      return recordCharge.immediate(input);
    },
    async listCharges(accountId) {
      return q.charges.all(accountId).map((row): LedgerEntry => ({
        chargeId: row.charge_id,
        accountId: row.account_id,
        amount: { amount: row.amount, currency: row.currency as CurrencyCode },
        idempotencyKey: row.idempotency_key,
        createdAt: row.created_at,
      }));
    },
    async insertAccount(account) {
      q.insertAccount.run(
        account.id,
        account.name,
        account.primaryAdminUserId,
        JSON.stringify(account.catalog),
        account.catalog.version,
        account.balance.amount,
        account.balance.currency,
      );
    },
    async insertUser(user) {
      q.insertUser.run(user.id, user.accountId, user.name, user.email);
    },
    async clear() {
      db.transaction(() => {
        for (const table of [
          'ledger',
          'change_requests',
          'commits',
          'previews',
          'subscriptions',
          'users',
          'accounts',
        ]) {
          db.exec(`DELETE FROM ${table}`);
        }
      })();
      catalogs.clear();
    },
    async close() {
      db.close();
    },
  };
  return store;
}
