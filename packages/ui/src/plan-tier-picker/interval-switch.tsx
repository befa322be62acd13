import type { PlanTierField } from '@tarif/react';
import type { UiMessages } from '../internal/use-ui-messages.js';
import type { PickerView } from './plan-tier-picker.js';

/* -------------------------------------------------------------------------------------------------
 * IntervalSwitch: native radios styled as a segmented control, with the yearly saving beside them.
 * Native radios give arrow keys, Space, one tab stop and right-to-left order for free.
 * -----------------------------------------------------------------------------------------------*/

/** The interval radios, and what they show (the draft's or the subscription's). */
export interface IntervalSwitchProps {
  field: PlanTierField;
  view: PickerView;
  readOnly: boolean;
  messages: UiMessages;
  name: string;
}

function IntervalSwitch({ field, view, readOnly, messages, name }: IntervalSwitchProps) {
  const { t, formatMoney } = messages;
  return (
    <div data-slot="plan-tier-picker-interval" className="tarif-ptp-interval">
      <fieldset className="tarif-segmented" disabled={readOnly}>
        <legend className="tarif-sr-only">{t('ui.plans.interval')}</legend>
        {field.intervals.map((interval) => {
          const checked = view.interval === interval;
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
                onChange={() => field.setInterval(interval)}
                className="tarif-segmented-input"
              />
              {t(interval === 'year' ? 'ui.common.interval.year' : 'ui.common.interval.month')}
            </label>
          );
        })}
      </fieldset>
      {view.yearlySaving && view.yearlySaving.amount.amount > 0 && (
        <span
          data-slot="plan-tier-picker-saving"
          className="tarif-badge tarif-badge--success tarif-amount"
        >
          {t('ui.plans.yearlySaving', { amount: formatMoney(view.yearlySaving.amount) })}
        </span>
      )}
    </div>
  );
}

export { IntervalSwitch };
