import { useId } from 'react';
import {
  useBillingAccount,
  useContactLimitField,
  useDraftChange,
  useMessages,
  usePlanTierField,
  usePurchaseFlow,
  useSeatField,
} from '@tarif/react';

/** Contacts, seats, plan and billing period of the draft, then what the change calls for. */
export function PlanEditor() {
  const account = useBillingAccount();
  const draft = useDraftChange();
  const flow = usePurchaseFlow();
  const tiers = usePlanTierField();
  const contacts = useContactLimitField();
  const id = useId();
  const seats = useSeatField({ inputId: `${id}-seats`, reasonId: `${id}-seats-reason` });
  const { t, formatMoney } = useMessages();
  const readOnly = !account.canManageBilling;

  return (
    <form
      aria-labelledby={`${id}-plan`}
      onSubmit={(event) => {
        event.preventDefault();
        if (draft.nextStep === 'review') flow.review();
      }}
    >
      <fieldset disabled={readOnly}>
        <legend id={`${id}-plan`}>{t('example.plan')}</legend>
        {tiers.tiers.map((tier) => (
          <label key={tier.id}>
            <input
              type="radio"
              name={`${id}-tier`}
              value={tier.id}
              checked={tier.selected}
              onChange={() => tiers.setPlan(tier.id)}
            />{' '}
            {tier.name}, {tier.price ? formatMoney(tier.price) : t('example.contactSales')}
            {tier.unavailableReason && ` (${tier.unavailableReason})`}
          </label>
        ))}
      </fieldset>

      <fieldset disabled={readOnly}>
        <legend>{t('example.interval')}</legend>
        {tiers.intervals.map((interval) => (
          <label key={interval}>
            <input
              type="radio"
              name={`${id}-interval`}
              value={interval}
              checked={tiers.interval === interval}
              onChange={() => tiers.setInterval(interval)}
            />{' '}
            {t(`change.interval.${interval}`)}
          </label>
        ))}
      </fieldset>

      <p>
        <input {...contacts.getSliderProps()} disabled={readOnly || contacts.disabled} />{' '}
        <output>{contacts.valueText(contacts.selectedIndex)}</output>
      </p>

      <p>
        <button {...seats.getDecrementButtonProps()} disabled={readOnly || seats.atMin}>
          {t('seats.decrement')}
        </button>{' '}
        <input id={`${id}-seats`} {...seats.getInputProps()} disabled={readOnly} />{' '}
        <button {...seats.getIncrementButtonProps()} disabled={readOnly || seats.atMax}>
          {t('seats.increment')}
        </button>
      </p>
      {seats.reasonText && <p id={`${id}-seats-reason`}>{seats.reasonText}</p>}

      {draft.nextStep === 'request' && <p>{t('example.salesNeeded')}</p>}
      {draft.nextStep === 'blocked' && <p>{t('purchase.disabled.blocked')}</p>}
      <p>
        {draft.dirty && (
          <button type="button" onClick={draft.reset}>
            {t('example.startOver')}
          </button>
        )}{' '}
        {draft.nextStep === 'request' ? (
          <button type="button" onClick={flow.requestChange} disabled={readOnly}>
            {t('example.askSales')}
          </button>
        ) : (
          <button type="submit" disabled={readOnly || draft.nextStep !== 'review'}>
            {t('example.review')}
          </button>
        )}
      </p>
    </form>
  );
}
