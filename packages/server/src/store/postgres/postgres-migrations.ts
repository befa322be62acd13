import type { PoolClient } from 'pg';

export interface PostgresMigration {
  /** Increasing; never renumber or edit a migration that has shipped, add a new one. */
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const postgresMigrations: readonly PostgresMigration[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
      CREATE TABLE accounts (
        id text PRIMARY KEY,
        name text NOT NULL,
        primary_admin_user_id text NOT NULL,
        catalog jsonb NOT NULL,
        catalog_version text NOT NULL,
        -- Bumped on every catalog write, so a process can cache the parsed catalog safely.
        catalog_revision integer NOT NULL DEFAULT 1,
        balance_amount bigint NOT NULL DEFAULT 0 CHECK (balance_amount >= 0),
        balance_currency text NOT NULL
      );
      CREATE TABLE users (
        id text PRIMARY KEY,
        account_id text NOT NULL REFERENCES accounts(id),
        name text NOT NULL,
        email text NOT NULL
      );
      CREATE TABLE subscriptions (
        account_id text PRIMARY KEY REFERENCES accounts(id),
        subscription jsonb NOT NULL,
        scheduled jsonb,
        version integer NOT NULL DEFAULT 1
      );
      CREATE TABLE previews (
        id text PRIMARY KEY,
        account_id text NOT NULL REFERENCES accounts(id),
        selection jsonb NOT NULL,
        priced_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        catalog_version text NOT NULL,
        agreed jsonb NOT NULL,
        used_by text
      );
      CREATE INDEX previews_expires_at ON previews(expires_at);
      CREATE TABLE commits (
        account_id text NOT NULL REFERENCES accounts(id),
        idempotency_key text NOT NULL,
        fingerprint text NOT NULL,
        preview_id text NOT NULL,
        status text NOT NULL CHECK (status IN ('charging', 'succeeded')),
        amount bigint NOT NULL CHECK (amount >= 0),
        currency text NOT NULL,
        payment_key text NOT NULL UNIQUE,
        base_version integer NOT NULL,
        outcome jsonb NOT NULL,
        -- The exact bytes answered, replayed byte for byte to a retry.
        body text NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (account_id, idempotency_key)
      );
      -- One commit at a time per account: a second one waits until the first is finished.
      CREATE UNIQUE INDEX commits_one_charging ON commits(account_id) WHERE status = 'charging';
      CREATE INDEX commits_created_at ON commits(created_at);
      CREATE TABLE change_requests (
        seq bigserial PRIMARY KEY,
        id text NOT NULL UNIQUE,
        account_id text NOT NULL REFERENCES accounts(id),
        user_id text NOT NULL,
        subject text NOT NULL,
        message text NOT NULL,
        contact_email text NOT NULL,
        selection jsonb,
        received_at timestamptz NOT NULL
      );
      CREATE TABLE ledger (
        seq bigserial PRIMARY KEY,
        charge_id text NOT NULL UNIQUE,
        account_id text NOT NULL REFERENCES accounts(id),
        amount bigint NOT NULL CHECK (amount > 0),
        currency text NOT NULL,
        idempotency_key text NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (account_id, idempotency_key)
      );
      -- The demo payments port's own table: a stand-in for a payment provider's records.
      CREATE TABLE demo_payments (
        payment_key text PRIMARY KEY,
        account_id text NOT NULL,
        amount bigint NOT NULL CHECK (amount > 0),
        currency text NOT NULL,
        charge_id text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL
      );
    `,
  },
];

/** Any constant will do; it only has to be the same in every instance of the server. */
const migrationLockId = 0x7a61_7269; // "zari"

/**
 * Applies pending migrations, each in its own transaction, while holding a session advisory lock:
 * when several instances start at once, one migrates and the others wait, then find nothing to do.
 */
export async function migratePostgres(
  client: PoolClient,
  list: readonly PostgresMigration[] = postgresMigrations,
): Promise<number[]> {
  await client.query('SELECT pg_advisory_lock($1)', [migrationLockId]);
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<{ version: number }>(
      'SELECT version FROM schema_migrations',
    );
    const applied = new Set(rows.map((row) => row.version));
    const ran: number[] = [];
    for (const migration of [...list].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
          migration.version,
          migration.name,
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      ran.push(migration.version);
    }
    return ran;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [migrationLockId]);
  }
}
