// @tarif/server/sqlite: the embedded store, on Node's built-in node:sqlite (Node >= 22.13).
export { createSqliteStore } from './sqlite-store.js';
export type { SqliteStore, SqliteStoreOptions } from './sqlite-store.js';
export { sqliteMigrations, migrateSqlite } from './sqlite-migrations.js';
export type { Migration } from './sqlite-migrations.js';
