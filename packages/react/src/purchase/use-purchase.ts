import type { AdapterError, AdapterErrorCode } from '../adapter/adapter-error.js';
import type { CommitResult } from '../adapter/adapter-types.js';
import { confirmBlockerOf, purchaseOf } from '../flow/select-review.js';
import type { ConfirmBlocker, PurchaseStatus } from '../flow/select-review.js';
import { useBillingStore } from '../provider/billing-context.js';
import { selectFlow } from '../provider/selectors.js';
import { useStoreSelector } from '../provider/use-store-selector.js';
import { useMessages } from '../i18n/use-messages.js';
import { errorMessageKey } from '../i18n/error-message-key.js';

export type { ConfirmBlocker, PurchaseStatus };

/** Props for the confirm button. */
export interface ConfirmButtonProps {
  readonly type: 'button';
  /** aria-disabled rather than disabled, so the button stays focusable and its reason readable. */
  readonly 'aria-disabled': boolean;
  readonly 'aria-busy': boolean;
  readonly onClick: () => void;
}

/** The commit of the reviewed change: its status, why it waits, and confirm. */
export interface Purchase {
  readonly status: PurchaseStatus;
  readonly error: AdapterError | null;
  readonly failureReason: AdapterErrorCode | null;
  readonly failureText: string | null;
  readonly result: CommitResult | null;
  /**
   * While submitting: the payment needs the customer's authentication and the adapter handed it to
   * their bank's step (`adapter.handleNextAction`); `authenticatingText` says so.
   */
  readonly authenticating: boolean;
  readonly authenticatingText: string | null;
  /** True when a confirm would reach the adapter. */
  readonly canConfirm: boolean;
  /** Why confirming is refused locally (an estimate, blocked, read-only viewer...), or null. */
  readonly disabledReason: ConfirmBlocker | null;
  readonly disabledText: string | null;
  /**
   * Commits the reviewed server preview. Calls while one is in flight share it; a retry after a
   * failure sends the same idempotency key, so the backend charges at most once per preview.
   */
  readonly confirm: () => Promise<void>;
  readonly reset: () => void;
  readonly getConfirmButtonProps: () => ConfirmButtonProps;
}

/** Confirms the reviewed change exactly once. */
export function usePurchase(): Purchase {
  const store = useBillingStore('usePurchase');
  const purchase = purchaseOf(useStoreSelector(store, selectFlow));
  // The blocker follows the account, the review and the draft; as a string it changes only when the reason does.
  const blocker = useStoreSelector(store, (state) =>
    confirmBlockerOf(state, store.getEstimate(state).preview),
  );
  const { t } = useMessages();
  const submitting = purchase.status === 'submitting';
  const disabledReason = submitting ? null : blocker;
  const canConfirm = disabledReason === null && !submitting;
  const confirm = () => store.confirm();
  return {
    status: purchase.status,
    error: purchase.error,
    failureReason: purchase.error?.code ?? null,
    failureText: purchase.error ? t(errorMessageKey(purchase.error.code)) : null,
    result: purchase.result,
    authenticating: purchase.authenticating,
    authenticatingText: purchase.authenticating ? t('purchase.authenticating') : null,
    canConfirm,
    disabledReason,
    disabledText: disabledReason ? t(`purchase.disabled.${disabledReason}`) : null,
    confirm,
    reset: () => store.send({ type: 'RESET_PURCHASE' }),
    getConfirmButtonProps: () => ({
      type: 'button',
      'aria-disabled': !canConfirm,
      'aria-busy': submitting,
      onClick: () => {
        if (canConfirm) void confirm();
      },
    }),
  };
}
