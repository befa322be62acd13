import { findPlan, findProduct } from '@tarif/core';
import type { Interval, Selection } from '@tarif/core';
import { useMemo } from 'react';
import { useBillingStore } from '../provider/billing-context.js';
import type { BillingStore } from '../provider/billing-store.js';

/** A value or an updater of the previous value (TanStack's `OnChangeFn`). */
export type Updater<T> = T | ((previous: T) => T);

/** The draft's setters. */
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

/** The draft's setters, without subscribing to it: a component that only edits the draft never renders for it. */
export function useDraftActions(): DraftActions {
  const store = useBillingStore('useDraftActions');
  return useMemo(() => draftActions(store), [store]);
}

/* -----------------------------------------------------------------------------------------------*/

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
