// Test helper (excluded from the build): what a page rendered in the pseudo-locale en-XA shows
// that did not come from the catalogs, and what text is clipped or overflows its box.
//
// The rule for copy. `pseudoText` accents every ASCII letter of every catalog message, so text
// drawn from the catalogs in en-XA holds no ASCII letter [A-Za-z] at all, outside its arguments.
// An ASCII letter on screen is therefore either data a message was given, or a hard-coded string.
// Data is exactly: (1) the names and descriptions of the catalog (products, plans, features,
// add-ons) in any of its currencies, (2) the people of the account (viewer and primary admin:
// name, e-mail), (3) the month and weekday names Intl writes for the locale. Each such string is
// cut out whole (longest first) from a text; any ASCII letter left is a finding. Digits,
// punctuation and currency signs carry no letters and pass. Nothing else is allowed, except a
// story's own tooling for designers around the widgets (never shipped), which is marked
// `data-story-chrome` and skipped for copy; it is still checked for clipping.

export interface PseudoFinding {
  kind: 'not-pseudo-localised' | 'clipped' | 'overflows';
  /** Where: the element's tag, slot and class, for a reader to find it. */
  where: string;
  text: string;
}

/** Attributes a person hears or sees, checked like text nodes. */
const spokenAttributes = ['aria-label', 'aria-valuetext', 'placeholder', 'title', 'alt'] as const;

/** Month and weekday names, long and short, as Intl writes them in `locale`. */
export function intlWords(locale: string): string[] {
  const words = new Set<string>();
  for (const month of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) words.add(format.format(Date.UTC(2026, m, 15)));
  }
  for (const weekday of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' });
    for (let d = 0; d < 7; d++) words.add(format.format(Date.UTC(2026, 2, 16 + d)));
  }
  return [...words];
}

/** The strings of `data` under a `name`, `description` or `email` key, at any depth. */
export function dataStrings(data: unknown): string[] {
  const found = new Set<string>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        if (typeof inner === 'string' && ['name', 'description', 'email'].includes(key))
          found.add(inner);
        else visit(inner);
      }
  };
  visit(data);
  return [...found];
}

/** The ASCII letters left in `text` once every allowed data string is cut out; '' when none. */
export function unlocalisedRest(text: string, allowed: readonly string[]): string {
  let rest = text;
  for (const data of [...allowed].sort((a, b) => b.length - a.length))
    if (data) rest = rest.split(data).join(' ');
  return /[A-Za-z]/.test(rest) ? rest.replace(/\s+/g, ' ').trim() : '';
}

function locate(element: Element): string {
  const slot = element.getAttribute('data-slot');
  const className = element.getAttribute('class');
  return `<${element.tagName.toLowerCase()}${slot ? ` data-slot="${slot}"` : ''}${
    className ? ` class="${className}"` : ''
  }>`;
}

function isInline(element: Element): boolean {
  const display = getComputedStyle(element).display;
  return display === 'inline' || display === 'contents';
}

/** Visually hidden on purpose (screen-reader text): a 1 px clipped box is its design. */
function isScreenReaderOnly(element: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) {
    const style = getComputedStyle(e);
    if (style.clipPath !== 'none' || style.clip !== 'auto') return true;
    if (e instanceof HTMLElement && e.offsetWidth <= 1 && e.offsetHeight <= 1) return true;
  }
  return false;
}

/** Copy under `root` (text nodes and spoken attributes) that is not pseudo-localised. */
export function findUnlocalisedCopy(root: Element, allowed: readonly string[]): PseudoFinding[] {
  const findings: PseudoFinding[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('style, script, noscript, [data-story-chrome]')) continue;
    const rest = unlocalisedRest(node.textContent ?? '', allowed);
    if (rest) findings.push({ kind: 'not-pseudo-localised', where: locate(parent), text: rest });
  }
  for (const element of root.querySelectorAll('*')) {
    if (element.closest('[data-story-chrome]')) continue;
    for (const name of spokenAttributes) {
      const value = element.getAttribute(name);
      const rest = value ? unlocalisedRest(value, allowed) : '';
      if (rest)
        findings.push({
          kind: 'not-pseudo-localised',
          where: `${locate(element)} [${name}]`,
          text: rest,
        });
    }
  }
  return findings;
}

/**
 * Text under `root` that is cut or spills: a box that hides its overflow while its content is
 * wider (or taller) than it, or a line of text reaching past the block that holds it.
 */
export function findClippedText(root: Element): PseudoFinding[] {
  const findings: PseudoFinding[] = [];
  for (const element of [root, ...root.querySelectorAll('*')]) {
    if (!(element instanceof HTMLElement) || !element.textContent?.trim()) continue;
    if (isScreenReaderOnly(element)) continue;
    const style = getComputedStyle(element);
    const hidesX = style.overflowX === 'hidden' || style.overflowX === 'clip';
    const hidesY = style.overflowY === 'hidden' || style.overflowY === 'clip';
    if (
      (hidesX && element.scrollWidth > element.clientWidth + 1) ||
      (hidesY && element.scrollHeight > element.clientHeight + 1)
    )
      findings.push({
        kind: 'clipped',
        where: locate(element),
        text: element.textContent.trim().slice(0, 80),
      });
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    const parent = node.parentElement;
    if (!text || !parent || parent.closest('style, script') || isScreenReaderOnly(parent)) continue;
    let block: Element | null = parent;
    while (block && isInline(block)) block = block.parentElement;
    // A box that hides its overflow was judged above, by its scroll size.
    if (!block || ['hidden', 'clip'].includes(getComputedStyle(block).overflowX)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const line = range.getBoundingClientRect();
    const box = block.getBoundingClientRect();
    if (line.width === 0) continue;
    if (line.left < box.left - 1 || line.right > box.right + 1)
      findings.push({ kind: 'overflows', where: locate(block), text });
  }
  return findings;
}
