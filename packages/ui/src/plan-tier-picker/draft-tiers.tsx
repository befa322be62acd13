import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Catalog, Interval } from '@tarif/core';
import { usePlanTierField } from '@tarif/react';
import type { PlanTier } from '@tarif/react';
import type { TierInput } from './tier-card.js';
import { TierChoices } from './tier-choices.js';

/* -------------------------------------------------------------------------------------------------
 * DraftTiers: the picker's cards for the draft being edited; the only part of the picker that
 * follows every change of the draft
 * -----------------------------------------------------------------------------------------------*/

export interface DraftTiersProps {
  catalog: Catalog;
  product: string;
  id: string;
  showIntervalSwitch: boolean;
  readOnly: boolean;
  onRequestChange: (() => void) | undefined;
}

function DraftTiers({
  catalog,
  product,
  id,
  showIntervalSwitch,
  readOnly,
  onRequestChange,
}: DraftTiersProps) {
  const field = usePlanTierField();
  // The hook's handlers are new on every render; the cards get stable ones that call the latest,
  // so a contact step re-renders a card only when its formatted price changes.
  const latest = useRef(field);
  useLayoutEffect(() => {
    latest.current = field;
  });
  const input = useMemo<TierInput>(
    () => ({
      select: (planId) => latest.current.setPlan(planId),
      keyDown: (planId, event) => latest.current.getRadioProps(planId).onKeyDown(event),
      register: (planId, element) => latest.current.getRadioProps(planId).ref(element),
    }),
    [],
  );
  const onIntervalChange = useMemo(
    () => (interval: Interval) => latest.current.setInterval(interval),
    [],
  );
  const radioState = (tier: PlanTier) => {
    const radio = field.getRadioProps(tier.id);
    return { checked: radio['aria-checked'], tabIndex: radio.tabIndex };
  };
  return (
    <TierChoices
      view={field}
      catalog={catalog}
      product={product}
      id={id}
      showIntervalSwitch={showIntervalSwitch}
      radioState={radioState}
      input={input}
      onIntervalChange={onIntervalChange}
      readOnly={readOnly}
      inert={readOnly}
      onRequestChange={onRequestChange}
    />
  );
}

export { DraftTiers };
