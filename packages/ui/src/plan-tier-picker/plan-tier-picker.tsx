import { forwardRef, useId } from 'react';
import type { ComponentPropsWithoutRef } from 'react';
import { findPlan } from '@tarif/core';
import type { Catalog, Interval } from '@tarif/core';
import { usePlanTierField, useSubscriptionOffer } from '@tarif/react';
import type { PlanTier, YearlySaving } from '@tarif/react';
import { cx } from '../internal/cx.js';
import { PriceText } from '../internal/price-text.js';
import { Skeleton } from '../internal/skeleton.js';
import { loadingRootProps } from '../internal/widget-loading.js';
import { useFieldWidget } from '../internal/use-field-widget.js';
import { DowngradeNote } from './downgrade-note.js';
import { IntervalSwitch } from './interval-switch.js';

/* -------------------------------------------------------------------------------------------------
 * PlanTierPicker
 * -----------------------------------------------------------------------------------------------*/

const NAME = 'PlanTierPicker';

const tierBlock = { blockSize: 200 };

/** What the picker shows and offers, over its root's attributes. */
export interface PlanTierPickerProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Shows the monthly / yearly switch above the tiers. Default true. */
  showIntervalSwitch?: boolean;
  /**
   * Called from the button shown when the chosen tier is lower than the current one (a downgrade
   * goes through a change request). Without it, the note is text only.
   */
  onRequestChange?: () => void;
  /**
   * What the cards show: the draft being edited (default), or the subscription as it stands, for
   * a picker left on screen while another widget edits the draft. Showing the subscription, the
   * picker takes no input.
   */
  source?: 'draft' | 'subscription';
}

/**
 * The plan tiers of the draft's product as one radio group (arrows move and select, Space
 * selects), each with its price for the draft's contacts, seats and interval, plus the billing
 * interval switch with the yearly saving.
 */
