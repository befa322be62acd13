import path from 'node:path';
import type { DemoPaymentsTable } from '../demo/demo-payments.js';
import type { ResettableStore } from '../testing/test-controls.js';

export interface OpenedStore {
  readonly store: ResettableStore & { readonly demoPayments: DemoPaymentsTable };
  /** For the startup line: which database, which version. */
  readonly description: string;
}

/**
 * The demo server's store from its environment: `DATABASE_URL=postgres://…` selects PostgreSQL;
 * otherwise SQLite in `TARIF_DB` (default `.tarif-data/tarif.sqlite`).
 */
export async function openStore(
  env: Readonly<Record<string, string | undefined>>,
  ensureDir: (dir: string) => void,
): Promise<OpenedStore> {
  const url = env['DATABASE_URL'];
  // Each store is loaded only when chosen: PostgreSQL users never load node:sqlite, and the
  // reverse.
  if (url) {
    const { createPostgresStore } = await import('../store/postgres/postgres-store.js');
    const store = await createPostgresStore({ connectionString: url });
    const where = new URL(url);
    return {
      store,
      description: `PostgreSQL at ${where.hostname}:${where.port || 5432}${where.pathname}, ${store.serverVersion.split(' ').slice(0, 2).join(' ')}`,
    };
  }
  const file = env['TARIF_DB'] ?? path.join('.tarif-data', 'tarif.sqlite');
  if (file !== ':memory:') ensureDir(path.dirname(file));
  const { createSqliteStore } = await import('../store/sqlite/sqlite-store.js');
  const store = createSqliteStore(file);
  return { store, description: `SQLite ${store.sqliteVersion} in ${file}` };
}
