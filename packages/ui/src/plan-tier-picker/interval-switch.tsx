import { memo } from 'react';
import type { Interval } from '@tarif/core';
import { useUiMessages } from '../internal/use-ui-messages.js';

/* -------------------------------------------------------------------------------------------------
 * IntervalSwitch: native radios styled as a segmented control, with the yearly saving beside them.
 * Native radios give arrow keys, Space, one tab stop and right-to-left order for free.
 * -----------------------------------------------------------------------------------------------*/

/** The interval radios, and what they show (the draft's or the subscription's). */
export interface IntervalSwitchProps {
  /** The catalog's intervals, in its order. */
  intervals: readonly Interval[];
  /** The interval shown as checked. */
  value: Interval;
  /** The yearly saving, formatted; null when there is none to show. */
  saving: string | null;
  readOnly: boolean;
  /** Stable across renders (the picker's), so a step that changes no label renders nothing here. */
  onValueChange: (interval: Interval) => void;
  name: string;
}

/**
 * Memoised with plain props: a contact step re-renders it only when the formatted saving changes,
 * and behind a dialog (showing the subscription) never.
 */
const IntervalSwitch = memo(function IntervalSwitch({
  intervals,
  value,
  saving,
  readOnly,
  onValueChange,
  name,
}: IntervalSwitchProps) {
  const { t } = useUiMessages();
  return (
    <div data-slot="plan-tier-picker-interval" className="tarif-ptp-interval">
      <fieldset className="tarif-segmented" disabled={readOnly}>
        <legend className="tarif-sr-only">{t('change.interval')}</legend>
        {intervals.map((interval) => {
          const checked = value === interval;
          return (
            <label
              key={interval}
              className="tarif-segmented-item"
              data-state={checked ? 'checked' : 'unchecked'}
            >
              <input
                type="radio"
                name={name}
                value={interval}
                checked={checked}
                onChange={() => onValueChange(interval)}
                className="tarif-segmented-input"
              />
              {t(interval === 'year' ? 'change.interval.year' : 'change.interval.month')}
            </label>
          );
        })}
      </fieldset>
      {saving !== null && (
        <span
          data-slot="plan-tier-picker-saving"
          className="tarif-badge tarif-badge--success tarif-amount"
        >
          {t('ui.plans.yearlySaving', { amount: saving })}
        </span>
      )}
    </div>
  );
});

export { IntervalSwitch };
