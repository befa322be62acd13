// Test helper (excluded from the build): renders UI inside BillingProvider over a memory adapter,
// the same way a host app would, and gives back the adapter so tests can count its calls.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach } from 'vitest';
import type { ReactElement } from 'react';
import axe from 'axe-core';
import { BillingProvider } from '@tarif/react';
import { createMemoryAdapter } from '@tarif/react/testing';
import type { MemoryAdapter, MemoryAdapterOptions } from '@tarif/react/testing';
import type { Selection, Subscription } from '@tarif/core';
import { createDemoSubscription, demoCatalogEUR } from '@tarif/core/demo';
import { fr } from '../../locales/fr.js';
import '../../styles.css';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

/** The instant every test runs at, so prorated and period-dependent numbers never drift. */
export const testNow = new Date('2026-03-16T12:00:00Z');

export interface RenderOptions {
  locale?: string;
  /** Merged over the demo subscription; `selection` key by key. */
  subscription?: Partial<Omit<Subscription, 'selection'>> & { selection?: Partial<Selection> };
  adapter?: Omit<MemoryAdapterOptions, 'subscription' | 'now'>;
  dir?: 'ltr' | 'rtl';
}

export async function renderWithBilling(ui: ReactElement, options: RenderOptions = {}) {
  const base = createDemoSubscription(testNow);
  const subscription: Subscription = {
    ...base,
    ...options.subscription,
    selection: { ...base.selection, ...options.subscription?.selection },
  };
  const adapter: MemoryAdapter = createMemoryAdapter({
    catalog: demoCatalogEUR,
    ...options.adapter,
    subscription,
    now: () => testNow,
  });
  const locale = options.locale ?? 'en';
  const result = render(
    <div dir={options.dir ?? 'ltr'} lang={locale} style={{ maxInlineSize: 640, padding: 16 }}>
      <BillingProvider adapter={adapter} locale={locale} locales={[fr]} now={() => testNow}>
        {ui}
      </BillingProvider>
    </div>,
  );
  return { ...result, adapter, screen };
}

/**
 * Collapses the layout's ordinary whitespace (line breaks, indentation) and nothing else: the
 * no-break spaces of French text (U+00A0 before « € » and « : », U+202F in « 10 000 ») stay, so
 * a test comparing French text compares the real characters and a lost no-break space fails it.
 */
export const norm = (text: string | null | undefined) =>
  (text ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();

/** Runs axe on `node` and returns the ids of the rules it breaks (empty when clean). */
export async function axeViolations(node: Element): Promise<string[]> {
  const results = await axe.run(node, { resultTypes: ['violations'] });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
