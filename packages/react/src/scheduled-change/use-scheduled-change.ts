import type { AdapterError, AdapterErrorCode } from '../adapter/adapter-error.js';
import type { ScheduledChange } from '../adapter/adapter-types.js';
import { useBillingStore } from '../provider/billing-context.js';
import type { CancelScheduledStatus } from '../flow/flow-state.js';
import { cancelBlocker } from '../flow/transition.js';
import type { CancelScheduledBlocker } from '../flow/transition.js';
import { selectAccount, selectCancelScheduled } from '../provider/selectors.js';
import { useStoreSelector } from '../provider/use-store-selector.js';
import { useMessages } from '../i18n/use-messages.js';
import { errorMessageKey } from '../i18n/error-message-key.js';

export type { CancelScheduledBlocker, CancelScheduledStatus };

/** The change waiting for the renewal, and cancelling it. */
export interface ScheduledChangeState {
  /** The change waiting for the renewal; null when nothing is scheduled or nothing is loaded. */
  readonly scheduled: ScheduledChange | null;
  /** The day it takes effect, in the provider's locale and time zone (« 1er avril 2026 »). */
  readonly effectiveDateText: string | null;
  /** True when a cancel would reach the adapter. */
  readonly canCancel: boolean;
  /**
   * Why cancelling is refused locally: 'read-only' for a viewer who is not the primary admin
   * (the reason `usePurchase` gives), 'nothing-scheduled', or 'not-ready'. Null while a cancel
   * is in flight.
   */
  readonly disabledReason: CancelScheduledBlocker | null;
  readonly disabledText: string | null;
  /** 'cancelling' while the adapter call is in flight; back to 'idle' once the change is gone. */
  readonly status: CancelScheduledStatus;
  readonly error: AdapterError | null;
  readonly failureReason: AdapterErrorCode | null;
  /** Why the last cancel failed, from the catalogs (`error.<code>`); null unless it failed. */
  readonly failureText: string | null;
  /**
   * Drops the scheduled change through the adapter, then shows the account without it. Calls
   * while one is in flight share it; after a failure, calling it again retries (the backend
   * answers the same whether or not the first attempt reached it).
   */
  readonly cancel: () => Promise<void>;
  /** Forgets a failed cancel, e.g. when the user keeps the change. */
  readonly reset: () => void;
}

/** The change waiting for the renewal (fewer seats, a lower contact limit...) and its cancel. */
export function useScheduledChange(): ScheduledChangeState {
  const store = useBillingStore('useScheduledChange');
  const account = useStoreSelector(store, selectAccount);
  const cancelState = useStoreSelector(store, selectCancelScheduled);
  const { t, formatDate } = useMessages();
  const scheduled = (account.status === 'ready' && account.snapshot?.scheduled) || null;
  const cancelling = cancelState.status === 'cancelling';
  const disabledReason = cancelling ? null : cancelBlocker(store.getState());
  const error = cancelState.error;
  return {
    scheduled,
    effectiveDateText: scheduled && formatDate(scheduled.effectiveAt),
    canCancel: disabledReason === null && !cancelling,
    disabledReason,
    disabledText:
      disabledReason &&
      t(
        disabledReason === 'nothing-scheduled'
          ? 'scheduled.nothing'
          : `purchase.disabled.${disabledReason}`,
      ),
    status: cancelState.status,
    error,
    failureReason: error?.code ?? null,
    failureText: error && t(errorMessageKey(error.code)),
    cancel: () => store.cancelScheduledChange(),
    reset: () => store.send({ type: 'CANCEL_RESET' }),
  };
}
