import { findProduct, planRank } from '@tarif/core';
import type { Catalog, Interval, Money, Selection } from '@tarif/core';
import { useMemo } from 'react';
import type { AddOnState } from '../fields/use-add-on.js';
import type { PlanTier, YearlySaving } from '../fields/use-plan-tier-field.js';
import { safeQuote } from '../internal/safe-pricing.js';
import { useBillingAccount } from './use-billing-account.js';

export interface SubscriptionAddOn {
  /** For the subscription's plan: included, on the subscription, can be added, or not allowed. */
  readonly state: AddOnState;
  /** Per the subscription's interval; null when not priced for it. */
  readonly price: Money | null;
}

export interface SubscriptionOffer {
  /** The subscription's product tiers, priced at its contacts, seats and interval (add-ons left out); its own plan is current and selected. */
  readonly tiers: readonly PlanTier[];
  readonly interval: Interval | null;
  /** Saving of yearly over monthly billing for the subscription; null when either price is missing. */
  readonly yearlySaving: YearlySaving | null;
  /** An add-on as the subscription's plan and interval see it. */
  readonly addOn: (id: string) => SubscriptionAddOn;
}

/**
 * What the subscription as it stands is offered, in the shapes `usePlanTierField` and `useAddOn`
 * give for the draft: for an overview that must keep showing the subscription while another
 * widget edits the draft (a tier card behind the contacts dialog keeps its current price).
 */
export function useSubscriptionOffer(): SubscriptionOffer {
  const { catalog, subscription } = useBillingAccount();
  const selection = subscription?.selection ?? null;
  return useMemo(() => describeOffer(catalog, selection), [catalog, selection]);
}

function describeOffer(catalog: Catalog | null, current: Selection | null): SubscriptionOffer {
  if (!catalog || !current)
    return {
      tiers: [],
      interval: null,
      yearlySaving: null,
      addOn: () => ({ state: 'not-allowed', price: null }),
    };
  const product = findProduct(catalog, current.product);
  const currentPlan = product?.plans.find((plan) => plan.id === current.plan);
  const currentRank = planRank(catalog, current.product, current.plan);
  const tiers: PlanTier[] = (product?.plans ?? []).map((plan, rank) => ({
    id: plan.id,
    name: plan.name,
    price: plan.contactSales
      ? null
      : (safeQuote(catalog, { ...current, plan: plan.id, addOns: [] })?.total ?? null),
    contactSales: plan.contactSales === true,
    current: plan.id === current.plan,
    selected: plan.id === current.plan,
    direction:
      currentRank < 0 || rank === currentRank ? 'unchanged' : rank > currentRank ? 'up' : 'down',
    featuresLost: (currentPlan?.features ?? [])
      .filter((id) => !plan.features.includes(id))
      .map((id) => catalog.features.find((feature) => feature.id === id) ?? { id, name: id }),
  }));
  const monthly = safeQuote(catalog, { ...current, interval: 'month' })?.total;
  const yearly = safeQuote(catalog, { ...current, interval: 'year' })?.total;
  const saving =
    monthly && yearly && monthly.amount > 0 ? monthly.amount * 12 - yearly.amount : null;
  return {
    tiers,
    interval: current.interval,
    yearlySaving:
      saving !== null && monthly && yearly
        ? {
            amount: { amount: saving, currency: yearly.currency },
            percent: Math.round((saving / (monthly.amount * 12)) * 100),
          }
        : null,
    addOn: (id) => {
      const addOn = catalog.addOns.find((candidate) => candidate.id === id);
      const amount = addOn?.price[current.interval];
      const state: AddOnState = !addOn
        ? 'not-allowed'
        : addOn.includedIn?.includes(current.plan)
          ? 'included'
          : !addOn.plans.includes(current.plan)
            ? 'not-allowed'
            : current.addOns.includes(id)
              ? 'active'
              : 'available';
      return { state, price: amount !== undefined ? { amount, currency: catalog.currency } : null };
    },
  };
}
