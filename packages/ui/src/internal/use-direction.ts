import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * The writing direction the element is laid out in. Radix reads direction from a prop or its own
 * provider, not from the DOM, so widgets on Radix ask the DOM and pass it on: a host that sets
 * `dir="rtl"` on any ancestor gets a mirrored slider without extra wiring.
 */
export function useDirection(ref: RefObject<HTMLElement | null>, explicit?: 'ltr' | 'rtl'): 'ltr' | 'rtl' {
  const [dir, setDir] = useState<'ltr' | 'rtl'>(explicit ?? 'ltr');
  useLayoutEffect(() => {
    if (explicit) return setDir(explicit);
    const node = ref.current;
    if (node) setDir(getComputedStyle(node).direction === 'rtl' ? 'rtl' : 'ltr');
  });
  return explicit ?? dir;
}
