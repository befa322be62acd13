import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { PostgresStore } from '../store/postgres/postgres-store.js';
import { createPostgresStore } from '../store/postgres/postgres-store.js';
import type { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { createSqliteStore } from '../store/sqlite/sqlite-store.js';
import { createTestDatabase } from './postgres.js';

export type TestStore = SqliteStore | PostgresStore;

/**
 * One fresh store per test on each database a file runs against (a SQLite temp file, a PostgreSQL
 * database on the server `pnpm test` starts), closed and dropped after the test.
 * `describe.each(Object.keys(stores))` runs a suite on both.
 */
export function testStores(): Record<'sqlite' | 'postgres', () => Promise<TestStore>> {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return {
    sqlite: async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'tarif-test-'));
      cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
      const store = createSqliteStore(path.join(dir, 'tarif.sqlite'));
      cleanups.push(() => store.close());
      return store;
    },
    postgres: async () => {
      const database = await createTestDatabase();
      cleanups.push(() => database.drop());
      const store = await createPostgresStore({ connectionString: database.url, poolSize: 3 });
      cleanups.push(() => store.close());
      return store;
    },
  };
}
