import { useSyncExternalStore } from 'react';
import type { BillingState, BillingStore } from './billing-store.js';

/** Subscribes to the provider's store; the same snapshot serves the server render. */
export function useStoreState(store: BillingStore): BillingState {
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}
