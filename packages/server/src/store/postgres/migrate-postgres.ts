import type { PoolClient } from 'pg';
import { postgresMigrations } from './postgres-migrations.js';
import type { PostgresMigration } from './postgres-migrations.js';

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
