// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { BillingProvider } from './billing-provider.js';
import { fr } from '../locales/fr.js';
import { useBillingAccount } from '../account/use-billing-account.js';
import { useSeatField } from '../fields/use-seat-field.js';
import { useMessages } from '../i18n/use-messages.js';
import { demoAdapter } from '../test-utils/billing-wrapper.js';

function Probe() {
  const account = useBillingAccount();
  const seats = useSeatField();
  const { t } = useMessages();
  return <p>{`${account.status}|${t('seats.valueText', { count: seats.value })}`}</p>;
}

describe('BillingProvider on the server', () => {
  it('renders without touching window, in the loading state, and calls no adapter', () => {
    expect(typeof window).toBe('undefined');
    const adapter = demoAdapter();
    const html = renderToString(
      <BillingProvider adapter={adapter} locale="fr" locales={[fr]}>
        <Probe />
      </BillingProvider>,
    );
    expect(html).toContain('loading|0 siège');
    expect(adapter.calls.loadAccount).toBe(0);
  });

  it('renders a preloaded account', () => {
    const adapter = demoAdapter();
    const html = renderToString(
      <BillingProvider adapter={adapter} locale="en" initialAccount={adapter.snapshot()}>
        <Probe />
      </BillingProvider>,
    );
    expect(html).toContain('ready|3 seats');
  });

  it('renders a preloaded account with catalog names in the viewer language', () => {
    function FeatureProbe() {
      return <p>{useBillingAccount().catalog?.features[0]?.name}</p>;
    }
    const adapter = demoAdapter();
    const html = renderToString(
      <BillingProvider
        adapter={adapter}
        locale="fr-CA"
        locales={[fr]}
        initialAccount={adapter.snapshot()}
      >
        <FeatureProbe />
      </BillingProvider>,
    );
    expect(html).toContain('<p>Campagnes e-mail</p>');
  });
});
