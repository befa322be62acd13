import { forwardRef, memo, useId, useRef } from 'react';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { findPlan, findProduct } from '@tarif/core';
import { useBillingAccount, useSubscriptionOffer } from '@tarif/react';
import { cx } from '../internal/cx.js';
import { PriceText } from '../internal/price-text.js';
import { useUiMessages } from '../internal/use-ui-messages.js';
import { ScheduledChangeNotice } from './scheduled-change-notice.js';

/* -------------------------------------------------------------------------------------------------
 * PlanSummary: product, tier, interval, price and next renewal of the subscription
 * -----------------------------------------------------------------------------------------------*/

const NAME = 'PlanSummary';

/** The summary section's attributes, and the read-only notice it points at. */
export interface PlanSummaryProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** Id of the element saying why a read-only viewer cannot change billing. */
  readOnlyId?: string | undefined;
}

// Memoised: it shows the subscription, so the page's own renders (a flow starting) leave it alone.
const PlanSummary = memo(
  forwardRef<HTMLElement, PlanSummaryProps>(function PlanSummary(props, forwardedRef) {
    const { readOnlyId, className, ...rootProps } = props;
    const account = useBillingAccount();
    const titleRef = useRef<HTMLHeadingElement>(null);
    const offer = useSubscriptionOffer();
    const { t, formatMoney, formatDate } = useUiMessages();
    const id = useId();
    const { catalog, subscription } = account;
    if (!catalog || !subscription) return null;
    const selection = subscription.selection;
    const product = findProduct(catalog, selection.product);
    const plan = findPlan(catalog, selection.product, selection.plan);
    // The subscription as it is, whatever the draft holds; zero when its selection no longer
    // prices, as core's preview of a change then quotes it.
    const price = offer.total ?? { amount: 0, currency: catalog.currency };

    return (
      <section
        ref={forwardedRef}
        aria-labelledby={`${id}-title`}
        data-slot="billing-page-summary"
        className={cx('tarif-card tarif-bp-summary', className)}
        {...rootProps}
      >
        <div className="tarif-bp-summary-head">
          <div>
            {/* Focusable from script only: it takes the focus when a cancelled change's notice goes. */}
            <h3 ref={titleRef} id={`${id}-title`} tabIndex={-1} className="tarif-bp-eyebrow">
              {t('ui.billing.summary.title')}
            </h3>
            <p data-slot="billing-page-summary-plan" className="tarif-bp-plan-name">
              {t('ui.billing.summary.plan', {
                product: product?.name ?? selection.product,
                plan: plan?.name ?? selection.plan,
              })}
            </p>
          </div>
          {price && (
            <p data-slot="billing-page-summary-price" className="tarif-bp-price">
              <span className="tarif-sr-only">{t('ui.billing.summary.price')}</span>
              <PriceText amount={formatMoney(price)} interval={selection.interval} />
            </p>
          )}
        </div>
        <dl className="tarif-bp-facts">
          <Fact label={t('change.interval')}>
            {t(selection.interval === 'year' ? 'change.interval.year' : 'change.interval.month')}
          </Fact>
          <Fact label={t('ui.billing.summary.renewal')}>
            <span className="tarif-amount">{formatDate(subscription.periodEnd)}</span>
          </Fact>
          {account.balance && account.balance.amount > 0 && (
            <Fact label={t('ui.billing.summary.balance')}>
              <span className="tarif-amount">{formatMoney(account.balance)}</span>
            </Fact>
          )}
        </dl>
        <ScheduledChangeNotice readOnlyId={readOnlyId} afterCancelRef={titleRef} />
      </section>
    );
  }),
);
PlanSummary.displayName = NAME;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="tarif-bp-fact">
      <dt className="tarif-muted">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export { PlanSummary };
