import { useRef } from 'react';
import { useBillingAccount } from '@tarif/react';
import { useUiMessages } from '../internal/use-ui-messages.js';
import { UsageMeter } from '../internal/usage-meter.js';
import { BillingRow } from './billing-row.js';
import type { PageFlow } from './use-page-flow.js';

/* -------------------------------------------------------------------------------------------------
 * LimitRows: the contact limit with its usage, and the seats, each with « Edit »
 * -----------------------------------------------------------------------------------------------*/

export interface LimitRowsProps {
  page: PageFlow;
  /** Id of the notice saying why a read-only viewer cannot edit. */
  readOnlyId: string;
}

function LimitRows({ page, readOnlyId }: LimitRowsProps) {
  const account = useBillingAccount();
  const { t } = useUiMessages();
  const contactsEdit = useRef<HTMLButtonElement>(null);
  const seatsEdit = useRef<HTMLButtonElement>(null);
  const subscription = account.subscription;
  if (!subscription) return null;
  const { contactLimit: limit, seats } = subscription.selection;
  const used = subscription.contactsInUse;
  const readOnly = !account.canManageBilling;
  // Core's usageStatus, through the account hook: the slider and the hook read the same rule,
  // so the badge cannot show at 8 950 of 10 000 (89 %) while they say it is not near.
  const nearLimit = account.usage?.nearLimit ?? false;
  return (
    <div className="tarif-card tarif-bp-rows">
      <BillingRow
        slot="billing-page-contacts"
        title={t('ui.billing.contacts.title')}
        value={t('ui.contactLimit.contacts', { count: limit })}
        detail={
          <div className="tarif-bp-usage">
            <div className="tarif-bp-usage-text">
              <span className="tarif-muted tarif-amount">
                {t('ui.contactLimit.usageValue', { used, count: limit })}
              </span>
              {nearLimit && (
                <span className="tarif-badge tarif-badge--warning">
                  {t('ui.billing.contacts.nearLimit')}
                </span>
              )}
            </div>
            <UsageMeter
              aria-label={t('ui.contactLimit.usageLabel')}
              used={used}
              limit={limit}
              percent={account.usage?.contactsShare ?? 0}
              near={nearLimit}
            />
          </div>
        }
        editText={t('ui.billing.edit')}
        editLabel={t('ui.billing.contacts.edit')}
        editDisabled={readOnly}
        disabledReasonId={readOnlyId}
        editRef={contactsEdit}
        onEdit={() => page.edit('contacts', contactsEdit.current)}
      />
      <BillingRow
        slot="billing-page-seats"
        title={t('ui.billing.seats.title')}
        value={t('seats.valueText', { count: seats })}
        detail={
          <p className="tarif-muted tarif-amount">
            {t('ui.seats.inUse', { count: subscription.seatsInUse })}
          </p>
        }
        editText={t('ui.billing.edit')}
        editLabel={t('ui.billing.seats.edit')}
        editDisabled={readOnly}
        disabledReasonId={readOnlyId}
        editRef={seatsEdit}
        onEdit={() => page.edit('seats', seatsEdit.current)}
      />
    </div>
  );
}

export { LimitRows };
