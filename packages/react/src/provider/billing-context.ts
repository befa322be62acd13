import { createContext, useContext } from 'react';
import type { BillingStore } from './billing-store.js';
import type { MessagesValue } from '../i18n/locale-context.js';

export const BillingStoreContext = createContext<BillingStore | null>(null);
export const MessagesContext = createContext<MessagesValue | null>(null);

/** The provider's store; hooks outside a `BillingProvider` are a programming error, so say so clearly. */
export function useBillingStore(hookName: string): BillingStore {
  const store = useContext(BillingStoreContext);
  if (!store) throw new Error(`${hookName} must be used inside <BillingProvider>.`);
  return store;
}
