import { Client, Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, postgresTestUrl } from './postgres.js';
import type { TestDatabase } from './postgres.js';

describe('the test PostgreSQL', () => {
  let database: TestDatabase;
  let pool: Pool;

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = new Pool({ connectionString: database.url, max: 20 });
    // DROP DATABASE … WITH (FORCE) ends connections pool.end() has not closed yet; that is expected here.
    pool.on('error', () => undefined);
  });

  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  it('is a real PostgreSQL server, in the database made for this file', async () => {
    const { rows } = await pool.query<{ version: string; database: string }>(
      'SELECT version(), current_database() AS database',
    );
    expect(rows[0]?.version).toContain('PostgreSQL');
    expect(rows[0]?.database).toBe(database.name);
  });

  it('gives one key to exactly one of 20 concurrent INSERT … ON CONFLICT DO NOTHING', async () => {
    await pool.query('CREATE TABLE claims (key text PRIMARY KEY, claimant integer NOT NULL)');
    // 20 connections of the pool: the inserts run in separate sessions, not one after the other.
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, claimant) =>
        pool.query<{ claimant: number }>(
          'INSERT INTO claims (key, claimant) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING claimant',
          ['the-key', claimant],
        ),
      ),
    );
    const winners = results.flatMap((result) => result.rows);
    expect(winners).toHaveLength(1);
    const { rows } = await pool.query<{ claimant: number }>('SELECT claimant FROM claims');
    expect(rows).toEqual(winners);
  });
});

describe('createTestDatabase', () => {
  async function databaseExists(name: string): Promise<boolean> {
    const admin = new Client({ connectionString: postgresTestUrl() });
    await admin.connect();
    try {
      const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [
        name,
      ]);
      return rowCount === 1;
    } finally {
      await admin.end();
    }
  }

  it('drops the database even with a connection still open on it, and only once', async () => {
    const database = await createTestDatabase();
    expect(await databaseExists(database.name)).toBe(true);
    const client = new Client({ connectionString: database.url });
    // The forced drop ends this connection: its error event must not fail the test.
    client.on('error', () => undefined);
    await client.connect();
    await database.drop();
    await database.drop();
    expect(await databaseExists(database.name)).toBe(false);
    await client.end().catch(() => undefined);
  });
});

describe('postgresTestUrl', () => {
  it('says how to get a server when TARIF_TEST_POSTGRES_URL is missing', () => {
    vi.stubEnv('TARIF_TEST_POSTGRES_URL', '');
    try {
      expect(() => postgresTestUrl()).toThrow(/TARIF_TEST_POSTGRES_URL is not set.*pnpm test/);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
