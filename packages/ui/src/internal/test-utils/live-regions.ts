// What assistive technology would announce from a widget's live regions: the text of every element
// that is live (aria-live other than off, or a role or element that is live by default: status,
// alert, log, <output>). Not shipped (tsconfig excludes test-utils).

const liveSelector =
  '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"], output';

/** The live regions inside `root`, outermost only (a region's own live children are its text). */
export function liveRegions(root: ParentNode = document.body): HTMLElement[] {
  const all = [...root.querySelectorAll<HTMLElement>(liveSelector)];
  return all.filter(
    (element) => !all.some((other) => other !== element && other.contains(element)),
  );
}

/** The live regions' text, ordinary whitespace collapsed (no-break spaces kept), one entry per region that says something. */
export function liveText(root: ParentNode = document.body): string[] {
  return liveRegions(root)
    .map((element) => (element.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim())
    .filter((text) => text !== '');
}

/** How many times `needle` would be read out by the live regions. */
export function announcedTimes(root: ParentNode, needle: string): number {
  return liveText(root).join('\n').split(needle).length - 1;
}
