import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, version } from 'react';
import { hydrateRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { BillingProvider } from './billing-provider.js';
import { useBillingAccount } from '../account/use-billing-account.js';
import { useSeatField } from '../fields/use-seat-field.js';
import { useMessages } from '../i18n/use-messages.js';
import { clock, demoAdapter, locales } from '../test-utils/billing-wrapper.js';
import type { AccountSnapshot, BillingAdapter } from '../adapter/adapter-types.js';

function Probe() {
  const account = useBillingAccount();
  const seats = useSeatField();
  const { t, formatMoney } = useMessages();
  const catalog = account.catalog;
  const amount = catalog?.products[0]?.plans[1]?.prices?.month?.[0];
  // A catalog name and an amount formatted for the locale: what a flash of loading would hide.
  return (
    <p>
      {account.status} · {t('seats.valueText', { count: seats.value })} ·{' '}
      {catalog?.features[0]?.name} ·{' '}
      {catalog && amount !== undefined ? formatMoney({ amount, currency: catalog.currency }) : '-'}
    </p>
  );
}

function App({
  adapter,
  locale,
  account,
}: {
  adapter: BillingAdapter;
  locale: string;
  account: AccountSnapshot;
}) {
  return (
    <BillingProvider adapter={adapter} locale={locale} now={clock} initialAccount={account}>
      <Probe />
    </BillingProvider>
  );
}

// Hydrating by hand (Testing Library cannot hydrate server HTML): tell React that act() is in use.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

// This file renders "server" HTML inside happy-dom, where `document` exists, so the provider picks
// useLayoutEffect and React 18's server renderer warns about it. A real server has no document
// (billing-provider.server.test.tsx renders there, on both Reacts); on 18 this file proves nothing
// more, so it runs on React 19 only.
const onReact18 = version.startsWith('18.');

describe.skipIf(onReact18)('given an account the server loaded and rendered', () => {
  it.each(locales)(
    '[%s] the browser hydrates the same text, warns of nothing and loads nothing again',
    async (locale) => {
      const adapter = demoAdapter();
      const account = await adapter.loadAccount();
      const html = renderToString(<App adapter={adapter} locale={locale} account={account} />);
      expect(html).toContain('ready');
      expect(html).not.toContain(' · -');

      const container = document.createElement('div');
      container.innerHTML = html;
      document.body.append(container);
      const serverText = container.textContent;
      const problems = vi.spyOn(console, 'error');
      const warnings = vi.spyOn(console, 'warn');
      const recoverable: unknown[] = [];

      await act(async () => {
        root = hydrateRoot(container, <App adapter={adapter} locale={locale} account={account} />, {
          onRecoverableError: (error) => recoverable.push(error),
        });
      });

      expect(recoverable).toEqual([]);
      expect(problems).not.toHaveBeenCalled();
      expect(warnings).not.toHaveBeenCalled();
      expect(container.textContent).toBe(serverText);
      // The one call was the "server's" own, before rendering: the browser asked for nothing.
      expect(adapter.calls.loadAccount).toBe(1);
    },
  );
});
