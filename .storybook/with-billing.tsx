// The one place stories get a billing backend: a memory adapter built from story parameters,
// wrapped in BillingProvider with the languages the toolbar offers. Engineer B's stories use the same decorator.
import { useLayoutEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { Decorator } from '@storybook/react-vite';
import { BillingProvider } from '@tarif/react';
import { createMemoryAdapter } from '@tarif/react/testing';
import type { MemoryAdapter, MemoryAdapterFaults } from '@tarif/react/testing';
import type { AdapterOperation, BillingAdapter, PrimaryAdmin, Viewer } from '@tarif/react';
import type { MessageOverrides } from '@tarif/react/i18n';
import type {
  BillingDetails,
  Catalog,
  PaymentMethodSummary,
  Selection,
  Subscription,
} from '@tarif/core';
import {
  createDemoSubscription,
  demoCatalogEUR,
  demoCatalogJPY,
  demoCatalogUSD,
  demoTaxRates,
} from '@tarif/core/demo';
import { de } from '@tarif/ui/locales/de';
import { enXA } from '@tarif/ui/locales/en-XA';
import { fr } from '@tarif/ui/locales/fr';

// Every language the toolbar offers, registered the way a host registers the ones it ships.
const storyLocales = [fr, de, enXA];

export type StoryCurrency = 'EUR' | 'USD' | 'JPY';

/** `parameters.tarif` of a story: how its backend behaves. Everything is optional. */
export interface TarifStoryParameters {
  /** Overrides of the signed-in viewer, e.g. `{ canManageBilling: false, reason: 'not-primary-admin' }`. */
  viewer?: Partial<Viewer>;
  /** Delay of every adapter call. */
  latencyMs?: number;
  /** Passed as is to `createMemoryAdapter`'s `faults` option. */
  faults?: MemoryAdapterFaults;
  /** Overrides of the account's primary admin (shown to read-only viewers). */
  primaryAdmin?: PrimaryAdmin;
  /** Overrides of the demo subscription (its selection is merged key by key). */
  subscription?: Partial<Omit<Subscription, 'selection'>> & { selection?: Partial<Selection> };
  /**
   * A change waiting for the renewal: these parts of the selection, merged over the
   * subscription's, from its period end.
   */
  scheduled?: Partial<Selection>;
  /** Operations held in flight (their pending states), until a play function releases them through `heldAdapter()`. */
  hold?: readonly AdapterOperation[];
  /** Forces a currency whatever the toolbar says (e.g. the JPY story). */
  currency?: StoryCurrency;
  /** The account never loads: for loading states. */
  neverLoads?: boolean;
  /** The story's own wording, given to the provider's `messages` (overrides of any catalog). */
  messages?: MessageOverrides;
  /**
   * The account's billing details: the backend then computes tax with the demo seller's table
   * (a French seller: TVA 20 %, MwSt. 19 %, reverse charge for EU businesses). Default: no tax.
   */
  billingDetails?: BillingDetails;
  /** What purchases are charged to (`createMemoryAdapter`'s `paymentMethod`). */
  paymentMethod?: PaymentMethodSummary | null;
  /** What « Update payment method » does; `false` hides it, as a host without the capability. */
  paymentMethodUpdate?: 'updated' | 'cancelled' | false;
}

const catalogs: Record<StoryCurrency, Catalog> = {
  EUR: demoCatalogEUR,
  USD: demoCatalogUSD,
  JPY: demoCatalogJPY,
};

let lastAdapter: MemoryAdapter | null = null;

/**
 * The memory adapter of the story on screen, for a play function to release what
 * `parameters.tarif.hold` holds (`heldAdapter().release('previewChange')`) once it has looked at
 * the pending state: no story has to wait for a slow call.
 */
export function heldAdapter(): MemoryAdapter {
  if (!lastAdapter) throw new Error('No story adapter yet: the story has not rendered.');
  return lastAdapter;
}

/** A fixed instant, so prorated amounts in stories and their tests never drift with the calendar. */
export const storyNow = new Date('2026-03-16T12:00:00Z');
const fixedClock = () => storyNow;

export function buildStoryAdapter(
  params: TarifStoryParameters,
  currency: StoryCurrency,
): BillingAdapter {
  const catalog = catalogs[params.currency ?? currency];
  const base = createDemoSubscription(storyNow);
  const subscription: Subscription = {
    ...base,
    ...params.subscription,
    selection: { ...base.selection, ...params.subscription?.selection },
  };
  const adapter = createMemoryAdapter({
    catalog,
    subscription,
    now: fixedClock,
    ...(params.viewer
      ? {
          viewer: {
            userId: 'u_viewer',
            name: 'Camille Martin',
            canManageBilling: true,
            ...params.viewer,
          },
        }
      : {}),
    ...(params.primaryAdmin ? { primaryAdmin: params.primaryAdmin } : {}),
    ...(params.scheduled
      ? {
          scheduled: {
            selection: { ...subscription.selection, ...params.scheduled },
            effectiveAt: subscription.periodEnd,
          },
        }
      : {}),
    ...(params.latencyMs !== undefined ? { latencyMs: params.latencyMs } : {}),
    ...(params.billingDetails
      ? { taxRates: demoTaxRates, billingDetails: params.billingDetails }
      : {}),
    ...(params.paymentMethod !== undefined ? { paymentMethod: params.paymentMethod } : {}),
    ...(params.paymentMethodUpdate !== undefined
      ? { paymentMethodUpdate: params.paymentMethodUpdate }
      : {}),
    // The adapter mutates its faults as they are used up; each story gets its own copy.
    ...(params.faults !== undefined ? { faults: structuredClone(params.faults) } : {}),
  });
  for (const operation of params.hold ?? []) adapter.hold(operation);
  lastAdapter = adapter;
  if (!params.neverLoads) return adapter;
  return { ...adapter, loadAccount: () => new Promise(() => {}) };
}

interface FrameProps {
  storyId: string;
  locale: string;
  theme: string;
  dir: string;
  currency: StoryCurrency;
  params: TarifStoryParameters;
  children: ReactNode;
}

function TarifStoryFrame({ storyId, locale, theme, dir, currency, params, children }: FrameProps) {
  // A new adapter (and so a fresh account) per story and currency; not per re-render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const adapter = useMemo(() => buildStoryAdapter(params, currency), [storyId, currency]);
  // Portalled dialogs render under <body>, so the theme goes on <html> as well as on the frame.
  useLayoutEffect(() => {
    document.documentElement.dataset['tarifTheme'] = theme;
    document.documentElement.lang = locale;
  }, [theme, locale]);
  return (
    <div data-tarif-theme={theme} dir={dir} lang={locale} className="tarif-story-frame">
      <BillingProvider
        key={`${storyId}:${currency}`}
        adapter={adapter}
        locale={locale}
        locales={storyLocales}
        {...(params.messages ? { messages: params.messages } : {})}
        now={fixedClock}
      >
        {children}
      </BillingProvider>
    </div>
  );
}

/** Wraps a story in BillingProvider over a memory adapter configured by `parameters.tarif` and the toolbar. */
export const withBilling: Decorator = (Story, context) => {
  const params = (context.parameters['tarif'] ?? {}) as TarifStoryParameters;
  const globals = context.globals as {
    locale?: string;
    theme?: string;
    currency?: StoryCurrency;
    dir?: string;
  };
  return (
    <TarifStoryFrame
      storyId={context.id}
      locale={globals.locale ?? 'en'}
      theme={globals.theme ?? 'light'}
      dir={globals.dir ?? 'ltr'}
      currency={params.currency ?? globals.currency ?? 'EUR'}
      params={params}
    >
      <Story />
    </TarifStoryFrame>
  );
};
