import { useUiMessages } from '../internal/use-ui-messages.js';
import type { PageFlow } from './use-page-flow.js';

/* -------------------------------------------------------------------------------------------------
 * ContactUs: « Want to change your plan? Get in touch », the request form for anything else
 * -----------------------------------------------------------------------------------------------*/

export interface ContactUsProps {
  page: PageFlow;
  readOnly: boolean;
}

function ContactUs({ page, readOnly }: ContactUsProps) {
  const { t } = useUiMessages();
  return (
    <p data-slot="billing-page-contact-us" className="tarif-bp-contact-us">
      <span className="tarif-muted">{t('ui.billing.contactUs.text')}</span>{' '}
      <button
        type="button"
        className="tarif-bp-link"
        disabled={readOnly}
        onClick={(event) => page.request('contact-us', event.currentTarget, true)}
      >
        {t('ui.billing.contactUs.action')}
      </button>
    </p>
  );
}

export { ContactUs };
