import type { BillingPageEventMap } from './types.js';

type Detail<K extends keyof BillingPageEventMap> =
  BillingPageEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Fires one of the page's events on the host element: bubbling and composed, so a listener on
 * the document (or outside a shadow root the element sits in) hears it. */
export function dispatch<K extends keyof BillingPageEventMap>(
  target: EventTarget,
  type: K,
  detail: Detail<K>,
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
