import { memo, useCallback } from 'react';
import type { KeyboardEvent } from 'react';
import type { Interval } from '@tarif/core';
import { PriceText } from '../internal/price-text.js';
import { useUiMessages } from '../internal/use-ui-messages.js';
import { TierFeatures } from './tier-features.js';
import type { NewFeatures } from './tier-features.js';

/* -------------------------------------------------------------------------------------------------
 * TierCard: one tier as a radio, with its price, why it does not fit, and its features
 * -----------------------------------------------------------------------------------------------*/

/** What a card sends back; one stable object per picker, so it never breaks the card's memo. */
export interface TierInput {
  readonly select: (planId: string) => void;
  readonly keyDown: (planId: string, event: KeyboardEvent<HTMLElement>) => void;
  /** Lets the picker move focus to the card the arrow keys select. */
  readonly register: (planId: string, element: HTMLElement | null) => void;
}

/** Plain values only: a step of a slider changes `price` and nothing else. */
export interface TierCardProps {
  planId: string;
  /** Prefix of the card's element ids. */
  baseId: string;
  name: string;
  /** The price, formatted; null when the tier has none (contact sales, or not sold so). */
  price: string | null;
  /** The period the price is for: PriceText writes it with the tax mention in one message. */
  interval: Interval | null;
  contactSales: boolean;
  unavailableReason: string | null;
  current: boolean;
  checked: boolean;
  tabIndex: 0 | -1;
  readOnly: boolean;
  features: NewFeatures | undefined;
  /** Null when the card takes no input (a viewer who cannot buy, or the subscription shown). */
  input: TierInput | null;
}

/** Memoised: re-renders only when what it shows changes, e.g. its price after a contact step. */
const TierCard = memo(function TierCard(props: TierCardProps) {
  const {
    planId,
    baseId,
    name,
    price,
    interval,
    contactSales,
    unavailableReason,
    current,
    checked,
    tabIndex,
    readOnly,
    features,
    input,
  } = props;
  const { t } = useUiMessages();
  const ref = useCallback(
    (element: HTMLElement | null) => input?.register(planId, element),
    [input, planId],
  );
  const nameId = `${baseId}-name`;
  const priceId = `${baseId}-price`;
  const reasonId = `${baseId}-unavailable`;
  const featuresId = `${baseId}-features`;
  const hasFeatures = features !== undefined && features.names.length > 0;
  return (
    <div
      // A card with a heading, a price and a list cannot be an <input>; the ARIA radio pattern
      // (roving tabindex, arrows select) comes from usePlanTierField.
      // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role
      role="radio"
      aria-checked={checked}
      tabIndex={tabIndex}
      data-state={checked ? 'checked' : 'unchecked'}
      ref={ref}
      onClick={input ? () => input.select(planId) : undefined}
      onKeyDown={input ? (event) => input.keyDown(planId, event) : undefined}
      {...(readOnly ? { 'aria-disabled': true } : {})}
      aria-labelledby={nameId}
      // Why the account does not fit this tier leads its description, before price and features.
      aria-describedby={[
        unavailableReason ? reasonId : null,
        priceId,
        hasFeatures ? featuresId : null,
      ]
        .filter(Boolean)
        .join(' ')}
      data-slot="plan-tier-picker-tier"
      data-current={current ? '' : undefined}
      className="tarif-card tarif-ptp-tier"
    >
      <div className="tarif-ptp-tier-head">
        <span id={nameId} className="tarif-ptp-tier-name">
          {name}
        </span>
        {current && (
          <span data-slot="plan-tier-picker-current" className="tarif-badge tarif-badge--accent">
            {t('ui.plans.current')}
          </span>
        )}
        <span className="tarif-ptp-indicator" aria-hidden="true" />
      </div>
      <div className="tarif-ptp-tier-details">
        <p id={priceId} data-slot="plan-tier-picker-price" className="tarif-ptp-price">
          {price !== null ? (
            <PriceText
              amount={price}
              interval={interval}
              amountSlot="plan-tier-picker-amount"
              amountClassName="tarif-ptp-amount"
            />
          ) : (
            contactSales && <span className="tarif-ptp-sales">{t('ui.common.contactSales')}</span>
          )}
        </p>
        {unavailableReason && (
          <p
            id={reasonId}
            data-slot="plan-tier-picker-unavailable"
            className="tarif-note tarif-note--warning tarif-ptp-unavailable"
          >
            {unavailableReason}
          </p>
        )}
        {hasFeatures && <TierFeatures id={featuresId} features={features} />}
      </div>
    </div>
  );
});

export { TierCard };
