import type { Catalog } from '@tarif/core';
import { useSubscriptionOffer } from '@tarif/react';
import type { PlanTier } from '@tarif/react';
import { TierChoices } from './tier-choices.js';

/* -------------------------------------------------------------------------------------------------
 * SubscriptionTiers: the picker's cards for the subscription as it stands, left on screen while
 * another widget edits the draft. It reads no draft, so a step of that widget renders none of it.
 * -----------------------------------------------------------------------------------------------*/

export interface SubscriptionTiersProps {
  catalog: Catalog;
  product: string;
  id: string;
  showIntervalSwitch: boolean;
  readOnly: boolean;
  onRequestChange: (() => void) | undefined;
}

function SubscriptionTiers({
  catalog,
  product,
  id,
  showIntervalSwitch,
  readOnly,
  onRequestChange,
}: SubscriptionTiersProps) {
  const offer = useSubscriptionOffer();
  return (
    <TierChoices
      view={offer}
      catalog={catalog}
      product={product}
      id={id}
      showIntervalSwitch={showIntervalSwitch}
      radioState={subscriptionRadio}
      input={null}
      onIntervalChange={ignore}
      readOnly={readOnly}
      inert
      onRequestChange={onRequestChange}
    />
  );
}

/** The subscription's own tier is checked and holds the tab stop. */
const subscriptionRadio = (tier: PlanTier) => ({
  checked: tier.selected,
  tabIndex: tier.selected ? (0 as const) : (-1 as const),
});

/** The switch is disabled while it shows the subscription. */
const ignore = () => {};

export { SubscriptionTiers };
