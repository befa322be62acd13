import { AddOnCard } from '../add-on-card/add-on-card.js';
import { useUiMessages } from '../internal/use-ui-messages.js';
import type { PageFlow } from './use-page-flow.js';

/* -------------------------------------------------------------------------------------------------
 * AddOnsSection: what the subscription's plan can add, each straight to the review
 * -----------------------------------------------------------------------------------------------*/

export interface AddOnsSectionProps {
  page: PageFlow;
  addOnIds: readonly string[];
  headingId: string;
}

function AddOnsSection({ page, addOnIds, headingId }: AddOnsSectionProps) {
  const { t } = useUiMessages();
  if (addOnIds.length === 0) return null;
  return (
    <section
      aria-labelledby={headingId}
      data-slot="billing-page-add-ons"
      className="tarif-bp-section"
    >
      <h3
        id={headingId}
        data-slot="billing-page-add-ons-title"
        tabIndex={-1}
        className="tarif-bp-section-title"
      >
        {t('ui.billing.addOns.title')}
      </h3>
      <div className="tarif-bp-addons">
        {addOnIds.map((addOnId) => (
          <AddOnCard
            key={addOnId}
            addOnId={addOnId}
            // The section lists what the subscription's plan can add, whatever tier the picker holds.
            source="subscription"
            headingLevel={4}
            onAdd={() => page.addOn(addOnId)}
          />
        ))}
      </div>
    </section>
  );
}

export { AddOnsSection };
