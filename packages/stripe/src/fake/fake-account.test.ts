// The published fake as a demo or an e2e test uses it: a Stripe account seeded for a Tarif account,
// paid by the customer's default payment method, which a test sets with the SDK's own call.
import { createDemoSubscription, demoCatalogEUR } from '@tarif/core/demo';
import { afterEach, describe, expect, it } from 'vitest';
import { createStripePaymentsPort } from '../payments/create-stripe-payments-port.js';
import { changeFor } from '../test-utils/port-harness.js';
import { fetchRecordedRequests, startFakeStripeAccount } from './fake-account.js';

const subscription = createDemoSubscription(new Date('2026-03-10T12:00:00Z'));
// 3 → 5 seats on Marketing Plus (3 included), so 2 paid seat items appear mid-period.
const moreSeats = { ...subscription.selection, seats: 5 };
const at = new Date('2026-03-16T12:00:00Z');

const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const account of open.splice(0)) await account.close();
});

async function setup() {
  const account = await startFakeStripeAccount({ catalogs: [demoCatalogEUR] });
  open.push(account);
  const ids = account.subscribe('acct_demo', demoCatalogEUR, subscription);
  const stripe = account.fake.client();
  const port = createStripePaymentsPort({
    stripe,
    catalogs: [demoCatalogEUR],
    stripeIdsFor: account.stripeIdsFor,
    logger: { warn: () => undefined },
  });
  const items = () =>
    account.billing.subscription(ids.subscription).items.map((i) => [i.price, i.quantity]);
  return { account, ids, stripe, port, items };
}

describe('startFakeStripeAccount', () => {
  it('bills the Tarif account by its lookup keys, and a visa card pays the reviewed amount once', async () => {
    const { account, ids, stripe, port } = await setup();
    expect(ids).toEqual({
      customer: 'cus_acct_demo',
      subscription: expect.stringMatching(/^sub_/),
    });
    const customer = await stripe.customers.retrieve(ids.customer);
    expect(customer).toMatchObject({
      invoice_settings: { default_payment_method: 'pm_card_visa' },
      metadata: { tarif_account_id: 'acct_demo' },
    });

    const change = changeFor(demoCatalogEUR, subscription, moreSeats, at);
    const result = await port.carryOut(change);

    expect(result).toMatchObject({ status: 'done', charged: change.agreed.dueToday });
    const paid = await stripe.invoices.list({ customer: ids.customer, status: 'paid' });
    expect(paid.data.map((invoice) => invoice.amount_paid)).toEqual([
      change.agreed.dueToday.amount,
    ]);
    const updates = (await fetchRecordedRequests(account.url)).filter(
      (r) => r.method === 'POST' && r.path === `/v1/subscriptions/${ids.subscription}`,
    );
    expect(updates).toHaveLength(1);
    expect(updates[0]!.params).toMatchObject({ payment_behavior: 'error_if_incomplete' });
  });

  it('a customer paying by pm_card_chargeDeclined gets declined, and Stripe keeps the old items with no invoice', async () => {
    const { ids, stripe, port, items } = await setup();
    const before = items();
    await stripe.customers.update(ids.customer, {
      invoice_settings: { default_payment_method: 'pm_card_chargeDeclined' },
    });

    const result = await port.carryOut(changeFor(demoCatalogEUR, subscription, moreSeats, at));

    expect(result.status).toBe('declined');
    expect(items()).toEqual(before);
    expect((await stripe.invoices.list({ customer: ids.customer })).data).toEqual([]);
    const after = await stripe.subscriptions.retrieve(ids.subscription);
    expect(after.metadata['tarif_payment_key']).toBeUndefined();
  });

  it('a customer paying by pm_card_authenticationRequired gets requires-action with a client secret, and Stripe keeps the old items with the change pending', async () => {
    const { ids, stripe, port, items } = await setup();
    const before = items();
    await stripe.customers.update(ids.customer, {
      invoice_settings: { default_payment_method: 'pm_card_authenticationRequired' },
    });
    const change = changeFor(demoCatalogEUR, subscription, moreSeats, at);

    const result = await port.carryOut(change);

    expect(result).toMatchObject({
      status: 'requires-action',
      clientSecret: expect.stringMatching(/^pi_.+_secret_/),
    });
    expect(items()).toEqual(before);
    // The pending update's invoice is open and carries the payment key; the subscription does not.
    const invoices = (await stripe.invoices.list({ customer: ids.customer })).data;
    expect(invoices.map((invoice) => invoice.status)).toEqual(['open']);
    expect(invoices[0]!.metadata?.['tarif_payment_key']).toBe(change.paymentKey);
    const after = await stripe.subscriptions.retrieve(ids.subscription);
    expect(after.metadata['tarif_payment_key']).toBeUndefined();
    expect(after.pending_update).not.toBeNull();
    // Settling reads the same step again, with the same secret, without sending anything.
    expect(await port.settle(change)).toEqual(result);
  });

  it('subscribing the account again (a reset) cancels the old subscription, makes a new one and pays by visa again', async () => {
    const { account, ids, stripe } = await setup();
    await stripe.customers.update(ids.customer, {
      invoice_settings: { default_payment_method: 'pm_card_chargeDeclined' },
    });
    const again = account.subscribe('acct_demo', demoCatalogEUR, subscription);
    expect(again.subscription).not.toBe(ids.subscription);
    const listed = await stripe.subscriptions.list({ customer: ids.customer });
    expect(listed.data.map((sub) => sub.id)).toEqual([again.subscription]);
    expect((await stripe.subscriptions.retrieve(ids.subscription)).status).toBe('canceled');
    expect(await account.stripeIdsFor('acct_demo')).toEqual(again);
    expect(account.billing.customers.paymentOutcome(again.customer)).toEqual({
      kind: 'succeeded',
    });
  });
});
