import { useMemo, useSyncExternalStore } from 'react';

/** What `useStoreSelector` needs of a store: `BillingStore` has it. */
export interface ExternalStore<S> {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getState: () => S;
}

/**
 * Reads one slice of an external store: the component re-renders only when the slice changes
 * (by `isEqual`, `Object.is` by default), not on every change of the store. The same snapshot
 * serves the server render. Select a slice the store keeps (`state.account`) or a primitive;
 * a selector that builds a new object needs an `isEqual` that compares its fields.
 */
export function useStoreSelector<S, T>(
  store: ExternalStore<S>,
  selector: (state: S) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  const getSelection = useMemo(
    () => memoizedSelection(store, selector, isEqual),
    [store, selector, isEqual],
  );
  return useSyncExternalStore(store.subscribe, getSelection, getSelection);
}

/**
 * `getSnapshot` for useSyncExternalStore, which must return the same value until the store
 * changes: the same state gives the same slice without running the selector again, and a
 * slice equal to the previous one is that previous one, so React sees no change.
 */
function memoizedSelection<S, T>(
  store: ExternalStore<S>,
  selector: (state: S) => T,
  isEqual: (a: T, b: T) => boolean,
): () => T {
  let memo: { state: S; value: T } | null = null;
  return () => {
    const state = store.getState();
    if (memo && Object.is(memo.state, state)) return memo.value;
    const next = selector(state);
    const value = memo && isEqual(memo.value, next) ? memo.value : next;
    memo = { state, value };
    return value;
  };
}
