import { useId } from 'react';
import type { Product } from '@tarif/core';
import { useBillingAccount, useSubscriptionOffer } from '@tarif/react';
import { useUiMessages } from '../internal/use-ui-messages.js';
import { AddOnsSection } from './add-ons-section.js';
import { BundleOffer } from './bundle-offer.js';
import { ContactUs } from './contact-us.js';
import { LimitRows } from './limit-rows.js';
import { PlanSummary } from './plan-summary.js';
import { PlansSection } from './plans-section.js';
import type { PageFlow } from './use-page-flow.js';

/* -------------------------------------------------------------------------------------------------
 * Overview: the subscription at a glance, and every way to change it
 * -----------------------------------------------------------------------------------------------*/

export interface OverviewProps {
  page: PageFlow;
  /** The bundle to offer, when the catalog has one for the subscription's product. */
  bundle: Product | null;
  /** Id of the page's heading, which names the page. */
  titleId: string;
}

function Overview({ page, bundle, titleId }: OverviewProps) {
  const account = useBillingAccount();
  const offer = useSubscriptionOffer();
  const { t } = useUiMessages();
  const id = useId();
  const readOnlyId = `${id}-read-only`;
  const readOnly = !account.canManageBilling;
  // What the subscription's plan can add, as the hook sees it (not included, not on it already).
  const addOnIds = (account.catalog?.addOns ?? [])
    .map((addOn) => addOn.id)
    .filter((addOnId) => offer.addOn(addOnId).state === 'available');
  return (
    <>
      <header className="tarif-bp-header">
        <h2 id={titleId} data-slot="billing-page-title" tabIndex={-1} className="tarif-bp-title">
          {t('ui.billing.title')}
        </h2>
        <p className="tarif-muted">{t('ui.billing.subtitle')}</p>
      </header>

      {readOnly && account.primaryAdmin && (
        <p
          id={readOnlyId}
          data-slot="billing-page-read-only"
          className="tarif-note tarif-note--info"
        >
          {t('ui.common.readOnly', { name: account.primaryAdmin.name })}
        </p>
      )}

      <PlanSummary readOnlyId={readOnlyId} />
      <LimitRows page={page} readOnlyId={readOnlyId} />
      <PlansSection
        page={page}
        readOnly={readOnly}
        readOnlyId={readOnlyId}
        headingId={`${id}-plans`}
      />
      {bundle && (
        <BundleOffer
          page={page}
          buttonRef={page.setBundleButton}
          bundle={bundle}
          readOnly={readOnly}
          readOnlyId={readOnlyId}
          headingId={`${id}-bundle`}
        />
      )}
      <AddOnsSection page={page} addOnIds={addOnIds} headingId={`${id}-addons`} />
      <ContactUs page={page} readOnly={readOnly} />
    </>
  );
}

export { Overview };
