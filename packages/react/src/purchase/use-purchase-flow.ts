import { useMemo } from 'react';
import type { BillingState, FlowStatus, PreviewPhase } from '../flow/flow-state.js';
import { isReviewOpen } from '../flow/select-review.js';
import { isReviewing } from '../flow/transition.js';
import { useBillingStore } from '../provider/billing-context.js';
import { selectFlowStatus } from '../provider/selectors.js';
import { useStoreSelector } from '../provider/use-store-selector.js';

export type { FlowStatus, PreviewPhase };

/** Where the purchase flow stands, and the moves between its screens. */
export interface PurchaseFlow {
  /**
   * 'loading' (no account yet), 'editing' or 'read-only' (at rest), 'reviewing', 'committing',
   * 'failed' (the commit; the review stays open), 'done', or 'requesting' (the change-request form).
   */
  readonly status: FlowStatus;
  /** The review (or its success) shows: reviewing, committing, failed or done. */
  readonly reviewOpen: boolean;
  /** While reviewing (or after a failed commit): where the server's price stands; else null. */
  readonly previewPhase: PreviewPhase | null;
  /** Opens the review of the draft: from editing, read-only (to look, not buy) or the request form. */
  readonly review: () => void;
  /** Opens the change-request form; refused for a read-only viewer and while a commit runs. */
  readonly requestChange: () => void;
  /** Leaves the review or the request form for editing (or read-only); refused while a commit runs. */
  readonly close: () => void;
}

/**
 * The purchase flow as a whole: which screen to show (editing, the review, the request form, the
 * success) and the events that move between them. `useReview`, `usePurchase` and
 * `useChangeRequest` give what each screen shows.
 */
export function usePurchaseFlow(): PurchaseFlow {
  const store = useBillingStore('usePurchaseFlow');
  const status = useStoreSelector(store, selectFlowStatus);
  const previewPhase = useStoreSelector(store, selectPreviewPhase);
  const moves = useMemo(
    () => ({
      review: () => store.send({ type: 'REVIEW' }),
      requestChange: () => store.send({ type: 'REQUEST' }),
      close: () => store.send({ type: 'CLOSE' }),
    }),
    [store],
  );
  return { status, reviewOpen: isReviewOpen(status), previewPhase, ...moves };
}

const selectPreviewPhase = ({ flow }: BillingState) =>
  isReviewing(flow) ? flow.review.phase : null;
