import type { FieldError } from '../http/errors.js';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field of `length` min..max characters (after trimming), or a field error. */
export function readString(
  body: Record<string, unknown>,
  key: string,
  path: string,
  length: { min: number; max: number },
  errors: FieldError[],
): string {
  const value = body[key];
  if (typeof value !== 'string') {
    errors.push({ path, message: 'Expected a string.' });
    return '';
  }
  const trimmed = value.trim();
  if (trimmed.length < length.min || trimmed.length > length.max) {
    errors.push({ path, message: `Expected ${length.min} to ${length.max} characters.` });
  }
  return trimmed;
}

/** Prefix for a nested path: `at('selection', 'plan')` is `selection.plan`; `at('', 'plan')` is `plan`. */
export function at(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}.${key}`;
}
