import { findProduct } from '@tarif/core';
import type { Catalog, Interval, Money, Product, Subscription } from '@tarif/core';
import { useMemo } from 'react';
import { addOnStateFor } from '../fields/use-add-on.js';
import type { AddOnState } from '../fields/use-add-on.js';
import type { PlanTier, YearlySaving } from '../fields/use-plan-tier-field.js';
import { describeTiers } from '../internal/describe-tiers.js';
import type { Translate } from '../i18n/translate.js';
import { useMessages } from '../i18n/use-messages.js';
import { safeQuote } from '../internal/safe-pricing.js';
import { useBillingAccount } from './use-billing-account.js';

/** An add-on as the subscription (not the draft) sees it. */
export interface SubscriptionAddOn {
  /** For the subscription's plan: included, on the subscription, can be added, or not allowed. */
  readonly state: AddOnState;
  /** Per the subscription's interval; null when not priced for it. */
  readonly price: Money | null;
}

/** What the subscription as it stands is offered: tiers, yearly saving, total, add-ons. */
export interface SubscriptionOffer {
  /** The subscription's product tiers, priced at its contacts, seats and interval (add-ons left out); its own plan is current and selected. */
  readonly tiers: readonly PlanTier[];
  readonly interval: Interval | null;
  /** Saving of yearly over monthly billing for the subscription; null when either price is missing. */
  readonly yearlySaving: YearlySaving | null;
  /** The subscription's recurring price, add-ons included; null when its selection no longer prices. */
  readonly total: Money | null;
  /** An add-on as the subscription's plan and interval see it. */
  readonly addOn: (id: string) => SubscriptionAddOn;
  /** The bundle that contains the subscription's product, to offer; null when there is none or the account is on a bundle. */
  readonly bundle: Product | null;
}

/**
 * What the subscription as it stands is offered, in the shapes `usePlanTierField` and `useAddOn`
 * give for the draft: for an overview that must keep showing the subscription while another
 * widget edits the draft (a tier card behind the contacts dialog keeps its current price).
 */
export function useSubscriptionOffer(): SubscriptionOffer {
  const { catalog, subscription } = useBillingAccount();
  const { t } = useMessages();
  return useMemo(() => describeOffer(catalog, subscription, t), [catalog, subscription, t]);
}

function describeOffer(
  catalog: Catalog | null,
  subscription: Subscription | null,
  t: Translate,
): SubscriptionOffer {
  const current = subscription?.selection ?? null;
  if (!catalog || !subscription || !current)
    return {
      tiers: [],
      interval: null,
      yearlySaving: null,
      total: null,
      addOn: () => ({ state: 'not-allowed', price: null }),
      bundle: null,
    };
  return {
    ...describeTiers(catalog, current, current, subscription.seatsInUse, t),
    interval: current.interval,
    total: safeQuote(catalog, current)?.total ?? null,
    addOn: (id) => {
      const addOn = catalog.addOns.find((candidate) => candidate.id === id);
      const amount = addOn?.price[current.interval];
      return {
        state: addOnStateFor(addOn, current.plan, current.addOns.includes(id)),
        price: amount !== undefined ? { amount, currency: catalog.currency } : null,
      };
    },
    bundle: bundleFor(catalog, current.product),
  };
}

/** The bundle whose products include `productId`, unless `productId` is a bundle itself. */
function bundleFor(catalog: Catalog, productId: string): Product | null {
  const product = findProduct(catalog, productId);
  if (!product || product.bundleOf) return null;
  return catalog.products.find((candidate) => candidate.bundleOf?.includes(productId)) ?? null;
}
