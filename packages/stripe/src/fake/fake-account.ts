// A Stripe account on the loopback fake, set up the way a host sets up a real one for Tarif: every
// price of its catalogs under the port's lookup keys, and per Tarif account a customer and a
// subscription billing exactly that account's selection. What a demo or an end-to-end test starts.
import type { Catalog, Subscription } from '@tarif/core';
import { stripeItemsFor } from '../catalog/expected-prices.js';
import type { StripeIds } from '../payments/create-stripe-payments-port.js';
import { startFakeStripe } from './fake-stripe.js';
import type { FakeStripe, RecordedRequest } from './fake-stripe.js';
import { installFakeBilling } from './fake-subscriptions.js';
import type { FakeBilling } from './fake-subscriptions.js';
import { seedPrices } from './seed-prices.js';

export interface FakeStripeAccountOptions {
  /** Every catalog version sold: each gets its full set of prices. */
  readonly catalogs: readonly Catalog[];
  /** The loopback port; 0 (the default) picks a free one. */
  readonly port?: number;
}

export interface FakeStripeAccount {
  readonly fake: FakeStripe;
  readonly billing: FakeBilling;
  /** `http://127.0.0.1:<port>`: give its host and port to `new Stripe(key, { host, port, protocol: 'http' })`. */
  readonly url: string;
  /**
   * Makes `accountId`'s customer (`cus_<accountId>`, paying by `pm_card_visa`) and a new
   * subscription billing `subscription`'s selection over its period, replacing any earlier one:
   * call it again after the Tarif account was reset.
   */
  subscribe(accountId: string, catalog: Catalog, subscription: Subscription): StripeIds;
  /** The ids `subscribe` made, for `createStripePaymentsPort({ stripeIdsFor })`. */
  stripeIdsFor(accountId: string): Promise<StripeIds>;
  close(): Promise<void>;
}

/** The path that lists the fake's recorded requests as JSON, for a test in another process. */
export const recordedRequestsPath = '/__fake/requests';

/**
 * Starts the fake with the prices of `catalogs`. Besides Stripe's routes it answers
 * `GET /__fake/requests` with `{ data: RecordedRequest[] }` (every request but these), so a test
 * outside the process counts the calls a click made; it changes nothing.
 */
export async function startFakeStripeAccount(
  options: FakeStripeAccountOptions,
): Promise<FakeStripeAccount> {
  const fake = await startFakeStripe(options.port === undefined ? {} : { port: options.port });
  const billing = installFakeBilling(fake);
  for (const catalog of options.catalogs) seedPrices(fake, catalog);
  const ids = new Map<string, StripeIds>();

  fake.route('GET', recordedRequestsPath, () => ({
    body: { data: fake.requests.filter((request) => request.path !== recordedRequestsPath) },
  }));

  return {
    fake,
    billing,
    url: `http://127.0.0.1:${fake.port}`,
    subscribe(accountId, catalog, subscription) {
      const customer = billing.customers.add({
        id: `cus_${accountId}`,
        metadata: { tarif_account_id: accountId },
      });
      const previous = ids.get(accountId);
      if (previous) billing.subscription(previous.subscription).status = 'canceled';
      const sub = billing.addSubscription({
        customer: customer.id,
        periodStart: new Date(subscription.periodStart),
        periodEnd: new Date(subscription.periodEnd),
        items: stripeItemsFor(catalog, subscription.selection),
      });
      const made = { customer: customer.id, subscription: sub.id };
      ids.set(accountId, made);
      return made;
    },
    async stripeIdsFor(accountId) {
      const found = ids.get(accountId);
      if (!found) throw new Error(`No Stripe customer for Tarif account ${accountId}`);
      return found;
    },
    close: () => fake.close(),
  };
}

/** Reads a fake's recorded requests from `url` (a `FakeStripeAccount`'s), e.g. from another process. */
export async function fetchRecordedRequests(url: string): Promise<RecordedRequest[]> {
  const response = await fetch(`${url}${recordedRequestsPath}`);
  if (!response.ok) throw new Error(`${recordedRequestsPath} answered ${response.status}`);
  return ((await response.json()) as { data: RecordedRequest[] }).data;
}
