import css from '@tarif/ui/styles.css';

const marker = 'data-tarif-embed-styles';

// The element paints its own surface in its theme: a dark page inside a white host would otherwise
// put light text on the host's white (a dashboard host paints --tarif-bg itself; this one cannot).
const surface = `.tarif-embed { display: block; background: var(--tarif-bg); color: var(--tarif-fg); }`;

/**
 * Adds the widgets' stylesheet to the document once, however many pages are mounted. It sits in
 * the `tarif` cascade layer: any unlayered host rule wins over it whatever its specificity, so a
 * host restyles the page predictably (at the price documented in docs/embedding.md: an unlayered
 * host rule also wins over the ui's reset of inherited styles).
 */
export function injectStyles(document: Document): void {
  if (document.head.querySelector(`style[${marker}]`)) return;
  const style = document.createElement('style');
  style.setAttribute(marker, '');
  style.textContent = `@layer tarif {\n${css}\n${surface}\n}`;
  document.head.append(style);
}
