import css from '@tarif/ui/styles.css';

// The element paints its own surface in its theme: a dark page inside a white host would otherwise
// put light text on the host's white (a dashboard host paints --tarif-bg itself; this one cannot).
const surface = `.tarif-embed { display: block; background: var(--tarif-bg); color: var(--tarif-fg); }`;

/** One sheet per document, built on first use. */
const sheets = new WeakMap<Document, CSSStyleSheet>();

/**
 * Adds the widgets' stylesheet to the document once, however many pages are mounted. A
 * constructed stylesheet (`adoptedStyleSheets`) rather than a `<style>` element: a host whose
 * Content-Security-Policy has `style-src 'self'` refuses a `<style>` added at run time, and no
 * policy governs a sheet built through the CSSOM. Unlayered, as a React host imports it: the
 * widgets' reset (`.tarif :where(…) { all: revert }`, the root's inherited text properties) then
 * outranks a host's rules on bare elements (`button { all: unset }`, `h2 { font-size: 3rem }`), and
 * hosts restyle the page through `--tarif-*` properties (docs/embedding.md).
 */
export function injectStyles(document: Document): void {
  if (sheets.has(document)) return;
  const view = document.defaultView;
  if (!view) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(`${css}\n${surface}`);
  sheets.set(document, sheet);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
