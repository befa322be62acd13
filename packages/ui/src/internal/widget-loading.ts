/**
 * A widget root's attributes while the account loads: its `data-slot`, as once loaded, and busy.
 * Spread on the same element the loaded widget renders, so the root stays one DOM node across
 * the load (a host's ref, and a test's handle on it, keep pointing at the widget).
 */
export function loadingRootProps(dataSlot: string) {
  return { 'data-slot': dataSlot, 'data-state': 'loading', 'aria-busy': true } as const;
}
