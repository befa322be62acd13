import { useDraftChange } from '@tarif/react';
import { useUiMessages } from '../internal/use-ui-messages.js';

/* -------------------------------------------------------------------------------------------------
 * PlanActions: Cancel and Upgrade (or « Request an account change ») once another tier is picked
 * -----------------------------------------------------------------------------------------------*/

export interface PlanActionsProps {
  readOnly: boolean;
  /** Id of the notice saying why a read-only viewer cannot buy. */
  readOnlyId: string;
  onCancel: () => void;
  /** `from` is the button pressed, for focus to return to. */
  onRequest: (from: HTMLElement) => void;
  onUpgrade: (from: HTMLElement) => void;
}

/** The draft's next step as a button: the review, sales, or nothing possible as it is. */
function PlanActions({ readOnly, readOnlyId, onCancel, onRequest, onUpgrade }: PlanActionsProps) {
  const { nextStep, planDirection } = useDraftChange();
  const { t } = useUiMessages();
  // A lower tier is explained, with its own request button, by the picker itself.
  if (nextStep === null || planDirection === 'down') return null;
  return (
    <div className="tarif-bp-actions">
      <button type="button" className="tarif-button tarif-button--ghost" onClick={onCancel}>
        {t('ui.common.cancel')}
      </button>
      {nextStep === 'request' ? (
        <button
          type="button"
          data-slot="billing-page-plans-request"
          className="tarif-button tarif-button--primary"
          disabled={readOnly}
          onClick={(event) => onRequest(event.currentTarget)}
        >
          {t('ui.common.requestChange')}
        </button>
      ) : (
        <button
          type="button"
          data-slot="billing-page-plans-upgrade"
          className="tarif-button tarif-button--primary"
          aria-describedby={readOnly ? readOnlyId : undefined}
          disabled={readOnly || nextStep === 'blocked'}
          onClick={(event) => onUpgrade(event.currentTarget)}
        >
          {t('ui.billing.plans.upgrade')}
        </button>
      )}
    </div>
  );
}

export { PlanActions };
