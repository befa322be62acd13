import { isAdapterError, useBillingAccount, useMessages } from '@tarif/react';
import { errorMessageKey } from '@tarif/react/i18n';
import { Notice } from '../internal/notice.js';
import { useUiMessages } from '../internal/use-ui-messages.js';

/* -------------------------------------------------------------------------------------------------
 * PageError: the account could not be loaded (or its catalog was refused), with a retry
 * -----------------------------------------------------------------------------------------------*/

export interface PageErrorProps {
  /** Id for the page's heading, which names the page. */
  titleId: string;
}

function PageError({ titleId }: PageErrorProps) {
  const account = useBillingAccount();
  const { t: hookT } = useMessages();
  const { t } = useUiMessages();
  // A catalog core refused has no adapter code: it is our side's problem, said as such.
  const error = account.error;
  const code = isAdapterError(error) ? error.code : 'internal';
  return (
    <>
      <h2 id={titleId} className="tarif-bp-title">
        {t('ui.billing.title')}
      </h2>
      <Notice
        role="alert"
        tone="danger"
        className="tarif-bp-error"
        title={t('ui.billing.loadError')}
        action={
          <button
            type="button"
            className="tarif-button tarif-button--secondary"
            onClick={() => void account.reload()}
          >
            {t('ui.common.retry')}
          </button>
        }
      >
        <p>{hookT(errorMessageKey(code))}</p>
      </Notice>
    </>
  );
}

export { PageError };
