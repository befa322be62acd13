import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createBillingHandler } from '../handler/create-billing-handler.js';
import { demoAuthenticate } from '../demo/demo-authenticate.js';
import { demoSelection, setup } from '../test-utils/setup.js';
import { migrate, migrations } from './migrations.js';
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
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.prepare('SELECT version, name FROM schema_migrations').all()).toEqual(
      migrations.map(({ version, name }) => ({ version, name })),
    );
    expect(migrate(store.db)).toEqual([]);
    await store.close();
  });

  it('applies only the migrations a database has not seen, in order', () => {
    const db = new Database(':memory:');
    expect(migrate(db, migrations)).toEqual([1]);
    const next = [
      ...migrations,
      { version: 3, name: 'three', sql: 'ALTER TABLE users ADD COLUMN locale TEXT' },
      { version: 2, name: 'two', sql: 'CREATE TABLE notes (id TEXT)' },
    ];
    expect(migrate(db, next)).toEqual([2, 3]);
    expect(migrate(db, next)).toEqual([]);
    db.close();
  });

  it('charges once when two servers on the same file commit with the same key at once', async () => {
    const filename = tempFile();
    const seeded = await setup({ filename });
    const { id } = await (
      await seeded.call('POST', '/previews', {
        body: { selection: { ...demoSelection, plan: 'pro' } },
      })
    ).json();
    // Two connections with their own handlers: the in-process lock cannot help, only the database can.
    const stores = [createSqliteStore(filename), createSqliteStore(filename)];
    const handlers = stores.map((store) =>
      createBillingHandler({ store, authenticate: demoAuthenticate, now: seeded.clock.now }),
    );
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        handlers[i % 2]!(
          new Request('http://localhost/api/billing/commits', {
            method: 'POST',
            headers: {
              authorization: 'Bearer demo-admin',
              'content-type': 'application/json',
              'idempotency-key': 'key-two-servers',
            },
            body: JSON.stringify({ previewId: id }),
          }),
        ),
      ),
    );
    const bodies = await Promise.all(responses.map((response) => response.text()));
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200));
    expect(new Set(bodies).size).toBe(1);
    expect(await seeded.store.listCharges('acct_demo')).toHaveLength(1);
    for (const store of [...stores, seeded.store]) await store.close();
  });

  it('records a charge once per account and key', async () => {
    const { store } = await setup();
    const input = {
      accountId: 'acct_demo',
      amount: { amount: 100, currency: 'EUR' as const },
      idempotencyKey: 'charge-key-1',
      at: '2026-03-10T12:00:00.000Z',
    };
    const first = await store.recordCharge(input);
    const again = await store.recordCharge(input);
    expect(again).toEqual(first);
    expect(await store.listCharges('acct_demo')).toHaveLength(1);
    await store.close();
  });
});
