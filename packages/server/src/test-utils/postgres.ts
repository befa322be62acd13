import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

const variable = 'TARIF_TEST_POSTGRES_URL';

/**
 * The admin URL of the PostgreSQL server the tests use (`postgres://postgres@127.0.0.1:PORT/postgres`).
 * `pnpm test` starts a throwaway server and sets it; the PostgreSQL tests are required, so a missing
 * URL is an error, not a skip.
 */
export function postgresTestUrl(): string {
  const url = process.env[variable];
  if (!url) {
    throw new Error(
      `${variable} is not set, and the PostgreSQL tests need a real server. Run them through ` +
        '`pnpm test`, which starts a throwaway PostgreSQL, or wrap the command in ' +
        '`node scripts/postgres.mjs` (e.g. `node scripts/postgres.mjs pnpm exec vitest run --project server`), ' +
        `or set ${variable} to the URL of a server you run, as a role that may create databases ` +
        '(each test creates and drops its own).',
    );
  }
  return url;
}

export interface TestDatabase {
  readonly name: string;
  /** The admin URL with this database instead of the admin one. */
  readonly url: string;
  /** Drops the database, closing whatever connections are still open on it. Idempotent. */
  drop(): Promise<void>;
}

async function asAdmin(sql: string): Promise<void> {
  const client = new Client({ connectionString: postgresTestUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new, empty database `tarif_test_<random hex>` on the test server. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `tarif_test_${randomBytes(8).toString('hex')}`;
  await asAdmin(`CREATE DATABASE ${name}`);
  const url = new URL(postgresTestUrl());
  url.pathname = `/${name}`;
  let dropped: Promise<void> | undefined;
  return {
    name,
    url: url.toString(),
    drop: () => (dropped ??= asAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}
