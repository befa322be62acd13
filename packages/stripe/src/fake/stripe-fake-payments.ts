// The demo server's payments through Stripe, offline: `createStripePaymentsPort` and the real SDK,
// pointed at a fake Stripe account that mirrors the Tarif accounts of the store. Used by
// `TARIF_PAYMENTS=stripe-fake` (bin/serve-stripe-fake.ts); @tarif/server only sees a payments port.
import type { Catalog } from '@tarif/core';
import type { BillingStore } from '@tarif/server';
import type { DemoPaymentsChoice } from '@tarif/server/demo';
import { createStripePaymentsPort } from '../payments/create-stripe-payments-port.js';
import { startFakeStripeAccount } from './fake-account.js';
import type { FakeStripeAccount } from './fake-account.js';

export interface StripeFakePaymentsOptions {
  /** The Tarif accounts to mirror, each with a customer and a subscription on the fake. */
  readonly accountIds: readonly string[];
  /** The fake's loopback port; 0 picks a free one (the startup line says which). */
  readonly port?: number;
  /** Called with the fake once it runs, e.g. to script a failure. */
  readonly onStart?: (account: FakeStripeAccount) => void;
}

/**
 * For `runDemoServer({ payments })`: starts the fake with the prices of every account's catalog
 * and a subscription matching each account's subscription now (a fresh fake per start, so it
 * mirrors what the database holds, purchases since the first start included), and subscribes
 * them again after a test reset.
 */
export function stripeFakePayments(
  options: StripeFakePaymentsOptions,
): (store: BillingStore) => Promise<DemoPaymentsChoice> {
  return async (store) => {
    const mirror = async () => {
      const accounts = [];
      for (const accountId of options.accountIds) {
        const account = await store.getAccount(accountId);
        const stored = await store.getSubscription(accountId);
        if (!account || !stored) throw new Error(`No Tarif account ${accountId} to mirror`);
        accounts.push({ accountId, catalog: account.catalog, subscription: stored.subscription });
      }
      return accounts;
    };
    const accounts = await mirror();
    const catalogs: Catalog[] = [
      ...new Map(accounts.map(({ catalog }) => [catalog.version, catalog])).values(),
    ];
    const fake = await startFakeStripeAccount({
      catalogs,
      ...(options.port === undefined ? {} : { port: options.port }),
    });
    for (const { accountId, catalog, subscription } of accounts) {
      fake.subscribe(accountId, catalog, subscription);
    }
    options.onStart?.(fake);
    const payments = createStripePaymentsPort({
      stripe: fake.fake.client(),
      catalogs,
      stripeIdsFor: fake.stripeIdsFor,
      logger: { warn: (message, details) => console.warn('[tarif/stripe]', message, details) },
    });
    return {
      payments,
      // The fake computes no tax yet: the server must not add any Stripe would not charge.
      taxRates: null,
      description: `payments through Stripe's SDK to the loopback fake on ${fake.url}`,
      onReset: async () => {
        for (const { accountId, catalog, subscription } of await mirror()) {
          fake.subscribe(accountId, catalog, subscription);
        }
      },
      close: () => fake.close(),
    };
  };
}
