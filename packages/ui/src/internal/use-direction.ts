import { useCallback, useState } from 'react';
import type { RefCallback } from 'react';

/**
 * The writing direction an element is laid out in, read when it mounts. The slider's keys and
 * pointer maths need it as a value (CSS alone mirrors only the drawing), so widgets ask the DOM:
 * a host that sets `dir="rtl"` on any ancestor gets a mirrored slider without extra wiring.
 */
export function useDirection(explicit?: 'ltr' | 'rtl'): ['ltr' | 'rtl', RefCallback<HTMLElement>] {
  const [dir, setDir] = useState<'ltr' | 'rtl'>('ltr');
  const measure = useCallback((node: HTMLElement | null) => {
    if (node) setDir(getComputedStyle(node).direction === 'rtl' ? 'rtl' : 'ltr');
  }, []);
  return [explicit ?? dir, measure];
}
