import { findProduct, planRank } from '@tarif/core';
import type { Catalog, Selection } from '@tarif/core';
import type { PlanTier, YearlySaving } from '../fields/use-plan-tier-field.js';
import { safeQuote } from './safe-pricing.js';

/**
 * The tiers of `selection`'s product, each priced at its contacts, seats and interval (add-ons
 * left out) and compared with the subscription's `current` selection, plus the yearly saving of
 * `selection`. The tier picker passes the draft; the subscription's offer passes `current` twice.
 */
export function describeTiers(
  catalog: Catalog | null,
  current: Selection | null,
  selection: Selection | null,
): { tiers: PlanTier[]; yearlySaving: YearlySaving | null } {
  if (!catalog || !selection) return { tiers: [], yearlySaving: null };
  const product = findProduct(catalog, selection.product);
  const currentPlan = current
    ? findProduct(catalog, current.product)?.plans.find((p) => p.id === current.plan)
    : undefined;
  const currentRank = current ? planRank(catalog, current.product, current.plan) : -1;

  const tiers: PlanTier[] = (product?.plans ?? []).map((plan, rank) => ({
    id: plan.id,
    name: plan.name,
    price: plan.contactSales
      ? null
      : (safeQuote(catalog, { ...selection, plan: plan.id, addOns: [] })?.total ?? null),
    contactSales: plan.contactSales === true,
    current: current?.product === product?.id && current?.plan === plan.id,
    selected: selection.plan === plan.id,
    direction:
      currentRank < 0 || rank === currentRank ? 'unchanged' : rank > currentRank ? 'up' : 'down',
    featuresLost: (currentPlan?.features ?? [])
      .filter((id) => !plan.features.includes(id))
      .map((id) => catalog.features.find((f) => f.id === id) ?? { id, name: id }),
  }));

  const monthly = safeQuote(catalog, { ...selection, interval: 'month' })?.total;
  const yearly = safeQuote(catalog, { ...selection, interval: 'year' })?.total;
  let yearlySaving: YearlySaving | null = null;
  if (monthly && yearly && monthly.amount > 0) {
    const amount = monthly.amount * 12 - yearly.amount;
    yearlySaving = {
      amount: { amount, currency: yearly.currency },
      percent: Math.round((amount / (monthly.amount * 12)) * 100),
    };
  }
  return { tiers, yearlySaving };
}
