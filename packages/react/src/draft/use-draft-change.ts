import { findPlan, findProduct } from '@tarif/core';
import type { ChangePreview, Direction, Interval, Selection } from '@tarif/core';
import { useMemo } from 'react';
import type { BillingState } from '../flow/flow-state.js';
import { draftNextStep, isDirty, needsSales, planDirection } from '../flow/select-next-step.js';
import type { DraftNextStep } from '../flow/select-next-step.js';
import { useBillingStore } from '../provider/billing-context.js';
import type { BillingStore } from '../provider/billing-store.js';
import { selectContactsBeyond, selectCurrent, selectDraft } from '../provider/selectors.js';
import { useStoreSelector } from '../provider/use-store-selector.js';

export type { DraftNextStep };

/** A value or an updater of the previous value (TanStack's `OnChangeFn`). */
export type Updater<T> = T | ((previous: T) => T);

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

export interface DraftActions {
  readonly setSelection: (next: Updater<Selection>) => void;
  /** Switches product, keeping the plan id when the new product has it, else its first plan. */
  readonly setProduct: (productId: string) => void;
  readonly setPlan: (planId: string) => void;
  readonly setInterval: (interval: Interval) => void;
  readonly setContactLimit: (contactLimit: number) => void;
  readonly setSeats: (seats: Updater<number>) => void;
  readonly setAddOns: (addOns: Updater<readonly string[]>) => void;
  readonly addAddOn: (addOnId: string) => void;
  readonly removeAddOn: (addOnId: string) => void;
  /** Back to the subscription's selection. */
  readonly reset: () => void;
}

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

/** The draft's setters, without subscribing to it: a component that only edits the draft never renders for it. */
export function useDraftActions(): DraftActions {
  const store = useBillingStore('useDraftActions');
  return useMemo(() => draftActions(store), [store]);
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

function draftActions(store: BillingStore): DraftActions {
  const update = (fn: (previous: Selection) => Selection) => store.setDraft(fn);
  return {
    setSelection: (next) => store.setDraft(next),
    setProduct: (productId) =>
      update((previous) => {
        const catalog = store.getState().account.catalog;
        const product = catalog ? findProduct(catalog, productId) : undefined;
        if (!catalog || !product) return { ...previous, product: productId };
        const plan = findPlan(catalog, productId, previous.plan) ?? product.plans[0];
        return { ...previous, product: productId, plan: plan?.id ?? previous.plan };
      }),
    setPlan: (plan) =>
      update((previous) => (previous.plan === plan ? previous : { ...previous, plan })),
    setInterval: (interval) =>
      update((previous) => (previous.interval === interval ? previous : { ...previous, interval })),
    setContactLimit: (contactLimit) =>
      update((previous) =>
        previous.contactLimit === contactLimit ? previous : { ...previous, contactLimit },
      ),
    setSeats: (seats) =>
      update((previous) => {
        const next = typeof seats === 'function' ? seats(previous.seats) : seats;
        return next === previous.seats ? previous : { ...previous, seats: next };
      }),
    setAddOns: (addOns) =>
      update((previous) => ({
        ...previous,
        addOns: typeof addOns === 'function' ? addOns(previous.addOns) : addOns,
      })),
    addAddOn: (id) =>
      update((previous) =>
        previous.addOns.includes(id) ? previous : { ...previous, addOns: [...previous.addOns, id] },
      ),
    removeAddOn: (id) =>
      update((previous) =>
        previous.addOns.includes(id)
          ? { ...previous, addOns: previous.addOns.filter((a) => a !== id) }
          : previous,
      ),
    reset: () => store.send({ type: 'DRAFT_RESET' }),
  };
}
