import type { FieldError } from '../http/errors.js';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A string field of `length` min..max characters (after trimming), or a field error. Control
 * characters are refused (line breaks and tabs too, unless `multiline`), see `controlCharacterError`.
 */
export function readString(
  body: Record<string, unknown>,
  key: string,
  path: string,
  length: { min: number; max: number; multiline?: boolean },
  errors: FieldError[],
): string {
  const value = body[key];
  if (typeof value !== 'string') {
    errors.push({ path, message: 'Expected a string.' });
    return '';
  }
  const control = controlCharacterError(value, length.multiline ?? false);
  if (control) {
    errors.push({ path, message: control });
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

// C0 controls (NUL among them), DEL and C1 controls. PostgreSQL refuses NUL in text (a 500 if it
// got that far) and SQLite's C API stops reading at it, silently cutting the text; the others
// have no place in a name, an id or an address, and would reach the sales team's tools as is.
const isControl = (code: number) => code <= 0x1f || (code >= 0x7f && code <= 0x9f);
const lineCharacters = new Set([0x09, 0x0a, 0x0d]);

/**
 * The field error for a string holding a control character or a lone surrogate (text that is not
 * UTF-16, which PostgreSQL's jsonb refuses and its text columns turn into U+FFFD), naming it and
 * its position in characters (code points, as a person counts them); null when there is none.
 * `multiline`: tabs, line feeds and carriage returns are text.
 */
export function controlCharacterError(value: string, multiline = false): string | null {
  let position = 0;
  for (const character of value) {
    const code = character.codePointAt(0)!;
    const name = code.toString(16).toUpperCase().padStart(4, '0');
    if (code >= 0xd800 && code <= 0xdfff) {
      return `Contains a lone surrogate (U+${name}) at position ${position}: not valid text.`;
    }
    if (isControl(code) && !(multiline && lineCharacters.has(code))) {
      return `Contains a control character (U+${name}) at position ${position}.`;
    }
    position++;
  }
  return null;
}
