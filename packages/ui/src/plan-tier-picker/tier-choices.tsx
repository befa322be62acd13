import { useMemo } from 'react';
import type { Catalog, Interval } from '@tarif/core';
import type { PlanTier, YearlySaving } from '@tarif/react';
import { useUiMessages } from '../internal/use-ui-messages.js';
import { DowngradeNote } from './downgrade-note.js';
import { IntervalSwitch } from './interval-switch.js';
import { TierCard } from './tier-card.js';
import type { TierInput } from './tier-card.js';
import { newFeaturesByTier } from './tier-features.js';

/* -------------------------------------------------------------------------------------------------
 * TierChoices: the interval switch, the tier cards and the notes under them, for one source
 * (the draft's tiers, or the subscription's)
 * -----------------------------------------------------------------------------------------------*/

/** What the cards and the switch show, from `usePlanTierField` or `useSubscriptionOffer`. */
export interface PickerView {
  readonly tiers: readonly PlanTier[];
  readonly interval: Interval | null;
  readonly yearlySaving: YearlySaving | null;
}

export interface TierChoicesProps {
  view: PickerView;
  catalog: Catalog;
  product: string;
  /** Prefix of the element ids (the picker's `useId`). */
  id: string;
  showIntervalSwitch: boolean;
  /** A card's radio state: checked, and whether it holds the tab stop. */
  radioState: (tier: PlanTier) => { checked: boolean; tabIndex: 0 | -1 };
  /** Stable; null when the cards take no input. */
  input: TierInput | null;
  /** Stable; the switch is disabled when `inert`. */
  onIntervalChange: (interval: Interval) => void;
  readOnly: boolean;
  /** No input at all: a viewer who cannot buy, or the subscription shown. */
  inert: boolean;
  onRequestChange: (() => void) | undefined;
}

function TierChoices(props: TierChoicesProps) {
  const {
    view,
    catalog,
    product,
    id,
    showIntervalSwitch,
    radioState,
    input,
    onIntervalChange,
    readOnly,
    inert,
    onRequestChange,
  } = props;
  const messages = useUiMessages();
  const { t, formatMoney } = messages;
  const features = useMemo(() => newFeaturesByTier(catalog, product), [catalog, product]);
  const selected = view.tiers.find((tier) => tier.selected);
  const saving = view.yearlySaving;

  return (
    <>
      {showIntervalSwitch && catalog.intervals.length > 1 && view.interval && (
        <IntervalSwitch
          intervals={catalog.intervals}
          value={view.interval}
          saving={saving && saving.amount.amount > 0 ? formatMoney(saving.amount) : null}
          readOnly={inert}
          onValueChange={onIntervalChange}
          name={`${id}-interval`}
        />
      )}

      <div
        role="radiogroup"
        aria-label={t('plans.label')}
        aria-disabled={readOnly ? true : undefined}
        data-slot="plan-tier-picker-tiers"
        className="tarif-ptp-tiers"
      >
        {view.tiers.map((tier) => {
          const { checked, tabIndex } = radioState(tier);
          return (
            <TierCard
              key={tier.id}
              planId={tier.id}
              baseId={`${id}-${tier.id}`}
              name={tier.name}
              price={tier.price ? formatMoney(tier.price) : null}
              interval={view.interval}
              contactSales={tier.contactSales}
              unavailableReason={tier.unavailableReason}
              current={tier.current}
              checked={checked}
              tabIndex={tabIndex}
              readOnly={readOnly}
              features={features.get(tier.id)}
              input={inert ? null : input}
            />
          );
        })}
      </div>

      {selected && selected.direction === 'down' && (
        <DowngradeNote
          tier={selected}
          messages={messages}
          readOnly={readOnly}
          onRequestChange={onRequestChange}
        />
      )}
      {selected && selected.contactSales && !selected.current && (
        <p data-slot="plan-tier-picker-sales-note" className="tarif-note tarif-note--info">
          {t('ui.plans.contactSalesNote')}
        </p>
      )}
    </>
  );
}

export { TierChoices };
