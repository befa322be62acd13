import type { Translate } from '../i18n/translate.js';

/**
 * The prefilled subject of a change request, from `describeRequest`'s whole messages: one change
 * is its own sentence; several read « {first}, et {count} autres modifications », one whole
 * catalog message, instead of clauses glued with a separator the code would choose for every
 * language. The draft's selection travels with the request, so sales still see every change.
 *
 * A subject longer than `max` (the wire limit, `changeRequestLimits.subject`; long catalog names
 * can get there) is cut at the last word boundary that fits and ends with the catalog's ellipsis,
 * as a mail client shortens a subject: never mid-word, never over the limit the server enforces.
 */
export function requestSubject(parts: readonly string[], max: number, t: Translate): string {
  const [first, ...rest] = parts;
  if (first === undefined) return '';
  const whole =
    rest.length === 0 ? first : t('request.subject.more', { first, count: rest.length });
  return truncateAtWord(whole, max, t);
}

// Breakable spaces only: U+00A0 and U+202F hold « 10 000 » and « Plus : » together on purpose.
const BREAKABLE = /[ \t\n\r\f\v\u1680\u2000-\u200a\u2028\u2029\u205f\u3000]/;

function truncateAtWord(text: string, max: number, t: Translate): string {
  if ([...text].length <= max) return text;
  // The ellipsis message wraps the kept words, so a language may put it where it belongs.
  const room = max - [...t('request.subject.truncated', { text: '' })].length;
  const chars = [...text].slice(0, Math.max(room, 0) + 1);
  let cut = chars.length - 1;
  // `chars[room]` is the first character that does not fit: a space there ends the last word.
  while (cut > 0 && !BREAKABLE.test(chars[cut] ?? '')) cut--;
  let kept = chars.slice(0, cut > 0 ? cut : Math.max(room, 0)).join('');
  // Trailing punctuation and spaces before the ellipsis would read « Plus, … ».
  kept = kept.replace(/[\s,;:\u00a0\u202f]+$/u, '');
  return t('request.subject.truncated', { text: kept });
}
