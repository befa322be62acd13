import { previewChange } from '@tarif/core';
import type { ChangePreview } from '@tarif/core';
import type { BillingState } from './flow-state.js';

/** Core's local preview of the draft, or why it could not be made. */
export interface EstimateResult {
  readonly preview: ChangePreview | null;
  readonly error: unknown;
}

const noEstimate: EstimateResult = { preview: null, error: null };

/** Core's preview of the draft against the subscription at `at`: instant, no network. */
export function estimateDraft(state: BillingState, at: Date): EstimateResult {
  const { draft, account } = state;
  if (!draft || !account.snapshot || !account.catalog) return noEstimate;
  try {
    const preview = previewChange({
      catalog: account.catalog,
      subscription: account.snapshot.subscription,
      desired: draft,
      at,
    });
    return { preview, error: null };
  } catch (error) {
    return { preview: null, error };
  }
}

/**
 * `estimateDraft`, computed once per draft, subscription and catalog: every hook reads it at
 * render, and a slider step must price the draft once, not once per widget. The clock is read
 * when an input changes.
 */
export function createEstimateSelector(now: () => Date): (state: BillingState) => EstimateResult {
  let memo: { state: BillingState; value: EstimateResult } | null = null;
  return (state) => {
    const last = memo?.state;
    if (
      memo &&
      last?.draft === state.draft &&
      last.account.snapshot === state.account.snapshot &&
      last.account.catalog === state.account.catalog
    )
      return memo.value;
    memo = { state, value: estimateDraft(state, now()) };
    return memo.value;
  };
}
