import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { demoSelection, setup } from '../../test-utils/setup.js';
import { migrateSqlite, sqliteMigrations } from './sqlite-migrations.js';
import { createSqliteStore } from './sqlite-store.js';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tarif-server-'));
  dirs.push(dir);
  return path.join(dir, 'tarif.sqlite');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('createSqliteStore', () => {
  it('runs on a SQLite without the WAL-reset corruption bug (3.51.3 or later)', async () => {
    const store = createSqliteStore(':memory:');
    const [major, minor, patch] = store.sqliteVersion.split('.').map(Number);
    expect(major! * 1e6 + minor! * 1e3 + patch!).toBeGreaterThanOrEqual(3_051_003);
    await store.close();
  });

  it('keeps a committed change after the database file is closed and opened again', async () => {
    const filename = tempFile();
    const first = await setup({ filename });
    const { id } = await (
      await first.call('POST', '/previews', {
        body: { selection: { ...demoSelection, plan: 'pro' } },
      })
    ).json();
    const committed = await first.call('POST', '/commits', {
      body: { previewId: id },
      headers: { 'idempotency-key': 'key-durable-1' },
    });
    expect(committed.status).toBe(200);
    await first.store.close();

    // Seeding again on the same file (every start does) keeps what was bought.
    const second = await setup({ filename });
    const account = await (await second.call('GET', '/account')).json();
    expect(account.subscription.selection.plan).toBe('pro');
    expect(await second.store.listCharges('acct_demo')).toHaveLength(1);
    await second.store.close();
  });

  it('uses WAL and records each migration once, however often it is opened', async () => {
    const filename = tempFile();
    for (let i = 0; i < 3; i++) await createSqliteStore(filename).close();
    const store = createSqliteStore(filename);
    expect(store.db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(
      store.db
        .prepare('SELECT version, name FROM schema_migrations ORDER BY version')
        .all()
        .map((row) => ({ ...row })),
    ).toEqual(sqliteMigrations.map(({ version, name }) => ({ version, name })));
    expect(migrateSqlite(store.db)).toEqual([]);
    await store.close();
  });

  it('applies only the migrations a database has not seen, in order', () => {
    const db = new DatabaseSync(':memory:');
    expect(migrateSqlite(db, sqliteMigrations.slice(0, 1))).toEqual([1]);
    const next = [
      ...sqliteMigrations,
      { version: 5, name: 'five', sql: 'ALTER TABLE users ADD COLUMN locale TEXT' },
      { version: 4, name: 'four', sql: 'CREATE TABLE notes (id TEXT)' },
    ];
    expect(migrateSqlite(db, next)).toEqual([2, 3, 4, 5]);
    expect(migrateSqlite(db, next)).toEqual([]);
    db.close();
  });

  it('keeps replaying a commit finished before the intents migration', async () => {
    const filename = tempFile();
    // A file as version 1 left it: one account and a finished commit (pending claims are dropped).
    const v1 = new DatabaseSync(filename);
    migrateSqlite(v1, sqliteMigrations.slice(0, 1));
    const body = JSON.stringify({
      id: 'cm_old',
      status: 'succeeded',
      mode: 'purchase',
      charged: { amount: 2774, currency: 'EUR' },
      subscription: { selection: demoSelection },
      scheduled: null,
      balance: { amount: 0, currency: 'EUR' },
    });
    v1.exec(`INSERT INTO accounts (id, name, primary_admin_user_id, catalog_json, catalog_version,
      balance_currency) VALUES ('acct_demo', 'Demo', 'usr_demo_admin', '{}', 'v0', 'EUR')`);
    const insert = v1.prepare(
      // An hour before the test clock: younger than the 24 hours a key is kept.
      "INSERT INTO commits VALUES ('acct_demo', ?, ?, ?, '2026-03-10T11:00:00.000Z', ?)",
    );
    insert.run('key-from-v1', JSON.stringify({ previewId: 'pv_old' }), 'succeeded', body);
    insert.run('key-pending-v1', JSON.stringify({ previewId: 'pv_other' }), 'pending', null);
    v1.close();

    const migrated = await setup({ filename });
    const replay = await migrated.call('POST', '/commits', {
      body: { previewId: 'pv_old' },
      headers: { 'idempotency-key': 'key-from-v1' },
    });
    expect(replay.status).toBe(200);
    expect(await replay.text()).toBe(body);
    const kept = migrated.store.db.prepare('SELECT idempotency_key, amount FROM commits').all();
    expect(kept.map((row) => ({ ...row }))).toEqual([
      { idempotency_key: 'key-from-v1', amount: 2774 },
    ]);
    await migrated.store.close();
  });
});
