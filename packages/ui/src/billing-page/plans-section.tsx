import { useDraftActions } from '@tarif/react';
import { PlanTierPicker } from '../plan-tier-picker/plan-tier-picker.js';
import { useUiMessages } from '../internal/use-ui-messages.js';
import { PlanActions } from './plan-actions.js';
import type { PageFlow } from './use-page-flow.js';

/* -------------------------------------------------------------------------------------------------
 * PlansSection: the tiers of the subscription's product, and what picking one leads to
 * -----------------------------------------------------------------------------------------------*/

export interface PlansSectionProps {
  page: PageFlow;
  readOnly: boolean;
  /** Id of the notice saying why a read-only viewer cannot buy. */
  readOnlyId: string;
  /** Id for the section's heading. */
  headingId: string;
}

function PlansSection({ page, readOnly, readOnlyId, headingId }: PlansSectionProps) {
  const draft = useDraftActions();
  const { t } = useUiMessages();
  return (
    <section
      aria-labelledby={headingId}
      data-slot="billing-page-plans"
      className="tarif-bp-section"
    >
      <div className="tarif-bp-section-head">
        <h3
          id={headingId}
          data-slot="billing-page-plans-title"
          tabIndex={-1}
          className="tarif-bp-section-title"
        >
          {t('ui.billing.plans.title')}
        </h3>
        <p className="tarif-muted">{t('ui.billing.plans.description')}</p>
      </div>
      <PlanTierPicker
        // Behind a flow started elsewhere (the contacts dialog...), the cards keep the subscription.
        source={page.origin === null || page.origin === 'plans' ? 'draft' : 'subscription'}
        onRequestChange={() => page.request('plans')}
      />
      {page.origin === null && (
        <PlanActions
          readOnly={readOnly}
          readOnlyId={readOnlyId}
          onCancel={draft.reset}
          onRequest={(from) => page.request('plans', from)}
          onUpgrade={(from) => page.review('plans', from)}
        />
      )}
    </section>
  );
}

export { PlansSection };
