/*
 * Stands in for react-style-singleton's `stylesheetSingleton` in the element's bundle only
 * (scripts/bundle.mjs swaps the module). Radix Dialog locks the page's scrolling through
 * react-remove-scroll, which adds its rules (`body[data-scroll-locked] { overflow: hidden … }`) as a
 * `<style>` element: a host with `style-src 'self'` refuses it, and reports a violation, each time
 * a dialog opens. The same rules as a constructed stylesheet adopted by the document apply under
 * any policy. The interface is the original's: `add` on first use, `remove` when the last user goes.
 */

interface StyleSingleton {
  add(style: string): void;
  remove(): void;
}

export function stylesheetSingleton(): StyleSingleton {
  let users = 0;
  let sheet: CSSStyleSheet | null = null;
  return {
    add(style) {
      if (users === 0 && typeof document !== 'undefined') {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(style);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }
      users++;
    },
    remove() {
      users--;
      if (users === 0 && sheet) {
        const added = sheet;
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== added);
        sheet = null;
      }
    },
  };
}
