// The demo server's payments through Stripe, offline: `createStripePaymentsPort` and the real SDK,
// pointed at a fake Stripe account that mirrors the Tarif accounts of the store. Used by
// `TARIF_PAYMENTS=stripe-fake` (bin/serve-stripe-fake.ts); @tarif/server only sees a payments port.
import type { BillingDetails, Catalog } from '@tarif/core';
import { demoTaxRates } from '@tarif/core/demo';
import { decideTax } from '@tarif/core/tax';
import type { BillingStore } from '@tarif/server';
import type { DemoPaymentsChoice } from '@tarif/server/demo';
import { createStripePaymentsPort } from '../payments/create-stripe-payments-port.js';
import { startFakeStripeAccount } from './fake-account.js';
import type { FakeStripeAccount } from './fake-account.js';
import type { FakeAutomaticTax } from './fake-subscriptions.js';

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
        accounts.push({
          accountId,
          catalog: account.catalog,
          subscription: stored.subscription,
          billingDetails: account.billingDetails ?? null,
        });
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
    // Stripe Tax on each subscription, finding for the customer what Tarif's table says: the
    // fake stands in for the customer's address, tax ids and the account's registrations.
    const subscribe = (account: (typeof accounts)[number]) => {
      const { subscription } = fake.subscribe(
        account.accountId,
        account.catalog,
        account.subscription,
      );
      fake.billing.setAutomaticTax(subscription, automaticTax(account.billingDetails));
    };
    for (const account of accounts) subscribe(account);
    options.onStart?.(fake);
    const payments = createStripePaymentsPort({
      stripe: fake.fake.client(),
      catalogs,
      stripeIdsFor: fake.stripeIdsFor,
      logger: { warn: (message, details) => console.warn('[tarif/stripe]', message, details) },
    });
    return {
      payments,
      // The server taxes with the same table the fake's Stripe Tax applies.
      taxRates: demoTaxRates,
      description: `payments through Stripe's SDK to the loopback fake on ${fake.url}`,
      onReset: async () => {
        for (const account of await mirror()) subscribe(account);
      },
      close: () => fake.close(),
    };
  };
}

/** What Stripe Tax finds for a customer that Tarif's demo table taxes by `decideTax`. */
function automaticTax(billingDetails: BillingDetails | null): FakeAutomaticTax | null {
  const decision = decideTax(billingDetails, demoTaxRates);
  if (decision.treatment === 'standard') return { rate: decision.rate, reason: 'standard_rated' };
  if (decision.treatment === 'reverse-charge') return { rate: 0, reason: 'reverse_charge' };
  return null;
}
