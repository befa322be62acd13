// The whole browser flow with TARIF_PAYMENTS=stripe-fake (issue 10): every charge goes from the
// review modal through @tarif/server, @tarif/stripe's payments port and the real `stripe` SDK to
// the loopback fake, which prorates and invoices from its own state. What the customer was shown
// must be what Stripe billed, to the minor unit; a declined card must change nothing anywhere.
import { describe, expect, it } from 'vitest';
import { stripeItemsFor } from '@tarif/stripe';
import type { RecordedRequest } from '@tarif/stripe/fake';
import { fr } from '@tarif/ui/locales/fr';
import { axeViolations } from './axe.js';
import { billingPageSession } from './billing-page-session.js';
import { readDemoAccount } from './database.js';
import { freshDatabasePath } from './server-process.js';
import { startStripeFakeServer } from './stripe-fake-server.js';
import type { StripeFakeServer } from './stripe-fake-server.js';

/** The demo account's Stripe customer (startFakeStripeAccount names it after the Tarif account). */
const customer = 'cus_acct_demo';

describe('given the demo account billed through Stripe (the loopback fake): Marketing Plus, monthly, 10 000 contacts, 3 seats', () => {
  let fake: StripeFakeServer;

  // Before each test the reset seeds the demo again and gives it a new Stripe subscription, paid
  // by pm_card_visa.
  const t = billingPageSession(async () => {
    fake = await startStripeFakeServer(freshDatabasePath());
    return fake.server;
  });

  /** The account's live Stripe subscription. */
  async function stripeSubscription() {
    const { data } = await fake.stripe.subscriptions.list({ customer });
    expect(data).toHaveLength(1);
    return data[0]!;
  }

  /** Stripe's items as lookup keys and quantities, in a stable order. */
  async function stripeItems() {
    const { items } = await stripeSubscription();
    return items.data
      .map((item) => ({ lookupKey: item.price.lookup_key, quantity: item.quantity }))
      .sort((a, b) => String(a.lookupKey).localeCompare(String(b.lookupKey)));
  }

  /** What the port must bill for Tarif's subscription as the database holds it. */
  function expectedItems() {
    const { catalog, subscription } = readDemoAccount(fake.server.database);
    return [...stripeItemsFor(catalog, subscription.selection)].sort((a, b) =>
      a.lookupKey.localeCompare(b.lookupKey),
    );
  }

  /** The paid invoices of the live subscription, newest first (a reset leaves the old ones). */
  const paidInvoices = async () => {
    const subscription = (await stripeSubscription()).id;
    return (await fake.stripe.invoices.list({ customer, subscription, status: 'paid' })).data;
  };

  /** The subscription updates Stripe received (failed ones too), from the fake's record. */
  const updatesIn = (requests: readonly RecordedRequest[]) =>
    requests.filter((r) => r.method === 'POST' && /^\/v1\/subscriptions\/[^/]+$/.test(r.path));

  it('[en] buying a seat, then the SMS add-on: Stripe bills exactly what each review showed as due today, once', async () => {
    // The fake keeps every request since the server started: count this test's only.
    const since = (await fake.requests()).length;
    await t.billing.open({ lang: 'en' });

    // A seat: 3 → 4 (Plus includes 3, so one paid seat, prorated).
    await t.billing.editSeats();
    await t.billing.seats.increment();
    await t.billing.continueToReview();
    await t.billing.review.waitForServerPreview();
    const seatDueToday = t.billing.minorUnits(await t.billing.review.dueToday(), 'EUR');
    expect(seatDueToday).toBeGreaterThan(0);
    await t.billing.review.confirm();
    await t.billing.review.expectSuccess();

    let invoices = await paidInvoices();
    expect(invoices.map((invoice) => invoice.amount_paid)).toEqual([seatDueToday]);
    // The demo account is a French business: Stripe Tax's TVA on the invoice is the review's and
    // the ledger's, to the cent, and the amount paid is the TTC the review showed.
    const seatRow = readDemoAccount(fake.server.database).ledger[0]!;
    expect(seatRow.tax_amount).toBeGreaterThan(0);
    expect(invoices[0]!.total_taxes?.map((tax) => tax.amount)).toEqual([seatRow.tax_amount]);
    expect(invoices[0]!.total_excluding_tax).toBe(seatRow.net_amount);
    expect(updatesIn((await fake.requests()).slice(since))).toHaveLength(1);
    let account = readDemoAccount(fake.server.database);
    expect(account.subscription.selection.seats).toBe(4);
    expect(account.ledger.map((row) => [row.charge_id, row.amount])).toEqual([
      [invoices[0]!.id, seatDueToday],
    ]);
    expect(await stripeItems()).toEqual(expectedItems());
    await t.billing.review.done();
    expect(await t.billing.seatsText()).toBe(t.billing.text('seats.valueText', { count: 4 }));

    // Then the SMS add-on, from its card.
    await t.billing.addOns.add(t.billing.addOnName('sms'));
    await t.billing.review.waitForServerPreview();
    const addOnDueToday = t.billing.minorUnits(await t.billing.review.dueToday(), 'EUR');
    expect(addOnDueToday).toBeGreaterThan(0);
    await t.billing.review.confirm();
    await t.billing.review.expectSuccess();

    invoices = await paidInvoices(); // newest first
    expect(invoices.map((invoice) => invoice.amount_paid)).toEqual([addOnDueToday, seatDueToday]);
    expect(updatesIn((await fake.requests()).slice(since))).toHaveLength(2);
    account = readDemoAccount(fake.server.database);
    expect(account.subscription.selection).toMatchObject({ seats: 4, addOns: ['sms'] });
    expect(account.ledger.map((row) => [row.charge_id, row.amount])).toEqual([
      [invoices[1]!.id, seatDueToday],
      [invoices[0]!.id, addOnDueToday],
    ]);
    expect(await stripeItems()).toEqual(expectedItems());
    await t.billing.review.done();
    await t.billing.addOns.button(t.billing.addOnName('sms')).waitFor({ state: 'detached' });
    expect(await t.billing.seatsText()).toBe(t.billing.text('seats.valueText', { count: 4 }));
  });

  it('[fr] a declined card: the review says so in French, a double click calls Stripe at most once per step, and nothing changes anywhere', async () => {
    await fake.stripe.customers.update(customer, {
      invoice_settings: { default_payment_method: 'pm_card_chargeDeclined' },
    });
    const stripeBefore = await stripeItems();
    await t.billing.open({ lang: 'fr' });
    await t.billing.editSeats();
    await t.billing.seats.increment();
    await t.billing.continueToReview();
    await t.billing.review.waitForServerPreview();
    const since = (await fake.requests()).length;

    const confirm = t.billing.review.confirmButton();
    await expect.poll(() => confirm.getAttribute('aria-disabled')).not.toBe('true');
    expect(await confirm.innerText()).toBe('Confirmer l’achat');
    await confirm.dblclick();

    const alert = t.billing.review.purchaseError();
    await alert.waitFor();
    // The catalog's own words, typographic apostrophe and all, not a normalised copy.
    expect(await alert.locator('.tarif-note-title').textContent()).toBe(
      fr.fr['error.payment-declined'],
    );
    // Stripe was asked, and declined; no step of the purchase went to Stripe twice.
    await expect.poll(async () => updatesIn((await fake.requests()).slice(since)).length).toBe(1);
    const calls = (await fake.requests()).slice(since).map((r) => `${r.method} ${r.path}`);
    const perStep = new Map<string, number>();
    for (const call of calls) perStep.set(call, (perStep.get(call) ?? 0) + 1);
    expect([...perStep.values()].every((count) => count === 1)).toBe(true);
    expect(await axeViolations(t.billing.page)).toEqual([]);

    // Unchanged in the database, on Stripe and on the page.
    const account = readDemoAccount(fake.server.database);
    expect(account.ledger).toEqual([]);
    expect(account.subscription.selection.seats).toBe(3);
    expect(await paidInvoices()).toEqual([]);
    expect(await stripeItems()).toEqual(stripeBefore);
    await t.billing.review.cancel();
    expect(await t.billing.seatsText()).toBe(t.billing.text('seats.valueText', { count: 3 }));
  });
});
