import css from '@tarif/ui/styles.css';

const marker = 'data-tarif-embed-styles';

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
  style.textContent = `@layer tarif {\n${css}\n}`;
  document.head.append(style);
}
