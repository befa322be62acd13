import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { BillingProvider, useMessages } from '@tarif/react';
import type { MessageOverrides } from '@tarif/react/i18n';
import { createMemoryAdapter } from '@tarif/react/testing';
import { createDemoSubscription, demoCatalogEUR } from '@tarif/core/demo';
import { BillingPage } from '../billing-page/billing-page.js';
import { fr } from './fr.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const now = new Date('2026-03-16T12:00:00Z');
const adapter = () =>
  createMemoryAdapter({
    catalog: demoCatalogEUR,
    subscription: createDemoSubscription(now),
    now: () => now,
  });

/** Shows one string of @tarif/react's own catalog. */
function HooksLabel() {
  return <p data-testid="hooks-label">{useMessages().t('seats.label')}</p>;
}

const heading = () => screen.findByRole('heading', { level: 2 });

describe('registering languages on the provider', () => {
  it('shows English with nothing registered: the widgets’ English is built in', async () => {
    render(
      <BillingProvider adapter={adapter()} locale="en" now={() => now}>
        <BillingPage />
      </BillingProvider>,
    );
    expect(await heading()).toHaveTextContent('Billing & upgrade');
  });

  it('shows French once the French pack is registered, one import for widgets and hooks', async () => {
    render(
      <BillingProvider adapter={adapter()} locale="fr-CA" locales={[fr]} now={() => now}>
        <BillingPage />
        <HooksLabel />
      </BillingProvider>,
    );
    expect(await heading()).toHaveTextContent('Facturation et mise à niveau');
    // A string of the hooks' catalog (@tarif/react) comes from the same pack.
    expect(screen.getByTestId('hooks-label')).toHaveTextContent('Sièges');
  });

  it('falls back to English, and says so once, for a language the host did not register', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <BillingProvider adapter={adapter()} locale="fr" now={() => now}>
        <BillingPage />
      </BillingProvider>,
    );
    expect(await heading()).toHaveTextContent('Billing & upgrade');
    expect(
      warn.mock.calls.some(([text]) => String(text).includes('No messages for locale "fr"')),
    ).toBe(true);
  });

  it('lays the host’s own wording over the pack, key by key', async () => {
    const messages = { fr: { 'ui.billing.title': 'Abonnement' } } satisfies MessageOverrides;
    render(
      <BillingProvider
        adapter={adapter()}
        locale="fr"
        locales={[fr]}
        messages={messages}
        now={() => now}
      >
        <BillingPage />
      </BillingProvider>,
    );
    expect(await heading()).toHaveTextContent('Abonnement');
  });

  it('types override keys: a typo does not compile (tsc checks this file)', () => {
    const typo: MessageOverrides = {
      // @ts-expect-error 'ui.biling.title' is not a key of any registered catalog.
      fr: { 'ui.biling.title': 'Abonnement' },
    };
    const hooksKey: MessageOverrides = { fr: { 'seats.label': 'Places' } };
    const widgetsKey: MessageOverrides = { fr: { 'ui.billing.title': 'Abonnement' } };
    // Checked by the compiler above; at run time they are plain objects the provider accepts.
    expect(
      [typo, hooksKey, widgetsKey].map((overrides) => Object.keys(overrides['fr'] ?? {})),
    ).toEqual([['ui.biling.title'], ['seats.label'], ['ui.billing.title']]);
  });
});