const PlanTierPicker = forwardRef<HTMLDivElement, PlanTierPickerProps>(
  function PlanTierPicker(props, forwardedRef) {
    const {
      showIntervalSwitch = true,
      onRequestChange,
      source = 'draft',
      className,
      ...rootProps
    } = props;
    const field = usePlanTierField();
    const offer = useSubscriptionOffer();
    const { account, messages, readOnly, readOnlyNotice, draftPlan } = useFieldWidget();
    const { t, formatMoney } = messages;
    const id = useId();

    if (account.status !== 'ready' || !account.catalog || field.tiers.length === 0) {
      return (
        <div
          ref={forwardedRef}
          {...loadingRootProps('plan-tier-picker')}
          className={cx('tarif tarif-ptp', className)}
          {...rootProps}
        >
          <div className="tarif-ptp-tiers">
            <Skeleton label={t('ui.common.loading')} blocks={[tierBlock, tierBlock, tierBlock]} />
          </div>
        </div>
      );
    }

    const catalog = account.catalog;
    const fromSubscription = source === 'subscription';
    // Prices and choices come from the hooks either way: the draft's, or the subscription's.
    const view: PickerView = fromSubscription ? offer : field;
    const product =
      (fromSubscription ? account.subscription?.selection.product : draftPlan?.product) ?? '';
    const inert = readOnly || fromSubscription;
    const selected = view.tiers.find((tier) => tier.selected);

    return (
      <div
        ref={forwardedRef}
        data-slot="plan-tier-picker"
        className={cx('tarif tarif-ptp', className)}
        {...rootProps}
      >
        {showIntervalSwitch && field.intervals.length > 1 && view.interval && (
          <IntervalSwitch
            field={field}
            view={view}
            readOnly={inert}
            messages={messages}
            name={`${id}-interval`}
          />
        )}

        <div
          {...field.getRadioGroupProps()}
          aria-label={t('ui.plans.label')}
          aria-disabled={readOnly ? true : undefined}
          data-slot="plan-tier-picker-tiers"
          className="tarif-ptp-tiers"
        >
          {view.tiers.map((tier, index) => {
            const radio = field.getRadioProps(tier.id);
            const nameId = `${id}-${tier.id}-name`;
            const priceId = `${id}-${tier.id}-price`;
            const reasonId = `${id}-${tier.id}-unavailable`;
            const featuresId = `${id}-${tier.id}-features`;
            const previous = view.tiers[index - 1];
            const features = newFeatures(catalog, product, tier.id, previous?.id);
            return (
              <div
                key={tier.id}
                {...radio}
                {...(fromSubscription
                  ? {
                      'aria-checked': tier.selected,
                      tabIndex: tier.selected ? 0 : -1,
                      'data-state': tier.selected ? 'checked' : 'unchecked',
                    }
                  : {})}
                {...(inert ? { onClick: undefined, onKeyDown: undefined } : {})}
                {...(readOnly ? { 'aria-disabled': true } : {})}
                aria-labelledby={nameId}
                // Why the account does not fit this tier leads its description, before price and features.
                aria-describedby={[
                  tier.unavailableReason ? reasonId : null,
                  priceId,
                  features.names.length > 0 ? featuresId : null,
                ]
                  .filter(Boolean)
                  .join(' ')}
                data-slot="plan-tier-picker-tier"
                data-current={tier.current ? '' : undefined}
                className="tarif-card tarif-ptp-tier"
              >
                <div className="tarif-ptp-tier-head">
                  <span id={nameId} className="tarif-ptp-tier-name">
                    {tier.name}
                  </span>
                  {tier.current && (
                    <span
                      data-slot="plan-tier-picker-current"
                      className="tarif-badge tarif-badge--accent"
                    >
                      {t('ui.plans.current')}
                    </span>
                  )}
                  <span className="tarif-ptp-indicator" aria-hidden="true" />
                </div>
                <div className="tarif-ptp-tier-details">
                  <p id={priceId} data-slot="plan-tier-picker-price" className="tarif-ptp-price">
                    {tier.price ? (
                      <PriceText
                        amount={formatMoney(tier.price)}
                        interval={view.interval}
                        amountSlot="plan-tier-picker-amount"
                        amountClassName="tarif-ptp-amount"
                      />
                    ) : (
                      tier.contactSales && (
                        <span className="tarif-ptp-sales">{t('ui.common.contactSales')}</span>
                      )
                    )}
                  </p>
                  {tier.unavailableReason && (
                    <p
                      id={reasonId}
                      data-slot="plan-tier-picker-unavailable"
                      className="tarif-note tarif-note--warning tarif-ptp-unavailable"
                    >
                      {tier.unavailableReason}
                    </p>
                  )}
                  {features.names.length > 0 && (
                    <div id={featuresId} className="tarif-ptp-tier-features">
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
                  )}
                </div>
              </div>
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
        {readOnlyNotice && (
          <p data-slot="plan-tier-picker-read-only" className="tarif-note">
            {readOnlyNotice}
          </p>
        )}
      </div>
    );
  },
);
PlanTierPicker.displayName = NAME;

/* -----------------------------------------------------------------------------------------------*/

/** What the cards and the switch show, from `usePlanTierField` or `useSubscriptionOffer`. */
export interface PickerView {
  readonly tiers: readonly PlanTier[];
  readonly interval: Interval | null;
  readonly yearlySaving: YearlySaving | null;
}

/** The tier's features that the tier below lacks, so each card reads "everything in X, plus: ...". */
function newFeatures(
  catalog: Catalog,
  product: string,
  planId: string,
  previousId: string | undefined,
): { base: string | null; names: string[] } {
  const plan = findPlan(catalog, product, planId);
  const previous = previousId ? findPlan(catalog, product, previousId) : undefined;
  const ids = (plan?.features ?? []).filter((feature) => !previous?.features.includes(feature));
  const names = ids.map(
    (feature) => catalog.features.find((f) => f.id === feature)?.name ?? feature,
  );
  return { base: previous?.name ?? null, names };
}

export { PlanTierPicker };
