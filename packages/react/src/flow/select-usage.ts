import { usageStatus } from '@tarif/core';
import type { Selection, UsageStatus } from '@tarif/core';
import type { AccountState } from './flow-state.js';

/**
 * How close the subscription is to its contact limit: core's `usageStatus`, the one definition of
 * "near the limit". Against the limit of `selection` when given (the draft's: raising it answers
 * the nudge), else the subscription's own. Null until the account is ready.
 */
export function usageOf(account: AccountState, selection?: Selection | null): UsageStatus | null {
  const { catalog, snapshot } = account;
  if (account.status !== 'ready' || !catalog || !snapshot) return null;
  const subscription = snapshot.subscription;
  return usageStatus(catalog, selection ? { ...subscription, selection } : subscription);
}
