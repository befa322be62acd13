import type { ChangePreview, Selection } from '@tarif/core';
import type { BillingState } from '../flow/flow-state.js';
import { isDirty } from '../flow/select-next-step.js';
import { useBillingStore } from '../provider/billing-context.js';
import type { BillingStore } from '../provider/billing-store.js';
import { selectCurrent } from '../provider/selectors.js';
import { useStoreSelector } from '../provider/use-store-selector.js';

/** What `useDraftValue` selects from: the draft, the subscription it started from, and the estimate. */
export interface DraftState {
  /** The selection being edited, initialised from the subscription; null until the account is ready. */
  readonly selection: Selection | null;
  /** The subscription's selection, for comparison. */
  readonly current: Selection | null;
  /** True when the draft differs from the subscription. */
  readonly dirty: boolean;
  /** The contact slider sits past the last band (only sales can quote it). */
  readonly contactsBeyond: boolean;
  /** Core's preview of the draft at the provider's clock: instant, no network. */
  readonly estimate: ChangePreview | null;
}

/**
 * One value derived from the draft: the component renders again only when that value changes
 * (by `isEqual`, `Object.is` by default), e.g. `useDraftValue((draft) => draft.dirty)` for a
 * submit button that must not follow every step of a slider. The estimate is computed only
 * when the selector reads it. A selector that builds an object needs an `isEqual`.
 */
export function useDraftValue<T>(
  selector: (draft: DraftState) => T,
  isEqual?: (a: T, b: T) => boolean,
): T {
  const store = useBillingStore('useDraftValue');
  return useStoreSelector(
    store,
    (state: BillingState) => selector(draftState(store, state)),
    isEqual,
  );
}

/* -----------------------------------------------------------------------------------------------*/

/** The draft as `useDraftValue` selectors see it; `dirty` and the estimate are computed when read. */
function draftState(store: BillingStore, state: BillingState): DraftState {
  const selection = state.draft;
  const current = selectCurrent(state);
  return {
    selection,
    current,
    contactsBeyond: state.contactsBeyond,
    get dirty() {
      return isDirty(selection, current, state.contactsBeyond);
    },
    get estimate() {
      return store.getEstimate(state).preview;
    },
  };
}
