// 3-D Secure finished inside the review, with TARIF_PAYMENTS=stripe-fake (issue 17): the card on
// file asks for authentication, the dashboard hands the payment to Stripe.js (a stand-in here:
// Stripe.js cannot be downloaded, so `window.Stripe` is the test's, which @stripe/stripe-js's
// `loadStripe` takes as it takes the real one) and the review finishes the purchase, charged once;
// a customer who leaves the bank's window changes nothing anywhere.
import { describe, expect, it } from 'vitest';
import { stripeItemsFor } from '@tarif/stripe';
import { authenticatePath } from '@tarif/stripe/fake';
import type { BankStep } from '@tarif/stripe/fake';
import { fr } from '@tarif/ui/locales/fr';
import { billingPageSession } from './billing-page-session.js';
import { readDemoAccount } from './database.js';
import { freshDatabasePath } from './server-process.js';
import { startStripeFakeServer } from './stripe-fake-server.js';
import type { StripeFakeServer } from './stripe-fake-server.js';

const customer = 'cus_acct_demo';

/** What the page's Stripe.js stand-in hands the test: the client secret, and how the bank ends. */
declare global {
  interface Window {
    tarifBank(clientSecret: string): Promise<string>;
  }
}

describe('given the demo account billed through Stripe (the loopback fake), paying by a card that asks for 3-D Secure', () => {
  let fake: StripeFakeServer;
  const t = billingPageSession(async () => {
    fake = await startStripeFakeServer(freshDatabasePath());
    return fake.server;
  });

  /**
   * Puts a Stripe.js stand-in on the page whose `handleNextAction` asks `bank` how the customer's
   * step ends; on 'succeeded' it confirms the PaymentIntent on the fake, as Stripe.js would.
   */
  async function standInStripeJs(bank: (clientSecret: string) => Promise<BankStep>) {
    await t.context.exposeFunction('tarifBank', async (clientSecret: string) => {
      const step = await bank(clientSecret);
      if (step === 'abandoned') return 'abandoned';
      const response = await fetch(`${fake.url}${authenticatePath}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ client_secret: clientSecret, outcome: step }).toString(),
      });
      return ((await response.json()) as { status: string }).status;
    });
    await t.context.addInitScript(() => {
      const stripe = () => ({
        handleNextAction: async ({ clientSecret }: { clientSecret: string }) => {
          const status = await window.tarifBank(clientSecret);
          return status === 'succeeded'
            ? { paymentIntent: { status } }
            : { error: { type: 'card_error', code: 'payment_intent_authentication_failure' } };
        },
      });
      Object.assign(window, { Stripe: Object.assign(stripe, { version: 3 }) });
    });
  }

  async function stripeItems() {
    const { data } = await fake.stripe.subscriptions.list({ customer });
    return data[0]!.items.data
      .map((item) => ({ lookupKey: item.price.lookup_key, quantity: item.quantity }))
      .sort((a, b) => String(a.lookupKey).localeCompare(String(b.lookupKey)));
  }

  function expectedItems() {
    const { catalog, subscription } = readDemoAccount(fake.server.database);
    return [...stripeItemsFor(catalog, subscription.selection)].sort((a, b) =>
      a.lookupKey.localeCompare(b.lookupKey),
    );
  }

  const invoicesOfLiveSubscription = async () => {
    const { data } = await fake.stripe.subscriptions.list({ customer });
    return (await fake.stripe.invoices.list({ customer, subscription: data[0]!.id })).data;
  };

  async function reviewOneMoreSeat(lang: 'en' | 'fr') {
    await fake.stripe.customers.update(customer, {
      invoice_settings: { default_payment_method: 'pm_card_authenticationRequired' },
    });
    await t.billing.open({ lang });
    await t.billing.editSeats();
    await t.billing.seats.increment();
    await t.billing.continueToReview();
    await t.billing.review.waitForServerPreview();
    return t.billing.minorUnits(await t.billing.review.dueToday(), 'EUR');
  }

  it('[en] the review shows the bank step, then the same success, and Stripe charges once what it showed', async () => {
    let release!: (step: BankStep) => void;
    const atTheBank = new Promise<BankStep>((resolve) => (release = resolve));
    const secrets: string[] = [];
    await standInStripeJs(async (secret) => {
      secrets.push(secret);
      return atTheBank;
    });
    const dueToday = await reviewOneMoreSeat('en');

    await t.billing.review.confirm();
    // At the bank: the review says so, and nothing is applied or charged yet.
    await t.billing.review
      .dialog()
      .getByText(t.billing.t('purchase.authenticating'), { exact: true })
      .waitFor();
    expect(secrets).toHaveLength(1);
    expect(readDemoAccount(fake.server.database).ledger).toEqual([]);
    expect((await invoicesOfLiveSubscription()).map((invoice) => invoice.status)).toEqual(['open']);

    release('succeeded');
    await t.billing.review.expectSuccess();
    const invoices = await invoicesOfLiveSubscription();
    expect(invoices.map((invoice) => [invoice.status, invoice.amount_paid])).toEqual([
      ['paid', dueToday],
    ]);
    const account = readDemoAccount(fake.server.database);
    expect(account.subscription.selection.seats).toBe(4);
    expect(account.ledger.map((row) => [row.charge_id, row.amount])).toEqual([
      [invoices[0]!.id, dueToday],
    ]);
    expect(await stripeItems()).toEqual(expectedItems());
  });

  it('[fr] leaving the bank returns to the same review in French, and changes nothing anywhere', async () => {
    await standInStripeJs(async () => 'abandoned');
    const before = await stripeItems();
    await reviewOneMoreSeat('fr');

    await t.billing.review.confirm();
    const alert = t.billing.review.dialog().getByRole('alert');
    await alert.waitFor();
    expect(await alert.locator('.tarif-note-title').textContent()).toBe(
      fr.fr['error.authentication-failed'],
    );
    // The pending update's invoice is voided: nothing can be charged for it later.
    expect((await invoicesOfLiveSubscription()).map((invoice) => invoice.status)).toEqual(['void']);
    expect(await stripeItems()).toEqual(before);
    const account = readDemoAccount(fake.server.database);
    expect(account.subscription.selection.seats).toBe(3);
    expect(account.ledger).toEqual([]);
    await expect
      .poll(() => t.billing.review.confirmButton().getAttribute('aria-disabled'))
      .toBe('false');
  });
});
