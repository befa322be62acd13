import type { ReactNode } from 'react';
import { createDemoSubscription } from '@tarif/core/demo';
import { BillingProvider } from '../provider/billing-provider.js';
import type { BillingProviderProps } from '../provider/billing-provider.js';
import { createMemoryAdapter } from '../adapter/create-memory-adapter.js';
import type { MemoryAdapterOptions } from '../adapter/create-memory-adapter.js';
import type { BillingAdapter } from '../adapter/adapter-types.js';
import { fr } from '../locales/fr.js';

/** Mid-period: the demo subscription runs 1 March → 1 April 2025 (31 days), so 16 days are left. */
export const NOW = new Date('2025-03-16T00:00:00.000Z');
export const clock = () => NOW;

export const locales = ['en', 'fr'] as const;

export function demoAdapter(options: MemoryAdapterOptions = {}) {
  return createMemoryAdapter({ now: clock, subscription: createDemoSubscription(NOW), ...options });
}

type WrapperOptions = Partial<Omit<BillingProviderProps, 'children' | 'adapter'>> & {
  adapter?: BillingAdapter;
};

export function billingWrapper({
  adapter = demoAdapter(),
  locale = 'en',
  ...rest
}: WrapperOptions = {}) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <BillingProvider adapter={adapter} locale={locale} locales={[fr]} now={clock} {...rest}>
        {children}
      </BillingProvider>
    );
  };
}

/** A promise with its resolve/reject exposed, to answer adapter calls in any order. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
