import { forwardRef, useEffect, useId, useRef } from 'react';
import type { ComponentPropsWithoutRef } from 'react';
import { findProduct } from '@tarif/core';
import { useBillingAccount, useDraftChange } from '@tarif/react';
import { AddOnCard } from '../add-on-card/add-on-card.js';
import { ContactLimitSlider } from '../contact-limit-slider/contact-limit-slider.js';
import { PlanTierPicker } from '../plan-tier-picker/plan-tier-picker.js';
import { SeatStepper } from '../seat-stepper/seat-stepper.js';
import { cx } from '../internal/cx.js';
import { PriceText } from '../internal/price-text.js';
import { useComposedRefs } from '../internal/use-composed-refs.js';
import { useUiMessages } from '../internal/use-ui-messages.js';

/* -------------------------------------------------------------------------------------------------
 * BundleConfigurator: tier, contacts, seats and add-ons of the bundle, then the review
 * -----------------------------------------------------------------------------------------------*/

const NAME = 'BundleConfigurator';

/** The bundle to configure and where each button leads, over the screen's attributes. */
export interface BundleConfiguratorProps extends Omit<
  ComponentPropsWithoutRef<'section'>,
  'children'
> {
  /** The bundle's product id; the draft is switched to it on mount. */
  bundleId: string;
  onBack: () => void;
  /** Opens the review of the configured draft. */
  onSubmit: () => void;
  onRequestChange: () => void;
}

const BundleConfigurator = forwardRef<HTMLElement, BundleConfiguratorProps>(
  function BundleConfigurator(props, forwardedRef) {
    const { bundleId, onBack, onSubmit, onRequestChange, className, ...rootProps } = props;
    const account = useBillingAccount();
    const draft = useDraftChange();
    const { t, formatMoney } = useUiMessages();
    const id = useId();
    const headingRef = useRef<HTMLHeadingElement>(null);
    const rootRef = useRef<HTMLElement>(null);
    const ref = useComposedRefs(rootRef, forwardedRef);

    // A new screen: say so by moving focus to its heading.
    useEffect(() => {
      headingRef.current?.focus();
    }, []);

    const catalog = account.catalog;
    const bundle = catalog ? findProduct(catalog, bundleId) : undefined;
    const selection = draft.selection;
    if (!catalog || !bundle || !selection) return null;
    const addOns = catalog.addOns.filter(
      (addOn) => addOn.plans.includes(selection.plan) || addOn.includedIn?.includes(selection.plan),
    );
    const total = draft.estimate?.target?.total ?? null;
    const readOnly = !account.canManageBilling;

    return (
      <section
        ref={ref}
        aria-labelledby={`${id}-title`}
        data-slot="billing-page-bundle"
        className={cx('tarif-bp-bundle-screen', className)}
        {...rootProps}
      >
        <div className="tarif-bp-screen-head">
          <button
            type="button"
            data-slot="billing-page-bundle-back"
            className="tarif-button tarif-button--ghost tarif-bp-back"
            onClick={onBack}
          >
            <span aria-hidden="true" className="tarif-bp-back-arrow">
              ←
            </span>
            {t('ui.billing.bundle.back')}
          </button>
          <h2
            id={`${id}-title`}
            ref={headingRef}
            tabIndex={-1}
            data-slot="billing-page-bundle-title"
            className="tarif-bp-title"
          >
            {t('ui.billing.bundle.screenTitle', { bundle: bundle.name })}
          </h2>
        </div>

        <section aria-labelledby={`${id}-tier`} className="tarif-bp-section">
          <h3 id={`${id}-tier`} className="tarif-bp-section-title">
            {t('ui.billing.bundle.tier')}
          </h3>
          <PlanTierPicker onRequestChange={onRequestChange} />
        </section>
        <div className="tarif-bp-grid">
          <section aria-labelledby={`${id}-contacts`} className="tarif-bp-section">
            <h3 id={`${id}-contacts`} className="tarif-bp-section-title">
              {t('ui.billing.contacts.title')}
            </h3>
            <ContactLimitSlider onContactSales={onRequestChange} />
          </section>
          <section aria-labelledby={`${id}-seats`} className="tarif-bp-section">
            <h3 id={`${id}-seats`} className="tarif-bp-section-title">
              {t('ui.billing.seats.title')}
            </h3>
            <SeatStepper />
          </section>
        </div>
        {addOns.length > 0 && (
          <section aria-labelledby={`${id}-addons`} className="tarif-bp-section">
            <h3 id={`${id}-addons`} className="tarif-bp-section-title">
              {t('ui.billing.bundle.addOns')}
            </h3>
            <div className="tarif-bp-addons">
              {addOns.map((addOn) => (
                <AddOnCard key={addOn.id} addOnId={addOn.id} headingLevel={4} />
              ))}
            </div>
          </section>
        )}

        <div data-slot="billing-page-bundle-footer" className="tarif-card tarif-bp-bundle-footer">
          {/* Live: every step of the fields above changes the total a sighted user sees here. */}
          <p className="tarif-bp-bundle-total" aria-live="polite" aria-atomic="true">
            <span className="tarif-muted">{t('ui.billing.bundle.total')}</span>{' '}
            {total && (
              <span data-slot="billing-page-bundle-total">
                <PriceText
                  amount={formatMoney(total)}
                  interval={selection.interval}
                  amountClassName="tarif-bp-bundle-amount"
                />
              </span>
            )}
          </p>
          <button
            type="button"
            data-slot="billing-page-bundle-submit"
            className="tarif-button tarif-button--primary"
            disabled={readOnly || !draft.dirty}
            onClick={onSubmit}
          >
            {t('ui.billing.bundle.submit')}
          </button>
        </div>
      </section>
    );
  },
);
BundleConfigurator.displayName = NAME;

export { BundleConfigurator };
