import { memo } from 'react';
import { findProduct } from '@tarif/core';
import type { Catalog } from '@tarif/core';
import { useUiMessages } from '../internal/use-ui-messages.js';

/* -------------------------------------------------------------------------------------------------
 * TierFeatures: what a tier adds to the one below it, « Everything in Plus, and: … »
 * -----------------------------------------------------------------------------------------------*/

/** A tier's features that the tier below lacks, and that tier's name. */
export interface NewFeatures {
  /** The tier below's name; null for the first tier. */
  readonly base: string | null;
  readonly names: readonly string[];
}

export interface TierFeaturesProps {
  id: string;
  features: NewFeatures;
}

/** Memoised: the catalog's features do not change when a price does. */
const TierFeatures = memo(function TierFeatures({ id, features }: TierFeaturesProps) {
  const { t } = useUiMessages();
  return (
    <div id={id} className="tarif-ptp-tier-features">
      <p className="tarif-ptp-features-intro tarif-muted">
        {features.base
          ? t('ui.plans.everythingIn', { plan: features.base })
          : t('ui.plans.features')}
      </p>
      <ul data-slot="plan-tier-picker-features" className="tarif-ptp-features">
        {features.names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    </div>
  );
});

/**
 * Each tier of `productId` → its features the tier below lacks, so each card reads "everything
 * in X, plus: ...". Depends on the catalog only: computed once per catalog and product.
 */
function newFeaturesByTier(catalog: Catalog, productId: string): ReadonlyMap<string, NewFeatures> {
  const plans = findProduct(catalog, productId)?.plans ?? [];
  const byTier = new Map<string, NewFeatures>();
  plans.forEach((plan, index) => {
    const previous = plans[index - 1];
    const names = plan.features
      .filter((feature) => !previous?.features.includes(feature))
      .map((feature) => catalog.features.find((f) => f.id === feature)?.name ?? feature);
    byTier.set(plan.id, { base: previous?.name ?? null, names });
  });
  return byTier;
}

export { TierFeatures, newFeaturesByTier };
