import { findPlan, findProduct } from '@tarif/core';
import type { ChangePreview, Interval, Selection } from '@tarif/core';
import { useBillingStore } from '../provider/billing-context.js';
import { selectAccount, selectContactsBeyond, selectDraft } from '../provider/selectors.js';
import { useStoreSelector } from '../provider/use-store-selector.js';
import { selectionKey } from '../internal/selection-key.js';

/** A value or an updater of the previous value (TanStack's `OnChangeFn`). */
export type Updater<T> = T | ((previous: T) => T);

export interface DraftChange {
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

/**
 * The draft lives in the provider, not in this hook, so every field, the review and the
 * purchase see the same selection; any number of components may call this hook.
 */
export function useDraftChange(): DraftChange {
  const store = useBillingStore('useDraftChange');
  // The estimate follows the draft and the account, so it is read at render, memoised per draft by the store.
  const selection = useStoreSelector(store, selectDraft);
  const current = useStoreSelector(store, selectAccount).snapshot?.subscription.selection ?? null;
  const contactsBeyond = useStoreSelector(store, selectContactsBeyond);
  const update = (fn: (previous: Selection) => Selection) => store.setDraft(fn);
  return {
    selection,
    current,
    dirty:
      selection !== null &&
      current !== null &&
      (selectionKey(selection) !== selectionKey(current) || contactsBeyond),
    contactsBeyond,
    estimate: store.getEstimate().preview,
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
    reset: () => store.resetDraft(),
  };
}
