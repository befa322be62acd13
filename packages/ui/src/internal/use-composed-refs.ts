import { useCallback } from 'react';
import type { Ref, RefCallback } from 'react';

/** Sets every ref it is given to the same node, so a widget can keep its own ref and forward the host's. */
export function setRefs<T>(node: T | null, refs: ReadonlyArray<Ref<T> | undefined>): void {
  for (const ref of refs) {
    if (typeof ref === 'function') ref(node);
    else if (ref) (ref as { current: T | null }).current = node;
  }
}

/** One callback ref that feeds all `refs`; stable while the refs are. */
export function useComposedRefs<T>(...refs: ReadonlyArray<Ref<T> | undefined>): RefCallback<T> {
  // The refs themselves are the dependencies (a spread list the linter cannot check).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useCallback((node: T | null) => setRefs(node, refs), refs);
}
