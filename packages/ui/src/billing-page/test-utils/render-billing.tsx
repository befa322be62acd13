// Browser-test helpers for the purchase flows: a real BillingProvider over a memory adapter,
// rendered into the page with react-dom, plus an axe run. Not shipped (tsconfig excludes test-utils).
import { act } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import axe from 'axe-core';
import { BillingProvider } from '@tarif/react';
import type { AdapterOperation, BillingAdapter } from '@tarif/react';
import type { MessageOverrides } from '@tarif/react/i18n';
import { createMemoryAdapter } from '@tarif/react/testing';
import type { MemoryAdapter, MemoryAdapterOptions } from '@tarif/react/testing';
import { createDemoSubscription } from '@tarif/core/demo';
import type { Selection } from '@tarif/core';
import { de } from '../../locales/de.js';
import { fr } from '../../locales/fr.js';
import '../../styles.css';

// 16 March 2026, noon UTC: mid-period, so proration gives non-trivial amounts.
export const testNow = new Date('2026-03-16T12:00:00Z');
const clock = () => testNow;

export interface RenderOptions extends Omit<MemoryAdapterOptions, 'subscription' | 'now'> {
  locale?: string;
  /** Operations held from the first call until the test calls `adapter.release(operation)`. */
  hold?: readonly AdapterOperation[];
  selection?: Partial<Selection>;
  seatsInUse?: number;
  contactsInUse?: number;
  /** Where the render's container goes (a host page's `#root`, say); default `document.body`. */
  parent?: HTMLElement;
  /** The adapter the provider gets, built over the memory adapter (an HTTP adapter whose fetch answers from it, say); default the memory adapter itself. */
  adapterFor?: (memory: MemoryAdapter) => BillingAdapter;
  /** The provider's `messages` (a host's overrides). */
  messages?: MessageOverrides;
}

export interface Rendered {
  adapter: MemoryAdapter;
  container: HTMLElement;
  unmount: () => void;
}

let mounted: { root: Root; container: HTMLElement } | null = null;

/** Renders `ui` inside a provider over a fresh memory adapter; unmounts the previous render first. */
export async function renderWithBilling(
  ui: ReactNode,
  options: RenderOptions = {},
): Promise<Rendered> {
  cleanup();
  const {
    locale = 'en',
    hold = [],
    selection,
    seatsInUse,
    contactsInUse,
    parent = document.body,
    adapterFor,
    messages,
    ...adapterOptions
  } = options;
  const base = createDemoSubscription(testNow);
  const adapter = createMemoryAdapter({
    ...adapterOptions,
    now: clock,
    subscription: {
      ...base,
      selection: { ...base.selection, ...selection },
      ...(seatsInUse !== undefined ? { seatsInUse } : {}),
      ...(contactsInUse !== undefined ? { contactsInUse } : {}),
    },
  });
  for (const operation of hold) adapter.hold(operation);
  const container = document.createElement('div');
  container.lang = locale;
  parent.append(container);
  const root = createRoot(container);
  mounted = { root, container };
  await act(async () => {
    root.render(
      <BillingProvider
        adapter={adapterFor ? adapterFor(adapter) : adapter}
        locale={locale}
        locales={[fr, de]}
        now={clock}
        previewDebounceMs={0}
        {...(messages ? { messages } : {})}
      >
        {ui}
      </BillingProvider>,
    );
  });
  return { adapter, container, unmount: cleanup };
}

export function cleanup(): void {
  if (!mounted) return;
  const { root, container } = mounted;
  mounted = null;
  act(() => root.unmount());
  container.remove();
}

/** Axe over the whole document (dialogs are portalled to <body>); returns the violations. */
export async function axeViolations(): Promise<axe.Result[]> {
  const results = await axe.run(document.body, { resultTypes: ['violations'] });
  return results.violations;
}

/**
 * Collapses the layout's ordinary whitespace (line breaks between elements, indentation) and
 * nothing else: French text keeps its U+00A0 and U+202F, so « 1 234,56 € » is compared with the
 * very characters Intl and the catalogs write, and a lost no-break space fails the test.
 */
export function normalizeSpaces(text: string | null | undefined): string {
  return (text ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}
