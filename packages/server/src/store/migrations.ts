import type Database from 'better-sqlite3';

export interface Migration {
  /** Increasing; never renumber or edit a migration that has shipped, add a new one. */
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const migrations: readonly Migration[] = [
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
];

/** Applies, in order and each in its own transaction, the migrations the database has not seen yet. */
export function migrate(db: Database.Database, list: readonly Migration[] = migrations): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').pluck();
  const ran: number[] = [];
  for (const migration of [...list].sort((a, b) => a.version - b.version)) {
    // IMMEDIATE takes the write lock first, so two processes opening the same file cannot both migrate.
    const applied = db
      .transaction(() => {
        if (isApplied.get(migration.version) !== undefined) return false;
        db.exec(migration.sql);
        db.prepare(
          'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
        ).run(migration.version, migration.name, new Date().toISOString());
        return true;
      })
      .immediate();
    if (applied) ran.push(migration.version);
  }
  return ran;
}
