import type { DatabaseSync } from 'node:sqlite';
import { transaction } from './sqlite-transaction.js';

export interface Migration {
  /** Increasing; never renumber or edit a migration that has shipped, add a new one. */
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const sqliteMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
      CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        primary_admin_user_id TEXT NOT NULL,
        catalog_json TEXT NOT NULL,
        catalog_version TEXT NOT NULL,
        -- Bumped on every catalog write, so a process can cache the parsed catalog safely.
        catalog_revision INTEGER NOT NULL DEFAULT 1,
        balance_amount INTEGER NOT NULL DEFAULT 0 CHECK (balance_amount >= 0),
        balance_currency TEXT NOT NULL
      );
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts(id),
        name TEXT NOT NULL,
        email TEXT NOT NULL
      );
      CREATE TABLE subscriptions (
        account_id TEXT PRIMARY KEY REFERENCES accounts(id),
        subscription_json TEXT NOT NULL,
        scheduled_json TEXT
      );
      CREATE TABLE previews (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts(id),
        selection_json TEXT NOT NULL,
        priced_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        catalog_version TEXT NOT NULL,
        agreed_json TEXT NOT NULL
      );
      CREATE INDEX previews_expires_at ON previews(expires_at);
      CREATE TABLE commits (
        account_id TEXT NOT NULL REFERENCES accounts(id),
        idempotency_key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'succeeded')),
        claimed_at TEXT NOT NULL,
        body_json TEXT,
        PRIMARY KEY (account_id, idempotency_key)
      );
      CREATE TABLE change_requests (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts(id),
        user_id TEXT NOT NULL,
        subject TEXT NOT NULL,
        message TEXT NOT NULL,
        contact_email TEXT NOT NULL,
        selection_json TEXT,
        received_at TEXT NOT NULL
      );
      CREATE TABLE ledger (
        charge_id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts(id),
        amount INTEGER NOT NULL CHECK (amount > 0),
        currency TEXT NOT NULL,
        idempotency_key TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (account_id, idempotency_key)
      );
    `,
  },
  {
    // Commits become intents written before the payment call (docs/server.md, "A commit, step by
    // step"); subscriptions get a version for compare-and-swap; a preview remembers who used it.
    version: 2,
    name: 'commit-intents',
    sql: `
      ALTER TABLE subscriptions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE previews ADD COLUMN used_by TEXT;
      ALTER TABLE commits RENAME TO commits_v1;
      CREATE TABLE commits (
        account_id TEXT NOT NULL REFERENCES accounts(id),
        idempotency_key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        preview_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('charging', 'succeeded')),
        amount INTEGER NOT NULL CHECK (amount >= 0),
        currency TEXT NOT NULL,
        payment_key TEXT NOT NULL UNIQUE,
        base_version INTEGER NOT NULL,
        outcome_json TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (account_id, idempotency_key)
      );
      -- One commit at a time per account: a second one waits until the first is finished.
      CREATE UNIQUE INDEX commits_one_charging ON commits(account_id) WHERE status = 'charging';
      CREATE INDEX commits_created_at ON commits(created_at);
      -- Finished commits keep replaying their answer; pending claims of version 1 are dropped
      -- (they recorded nothing, and their clients retry).
      INSERT INTO commits (account_id, idempotency_key, fingerprint, preview_id, status, amount,
          currency, payment_key, base_version, outcome_json, body, created_at)
        SELECT account_id, idempotency_key, fingerprint,
          COALESCE(json_extract(fingerprint, '$.previewId'), ''), 'succeeded',
          COALESCE(json_extract(body_json, '$.charged.amount'), 0),
          COALESCE(json_extract(body_json, '$.charged.currency'), ''),
          account_id || '/' || idempotency_key, 0,
          json_object(
            'subscription', json_object(
              'subscription', json_extract(body_json, '$.subscription'),
              'scheduled', json_extract(body_json, '$.scheduled')),
            'balance', json_extract(body_json, '$.balance')),
          body_json, claimed_at
        FROM commits_v1 WHERE status = 'succeeded' AND body_json IS NOT NULL;
      DROP TABLE commits_v1;
      -- The demo payments port's own table: a stand-in for a payment provider's records.
      CREATE TABLE demo_payments (
        payment_key TEXT PRIMARY KEY,
        account_id TEXT NOT NULL,
        amount INTEGER NOT NULL CHECK (amount > 0),
        currency TEXT NOT NULL,
        charge_id TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
      );
    `,
  },
  {
    // Tax (issue 17): an account's billing details, and the ledger's net and tax beside the gross
    // amount it always held. Rows written before carried no tax: their net is their amount.
    version: 3,
    name: 'tax',
    sql: `
      ALTER TABLE accounts ADD COLUMN billing_json TEXT;
      ALTER TABLE ledger ADD COLUMN net_amount INTEGER;
      ALTER TABLE ledger ADD COLUMN tax_amount INTEGER;
      UPDATE ledger SET net_amount = amount, tax_amount = 0;
    `,
  },
];

/**
 * Applies, in order and each in its own transaction, the migrations the database has not seen
 * yet. BEGIN IMMEDIATE takes the write lock first, so two processes opening the same file at once
 * cannot both apply one.
 */
export function migrateSqlite(
  db: DatabaseSync,
  list: readonly Migration[] = sqliteMigrations,
): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const isApplied = db.prepare('SELECT 1 AS applied FROM schema_migrations WHERE version = ?');
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  );
  const ran: number[] = [];
  for (const migration of [...list].sort((a, b) => a.version - b.version)) {
    const applied = transaction(db, () => {
      if (isApplied.get(migration.version) !== undefined) return false;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
      return true;
    });
    if (applied) ran.push(migration.version);
  }
  return ran;
}
