import type { Message, PartialCatalog } from '@tarif/react/i18n';

// Latin letters with accents of the same width class, so text stays readable while any string
// that escaped the catalogs (plain ASCII) stands out.
const accented: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ü',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ĺ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ü',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/**
 * One string pseudo-localised: letters accented, about 40 % longer (German and French run that
 * much over English), wrapped in brackets so a clipped end shows. `{placeholders}` stay as they are.
 */
export function pseudoText(text: string): string {
  const parts = text.split(/(\{\w+\})/);
  const body = parts
    .map((part) =>
      /^\{\w+\}$/.test(part) ? part : part.replace(/[A-Za-z]/g, (c) => accented[c] ?? c),
    )
    .join('');
  const letters = text.replace(/\{\w+\}/g, '').length;
  // In words of at most 10, as a long language's words are: one unbreakable run of 30 tildes
  // would overflow a narrow column where no real translation does.
  const padding = ('~'.repeat(Math.ceil(letters * 0.4)).match(/~{1,10}/g) ?? []).join(' ');
  return `[${body}${padding ? ` ${padding}` : ''}]`;
}

function pseudoMessage(message: Message): Message {
  if (typeof message === 'string') return pseudoText(message);
  const forms: Record<string, string> = {};
  for (const [form, text] of Object.entries(message))
    if (text !== undefined) forms[form] = pseudoText(text);
  return forms as unknown as Message;
}

/** A whole catalog pseudo-localised, key by key. */
export function pseudoCatalog(catalog: Readonly<Record<string, Message>>): PartialCatalog {
  return Object.fromEntries(
    Object.entries(catalog).map(([key, message]) => [key, pseudoMessage(message)]),
  ) as PartialCatalog;
}
