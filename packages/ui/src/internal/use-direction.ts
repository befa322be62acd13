import { useCallback, useState } from 'react';
import type { RefCallback } from 'react';

/**
 * The writing direction an element is laid out in, read when it mounts. Radix reads direction
 * from a prop or its own provider, not from the DOM, so widgets on Radix ask the DOM and pass it
 * on: a host that sets `dir="rtl"` on any ancestor gets a mirrored slider without extra wiring.
 */
export function useDirection(explicit?: 'ltr' | 'rtl'): ['ltr' | 'rtl', RefCallback<HTMLElement>] {
  const [dir, setDir] = useState<'ltr' | 'rtl'>('ltr');
  const measure = useCallback((node: HTMLElement | null) => {
    if (node) setDir(getComputedStyle(node).direction === 'rtl' ? 'rtl' : 'ltr');
  }, []);
  return [explicit ?? dir, measure];
}
