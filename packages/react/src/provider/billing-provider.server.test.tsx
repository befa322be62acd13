// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { BillingProvider } from './billing-provider.js';
import { fr } from '../locales/fr.js';
import { useBillingAccount } from '../account/use-billing-account.js';
import { useSeatField } from '../fields/use-seat-field.js';
import { useMessages } from '../i18n/use-messages.js';
import { demoAdapter } from '../test-utils/billing-wrapper.js';
import { createHttpAdapter } from '../adapter.js';

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

describe('loading the account in server code', () => {
  it('the HTTP adapter from @tarif/react/adapter loads it, and the provider renders it at once', async () => {
    const memory = demoAdapter();
    const requests: Array<{ url: string; authorization: string | null }> = [];
    // The host's backend, answered in process as a Next.js server component would call its handler.
    const adapter = createHttpAdapter({
      baseUrl: 'http://server.internal/api/billing',
      headers: { Authorization: 'Bearer demo-admin' },
      fetch: async (input, init) => {
        const request = new Request(input, init);
        requests.push({ url: request.url, authorization: request.headers.get('authorization') });
        return Response.json(memory.snapshot());
      },
    });
    const account = await adapter.loadAccount();
    const html = renderToString(
      <BillingProvider adapter={adapter} locale="fr" locales={[fr]} initialAccount={account}>
        <Probe />
      </BillingProvider>,
    );
    expect(html).toContain('ready|3 sièges');
    expect(requests).toEqual([
      { url: 'http://server.internal/api/billing/account', authorization: 'Bearer demo-admin' },
    ]);
  });

  it('is a plain module, not a client one: server code can call what it exports', () => {
    const source = (entry: string) =>
      readFileSync(fileURLToPath(new URL(`../${entry}`, import.meta.url)), 'utf8');
    expect(source('adapter.ts')).not.toMatch(/^\s*['"]use client['"]/);
    // The main entry is a client module: calling createHttpAdapter from it in a server component
    // throws, which is why the adapter has its own entry.
    expect(source('index.ts')).toMatch(/^'use client';/);
  });
});
