import type { Direction } from '@tarif/core';
import { draftNextStep, isDirty, needsSales, planDirection } from '../flow/select-next-step.js';
import type { DraftNextStep } from '../flow/select-next-step.js';
import { useBillingStore } from '../provider/billing-context.js';
import { selectContactsBeyond, selectCurrent, selectDraft } from '../provider/selectors.js';
import { useStoreSelector } from '../provider/use-store-selector.js';
import { useDraftActions } from './use-draft-actions.js';
import type { DraftActions } from './use-draft-actions.js';
import type { DraftState } from './use-draft-value.js';

export type { DraftNextStep };

/** The draft, what its change calls for, and its setters. */
export interface DraftChange extends DraftState, DraftActions {
  /** Only sales can make the draft's change (a change request, a sales-only plan, more contacts than any band). */
  readonly needsSales: boolean;
  /** What the draft's change calls for: 'review', 'request' (sales), 'blocked', or null when nothing changed. */
  readonly nextStep: DraftNextStep | null;
  /** The draft's plan against the subscription's: 'up', 'down' or 'unchanged'. */
  readonly planDirection: Direction;
}

/**
 * The draft lives in the provider, not in this hook, so every field, the review and the
 * purchase see the same selection; any number of components may call this hook. It renders
 * again on every change of the draft: a component that shows only part of it should use
 * `useDraftValue`, and one that only edits it `useDraftActions`.
 */
export function useDraftChange(): DraftChange {
  const store = useBillingStore('useDraftChange');
  const selection = useStoreSelector(store, selectDraft);
  const current = useStoreSelector(store, selectCurrent);
  const contactsBeyond = useStoreSelector(store, selectContactsBeyond);
  const actions = useDraftActions();
  // Read at render, memoised per draft by the store.
  const estimate = store.getEstimate(store.getState()).preview;
  const dirty = isDirty(selection, current, contactsBeyond);
  return {
    selection,
    current,
    dirty,
    contactsBeyond,
    estimate,
    needsSales: needsSales(estimate, contactsBeyond),
    nextStep: draftNextStep(dirty, estimate, contactsBeyond),
    planDirection: planDirection(estimate),
    ...actions,
  };
}
