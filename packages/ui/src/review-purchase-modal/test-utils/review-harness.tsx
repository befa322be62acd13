// Browser-test harness for the review's tests (not shipped: tsconfig excludes test-utils): a
// button that drafts five seats and opens the review, the seat count as the account has it, and
// the modal.
import { useBillingAccount, useDraftChange, useReview } from '@tarif/react';
import { useUiMessages } from '../../internal/use-ui-messages.js';
import { ReviewPurchaseModal } from '../review-purchase-modal.js';

export function ReviewHarness() {
  const draft = useDraftChange();
  const review = useReview();
  const account = useBillingAccount();
  const { t } = useUiMessages();
  return (
    <>
      <output data-testid="seats">{account.subscription?.selection.seats}</output>
      <button
        type="button"
        disabled={draft.selection === null}
        onClick={() => {
          draft.setSelection((previous) => ({ ...previous, seats: 5 }));
          review.open();
        }}
      >
        {t('ui.review.title')}
      </button>
      <ReviewPurchaseModal />
    </>
  );
}
