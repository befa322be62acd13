import type { Catalog, Money, Subscription, UsageStatus } from '@tarif/core';
import type {
  PrimaryAdmin,
  ReadOnlyReason,
  ScheduledChange,
  Viewer,
} from '../adapter/adapter-types.js';
import { useBillingStore } from '../provider/billing-context.js';
import type { BillingAccountError } from '../flow/flow-state.js';
import { usageOf } from '../flow/select-usage.js';
import { selectAccount } from '../provider/selectors.js';
import { useStoreSelector } from '../provider/use-store-selector.js';

/** Where loading the account stands. */
export type BillingAccountStatus = 'loading' | 'error' | 'ready';

/** The account as loaded: subscription, usage, viewer and what they may do. */
export interface BillingAccount {
  readonly status: BillingAccountStatus;
  /** An `AdapterError`, or a `CatalogValidationError` when the backend sent a catalog core rejects. */
  readonly error: BillingAccountError | null;
  readonly accountId: string | null;
  /** The validated catalog. */
  readonly catalog: Catalog | null;
  readonly subscription: Subscription | null;
  /**
   * How close the subscription is to its contact limit (core's `usageStatus`, the one definition
   * of "near the limit"); null until loaded. It only reports: nothing changes near a limit.
   */
  readonly usage: UsageStatus | null;
  readonly scheduled: ScheduledChange | null;
  readonly balance: Money | null;
  readonly viewer: Viewer | null;
  readonly primaryAdmin: PrimaryAdmin | null;
  readonly canManageBilling: boolean;
  /** Why the viewer can look but not buy; null when they can buy (or nothing is loaded). */
  readonly readOnlyReason: ReadOnlyReason | null;
  /** Loads the account again (e.g. after an error). */
  readonly reload: () => Promise<void>;
}

/** The account as loaded through the adapter. */
export function useBillingAccount(): BillingAccount {
  const store = useBillingStore('useBillingAccount');
  const account = useStoreSelector(store, selectAccount);
  const snapshot = account.status === 'ready' ? account.snapshot : null;
  const viewer = snapshot?.viewer ?? null;
  const catalog = account.catalog;
  return {
    status: account.status,
    error: account.error,
    accountId: snapshot?.accountId ?? null,
    catalog,
    subscription: snapshot?.subscription ?? null,
    usage: usageOf(account),
    scheduled: snapshot?.scheduled ?? null,
    balance: snapshot?.balance ?? null,
    viewer,
    primaryAdmin: snapshot?.primaryAdmin ?? null,
    canManageBilling: viewer?.canManageBilling ?? false,
    readOnlyReason:
      viewer && !viewer.canManageBilling ? (viewer.reason ?? 'not-primary-admin') : null,
    reload: () => store.loadAccount(),
  };
}
