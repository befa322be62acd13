import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The admin URL of the throwaway PostgreSQL that `pnpm test` starts (scripts/postgres.mjs). */
export function postgresTestUrl(): string {
  const url = process.env['TARIF_TEST_POSTGRES_URL'];
  if (!url) {
    throw new Error(
      'TARIF_TEST_POSTGRES_URL is not set: run the tests through `pnpm test` (it starts a throwaway PostgreSQL), or point it at a server you own, e.g. postgres://postgres@127.0.0.1:5432/postgres.',
    );
  }
  return url;
}

export interface TestDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

/** A new, empty database on the test server; `drop()` removes it even with connections open. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = postgresTestUrl();
  const name = `tarif_test_${randomBytes(6).toString('hex')}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
