// @tarif/server/postgres: the store for many instances on one PostgreSQL database (node-postgres).
export { createPostgresStore } from './postgres-store.js';
export type { PostgresStore, PostgresStoreOptions } from './postgres-store.js';
export { postgresMigrations } from './postgres-migrations.js';
export type { PostgresMigration } from './postgres-migrations.js';
