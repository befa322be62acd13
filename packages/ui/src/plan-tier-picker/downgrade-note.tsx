import type { PlanTier } from '@tarif/react';
import type { UiMessages } from '../internal/use-ui-messages.js';

/* -------------------------------------------------------------------------------------------------
 * DowngradeNote
 * -----------------------------------------------------------------------------------------------*/

/** The lower tier picked, and where its request goes. */
export interface DowngradeNoteProps {
  tier: PlanTier;
  messages: UiMessages;
  readOnly: boolean;
  onRequestChange: (() => void) | undefined;
}

function DowngradeNote({ tier, messages, readOnly, onRequestChange }: DowngradeNoteProps) {
  const { t } = messages;
  return (
    <div
      data-slot="plan-tier-picker-downgrade"
      className="tarif-note tarif-note--warning tarif-ptp-downgrade"
      aria-live="polite"
    >
      {tier.featuresLost.length > 0 && (
        <div>
          <p className="tarif-ptp-lost-title">{t('ui.plans.featuresLost')}</p>
          <ul className="tarif-ptp-lost">
            {tier.featuresLost.map((feature) => (
              <li key={feature.id}>{feature.name}</li>
            ))}
          </ul>
        </div>
      )}
      <p>{t('ui.plans.downgradeRequest')}</p>
      {onRequestChange && !readOnly && (
        <button
          type="button"
          className="tarif-button tarif-button--secondary"
          onClick={onRequestChange}
        >
          {t('ui.common.requestChange')}
        </button>
      )}
    </div>
  );
}

export { DowngradeNote };
