import { useContext } from 'react';
import { MessagesContext } from '../provider/billing-context.js';
import type { MessagesValue } from './locale-context.js';

/** `t(key, params)` plus formatters bound to the provider's locale and time zone. */
export function useMessages(): MessagesValue {
  const value = useContext(MessagesContext);
  if (!value) throw new Error('useMessages must be used inside <BillingProvider>.');
  return value;
}
