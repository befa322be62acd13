import { forwardRef, useId } from 'react';
import type { ComponentPropsWithoutRef } from 'react';
import { findProduct } from '@tarif/core';
import { cx } from '../internal/cx.js';
import { useLang } from '../internal/use-lang.js';
import { Skeleton } from '../internal/skeleton.js';
import { loadingRootProps } from '../internal/widget-loading.js';
import { useFieldWidget } from '../internal/use-field-widget.js';
import { DraftTiers } from './draft-tiers.js';
import { SubscriptionTiers } from './subscription-tiers.js';

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
    // The draft's product and plan only: a step of a slider or stepper does not render the picker
    // itself, only the draft's cards (DraftTiers), and nothing of it while it shows the subscription.
    const { account, messages, readOnly, readOnlyNotice, draftPlan } = useFieldWidget();
    const lang = useLang();
    const { t } = messages;
    const id = useId();
    const catalog = account.catalog;
    const product =
      (source === 'subscription' ? account.subscription?.selection.product : draftPlan?.product) ??
      '';
    const hasTiers = catalog !== null && (findProduct(catalog, product)?.plans.length ?? 0) > 0;

    if (account.status !== 'ready' || !catalog || !draftPlan || !hasTiers) {
      return (
        <div
          ref={forwardedRef}
          {...loadingRootProps('plan-tier-picker')}
          className={cx('tarif tarif-ptp', className)}
          lang={lang}
          {...rootProps}
        >
          <div className="tarif-ptp-tiers">
            <Skeleton label={t('ui.common.loading')} blocks={[tierBlock, tierBlock, tierBlock]} />
          </div>
        </div>
      );
    }

    const fromSubscription = source === 'subscription';
    const choices = {
      catalog,
      product,
      id,
      showIntervalSwitch,
      readOnly,
      onRequestChange,
    };
    return (
      <div
        ref={forwardedRef}
        data-slot="plan-tier-picker"
        className={cx('tarif tarif-ptp', className)}
        lang={lang}
        {...rootProps}
      >
        {/* Two sources, two components: only the draft's follows every change of the draft. */}
        {fromSubscription ? <SubscriptionTiers {...choices} /> : <DraftTiers {...choices} />}
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

export { PlanTierPicker };
