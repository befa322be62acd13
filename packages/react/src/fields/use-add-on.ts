import { resolvePolicy } from '@tarif/core';
import type { AddOn, Money } from '@tarif/core';
import { useBillingStore } from '../provider/billing-context.js';
import { selectAccount } from '../provider/selectors.js';
import { useStoreSelector } from '../provider/use-store-selector.js';

/** An add-on for a plan: included, on the subscription, can be added, or not allowed. */
export type AddOnState = 'included' | 'active' | 'available' | 'not-allowed';

/** One add-on as the draft's plan sees it, with add and remove. */
export interface AddOnField {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Per draft interval; null when not priced for it. */
  readonly price: Money | null;
  /** For the draft plan: included at no charge, on the subscription, can be added, or not allowed. */
  readonly state: AddOnState;
  /** The draft has it. */
  readonly inDraft: boolean;
  /** Removing it goes through a change request (the default policy: data may be lost). */
  readonly removeNeedsRequest: boolean;
  readonly exists: boolean;
  /** Adds it to the draft. */
  readonly add: () => void;
  /** Takes it out of the draft; the review will then ask for a change request when the policy says so. */
  readonly remove: () => void;
}

/** One add-on of the catalog, seen from the draft plan. */
export function useAddOn(id: string): AddOnField {
  const store = useBillingStore('useAddOn');
  const { catalog, snapshot } = useStoreSelector(store, selectAccount);
  // Only the parts of the draft a card shows: its contacts or seats moving leave the card alone.
  const plan = useStoreSelector(store, (state) => state.draft?.plan ?? '');
  const interval = useStoreSelector(store, (state) => state.draft?.interval);
  const inDraft = useStoreSelector(store, (state) => state.draft?.addOns.includes(id) ?? false);
  const addOn = catalog?.addOns.find((a) => a.id === id);
  const amount = interval ? addOn?.price[interval] : undefined;
  const onSubscription = snapshot?.subscription.selection.addOns.includes(id) ?? false;
  const addOnState = addOnStateFor(addOn, plan, onSubscription);
  return {
    id,
    name: addOn?.name ?? id,
    description: addOn?.description ?? '',
    price: catalog && amount !== undefined ? { amount, currency: catalog.currency } : null,
    state: addOnState,
    inDraft,
    removeNeedsRequest: catalog ? resolvePolicy(catalog).addOnRemove === 'request' : true,
    exists: addOn !== undefined,
    add: () => {
      if (addOnState === 'not-allowed' || addOnState === 'included') return;
      store.setDraft((previous) =>
        previous.addOns.includes(id) ? previous : { ...previous, addOns: [...previous.addOns, id] },
      );
    },
    remove: () =>
      store.setDraft((previous) =>
        previous.addOns.includes(id)
          ? { ...previous, addOns: previous.addOns.filter((a) => a !== id) }
          : previous,
      ),
  };
}

/** Where an add-on stands for a plan: included in it, on the subscription, can be added, or not allowed. */
export function addOnStateFor(
  addOn: AddOn | undefined,
  plan: string,
  onSubscription: boolean,
): AddOnState {
  if (!addOn) return 'not-allowed';
  if (addOn.includedIn?.includes(plan)) return 'included';
  if (!addOn.plans.includes(plan)) return 'not-allowed';
  return onSubscription ? 'active' : 'available';
}
