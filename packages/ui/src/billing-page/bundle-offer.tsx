import type { Ref } from 'react';
import type { Product } from '@tarif/core';
import { useUiMessages } from '../internal/use-ui-messages.js';
import type { PageFlow } from './use-page-flow.js';

/* -------------------------------------------------------------------------------------------------
 * BundleOffer: « Expand your plan », which opens the bundle screen
 * -----------------------------------------------------------------------------------------------*/

export interface BundleOfferProps {
  page: PageFlow;
  /** The button's ref: focus comes back to it from the bundle screen. */
  buttonRef: Ref<HTMLButtonElement>;
  /** The bundle that contains the subscription's product. */
  bundle: Product;
  readOnly: boolean;
  readOnlyId: string;
  headingId: string;
}

function BundleOffer({
  page,
  buttonRef,
  bundle,
  readOnly,
  readOnlyId,
  headingId,
}: BundleOfferProps) {
  const { t } = useUiMessages();
  return (
    <section
      aria-labelledby={headingId}
      data-slot="billing-page-bundle-offer"
      className="tarif-card tarif-bp-offer"
    >
      <div>
        <h3 id={headingId} className="tarif-bp-offer-title">
          {t('ui.billing.bundle.title')}
        </h3>
        <p className="tarif-muted">{t('ui.billing.bundle.body', { bundle: bundle.name })}</p>
      </div>
      <button
        ref={buttonRef}
        type="button"
        className="tarif-button tarif-button--primary"
        disabled={readOnly}
        aria-describedby={readOnly ? readOnlyId : undefined}
        onClick={() => page.openBundle(bundle.id)}
      >
        {t('ui.billing.bundle.configure', { bundle: bundle.name })}
      </button>
    </section>
  );
}

export { BundleOffer };
