// Reading rows back into records, shared by the SQLite and PostgreSQL stores. Both stores keep
// money as integer minor units and JSON documents for the structured parts of a record.
import type { CurrencyCode, Money } from '@tarif/core';
import type { AgreedPrice, CommitOutcome, CommitRecord, PreviewRecord } from './store-types.js';

/** A money amount from an integer column. PostgreSQL sends `bigint` as a string: never round it. */
export function readMoney(amount: number | string | bigint, currency: string): Money {
  const value = typeof amount === 'number' ? amount : Number(amount);
  if (!Number.isSafeInteger(value))
    throw new Error(`Stored amount ${amount} is not a safe integer`);
  return { amount: value, currency: currency as CurrencyCode };
}

/** A JSON column: SQLite gives text, PostgreSQL's jsonb gives the parsed value. */
export function readJsonColumn<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** A timestamp column: SQLite stores ISO text, PostgreSQL's timestamptz gives a Date. */
export function readInstant(value: string | Date): string {
  return typeof value === 'string' ? value : value.toISOString();
}

export interface PreviewRow {
  id: string;
  account_id: string;
  selection_json: unknown;
  priced_at: string | Date;
  expires_at: string | Date;
  catalog_version: string;
  agreed_json: unknown;
  used_by: string | null;
}

export function toPreview(row: PreviewRow): PreviewRecord {
  return {
    id: row.id,
    accountId: row.account_id,
    selection: readJsonColumn(row.selection_json),
    at: readInstant(row.priced_at),
    expiresAt: readInstant(row.expires_at),
    catalogVersion: row.catalog_version,
    agreed: readJsonColumn<AgreedPrice>(row.agreed_json),
    usedBy: row.used_by,
  };
}

export interface CommitRow {
  account_id: string;
  idempotency_key: string;
  fingerprint: string;
  preview_id: string;
  status: 'charging' | 'succeeded';
  amount: number | string;
  currency: string;
  payment_key: string;
  base_version: number;
  outcome_json: unknown;
  body: string;
  created_at: string | Date;
}

export function toCommit(row: CommitRow): CommitRecord {
  return {
    accountId: row.account_id,
    idempotencyKey: row.idempotency_key,
    fingerprint: row.fingerprint,
    previewId: row.preview_id,
    status: row.status,
    amount: readMoney(row.amount, row.currency),
    paymentKey: row.payment_key,
    baseVersion: Number(row.base_version),
    outcome: readJsonColumn<CommitOutcome>(row.outcome_json),
    body: row.body,
    createdAt: readInstant(row.created_at),
  };
}
