import type { ChangePreview } from '@tarif/core';
import type { AdapterError } from '../adapter/adapter-error.js';
import type { CommitResult, ServerPreview } from '../adapter/adapter-types.js';
import { selectionKey } from '../internal/selection-key.js';
import type { BillingState, FlowState, FlowStatus } from './flow-state.js';
import { isReviewing } from './transition.js';

/** True while the review (or its success) shows: reviewing, committing, failed or done. */
export function isReviewOpen(status: FlowStatus): boolean {
  return (
    status !== 'loading' &&
    status !== 'editing' &&
    status !== 'read-only' &&
    status !== 'requesting'
  );
}

/** The server preview, if it prices exactly the current draft (ready, or re-priced and waiting for a look). */
export function serverPreviewOf(state: BillingState): ServerPreview | null {
  const { flow, draft } = state;
  if (!draft || (!isReviewing(flow) && flow.status !== 'committing')) return null;
  const { review } = flow;
  if (review.phase !== 'ready' && review.phase !== 'price-changed') return null;
  return review.key === selectionKey(draft) ? review.preview : null;
}

/** Where the review's server price stands, for the draft as it is. */
export interface ReviewStatus {
  /** A server preview request is waiting (debounced or in flight). */
  readonly pending: boolean;
  /** Why the last preview request for this draft failed. */
  readonly error: AdapterError | null;
  /** The server re-priced at commit time; the figures are the new ones, to acknowledge first. */
  readonly priceChanged: boolean;
}

export function reviewStatusOf(flow: FlowState): ReviewStatus {
  const review = isReviewing(flow) ? flow.review : null;
  return {
    pending: review?.phase === 'estimating' && review.key !== null,
    error: review?.phase === 'failed' ? review.error : null,
    priceChanged: review?.phase === 'price-changed',
  };
}

/** Where the purchase stands, in the terms of `usePurchase`. */
export type PurchaseStatus = 'idle' | 'submitting' | 'succeeded' | 'failed';

/** The purchase as `usePurchase` shows it. */
export interface PurchaseView {
  readonly status: PurchaseStatus;
  readonly error: AdapterError | null;
  readonly result: CommitResult | null;
  /** While submitting: the customer is at their bank's step (3-D Secure). */
  readonly authenticating: boolean;
}

export function purchaseOf(flow: FlowState): PurchaseView {
  switch (flow.status) {
    case 'committing':
      return {
        status: 'submitting',
        error: null,
        result: null,
        authenticating: flow.authenticating === true,
      };
    case 'done':
      return { status: 'succeeded', error: null, result: flow.result, authenticating: false };
    case 'failed':
      return { status: 'failed', error: flow.error, result: null, authenticating: false };
    case 'reviewing':
      // A price-changed answer is a failed commit whose new figures wait for a look.
      if (flow.review.phase === 'price-changed')
        return { status: 'failed', error: flow.review.error, result: null, authenticating: false };
  }
  return { status: 'idle', error: null, result: null, authenticating: false };
}

/** Why a commit is refused before any network call. */
export type ConfirmBlocker =
  'not-ready' | 'read-only' | 'estimate' | 'blocked' | 'no-change' | 'request' | 'price-changed';

/**
 * Why confirming would not reach the backend, or null when it would: a commit needs a viewer who
 * can buy and the server's price for this exact draft, self-serve and looked at.
 */
export function confirmBlockerOf(
  state: BillingState,
  estimate: ChangePreview | null,
): ConfirmBlocker | null {
  const { account, draft, flow } = state;
  if (account.status !== 'ready' || !account.snapshot) return 'not-ready';
  if (!account.snapshot.viewer.canManageBilling) return 'read-only';
  if (flow.status === 'reviewing' && flow.review.phase === 'price-changed') return 'price-changed';
  const server = serverPreviewOf(state);
  if (!server) {
    const unchanged =
      draft !== null &&
      selectionKey(draft) === selectionKey(account.snapshot.subscription.selection);
    return estimate?.mode === 'none' || unchanged ? 'no-change' : 'estimate';
  }
  switch (server.preview.mode) {
    case 'purchase':
    case 'scheduled':
      return null;
    case 'none':
      return 'no-change';
    default:
      return server.preview.mode;
  }
}
