import type { IssueList } from './catalog-issues.js';

/** Small readers for untrusted JSON: each reports what is wrong and returns undefined. */

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readRecord(list: IssueList, value: unknown, path: string): Json | undefined {
  if (value === undefined) list.report(path, 'required', 'object');
  else if (!isRecord(value)) list.report(path, 'invalid-type', 'an object');
  else return value;
  return undefined;
}

export function readString(
  list: IssueList,
  owner: Json,
  key: string,
  path: string,
  optional = false,
): string | undefined {
  const value = owner[key];
  if (value === undefined) {
    if (!optional) list.report(`${path}.${key}`, 'required', `string "${key}"`);
  } else if (typeof value !== 'string') list.report(`${path}.${key}`, 'invalid-type', 'a string');
  else if (value === '') list.report(`${path}.${key}`, 'empty', key);
  else return value;
  return undefined;
}

export function readArray(
  list: IssueList,
  owner: Json,
  key: string,
  path: string,
  optional = false,
): readonly unknown[] | undefined {
  const value = owner[key];
  if (value === undefined) {
    if (!optional) list.report(`${path}.${key}`, 'required', `array "${key}"`);
  } else if (!Array.isArray(value)) list.report(`${path}.${key}`, 'invalid-type', 'an array');
  else return value;
  return undefined;
}

/** A number that is finite; NaN and ±Infinity are reported as such, other types as wrong type. */
function readFinite(list: IssueList, value: unknown, path: string): number | undefined {
  if (typeof value !== 'number')
    list.report(path, value === undefined ? 'required' : 'invalid-type', 'a number');
  else if (!Number.isFinite(value)) list.report(path, 'not-finite', value);
  else return value;
  return undefined;
}

/** An amount in minor units: a non-negative safe integer. */
export function readAmount(list: IssueList, value: unknown, path: string): number | undefined {
  const n = readFinite(list, value, path);
  if (n === undefined) return undefined;
  if (!Number.isSafeInteger(n) || n < 0) {
    list.report(path, 'invalid-amount', n);
    return undefined;
  }
  return n;
}

/** A count of things (seats): a non-negative safe integer. */
export function readCount(list: IssueList, value: unknown, path: string): number | undefined {
  const n = readFinite(list, value, path);
  if (n === undefined) return undefined;
  if (!Number.isSafeInteger(n) || n < 0) {
    list.report(path, 'invalid-count', n);
    return undefined;
  }
  return n;
}

export function readNumber(list: IssueList, value: unknown, path: string): number | undefined {
  return readFinite(list, value, path);
}

/** Reports every id seen twice, at the path of the second occurrence. */
export function reportDuplicates(
  list: IssueList,
  ids: readonly (string | undefined)[],
  path: (index: number) => string,
): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (id === undefined) return;
    if (seen.has(id)) list.report(path(index), 'duplicate-id', id);
    seen.add(id);
  });
}
