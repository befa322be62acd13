// 3-D Secure through @tarif/server's handler, the Stripe port and the loopback fake, with the
// browser side played by `createStripeBrowserPayments` over a Stripe.js stand-in: the commit
// answers the invoice's client secret, the bank's step pays the invoice of a pending update, and
// the same key finishes the commit once; an abandoned step voids the invoice and changes nothing.
import { describe, expect, it } from 'vitest';
import { createStripeBrowserPayments } from '../browser/stripe-browser-payments.js';
import { createStripeJsStandIn } from '../fake/stripe-js-stand-in.js';
import type { BankStep } from '../fake/stripe-js-stand-in.js';
import { serverHarnesses } from '../test-utils/server-harness.js';

const harness = serverHarnesses();

async function setup() {
  const t = await harness();
  t.at('2026-03-16T12:00:00Z');
  // The customer's card asks for 3-D Secure on every payment (Stripe's test card).
  await t.h.fake.client().customers.update('cus_tarif_demo', {
    invoice_settings: { default_payment_method: 'pm_card_authenticationRequired' },
  });
  const steps: BankStep[] = [];
  const browser = createStripeBrowserPayments({
    stripe: createStripeJsStandIn({
      url: `http://127.0.0.1:${t.h.fake.port}`,
      bank: () => steps.shift() ?? 'succeeded',
    }),
  });
  const selection = { ...t.base, seats: 5 };
  const { id } = await t.preview(selection);
  const commit = (key: string) => t.call('POST', '/commits', { previewId: id }, key);
  const seats = async () =>
    (await t.store.getSubscription('acct_demo'))?.subscription.selection.seats;
  const invoices = () => [...t.h.billing.invoices.values()];
  return { ...t, steps, browser, selection, commit, seats, invoices };
}

describe('3-D Secure through the server with the Stripe port', () => {
  it('answers the client secret, applies nothing, then finishes once after the bank step', async () => {
    const s = await setup();
    const first = await s.commit('key-sca-0001');
    expect(first.status).toBe(402);
    const body = await first.json();
    expect(body.error.code).toBe('payment-requires-action');
    const [held] = s.invoices();
    expect(held?.status).toBe('open');
    expect(body.nextAction.clientSecret).toMatch(new RegExp(`^pi_${held!.id}_secret_`));
    // Stripe holds the change as a pending update: today's items are still billed.
    expect(s.stripeItems()).toEqual(s.itemsOf(s.base));
    expect(await s.seats()).toBe(3);

    await expect(s.browser.handleNextAction(body.nextAction)).resolves.toBe('succeeded');
    const done = await s.commit('key-sca-0001');
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({
      status: 'succeeded',
      charged: { amount: held!.amount_due },
    });
    expect(s.invoices().map((invoice) => invoice.status)).toEqual(['paid']);
    expect(s.stripeItems()).toEqual(s.itemsOf(s.selection));
    expect(await s.seats()).toBe(5);
    expect(await s.store.listCharges('acct_demo')).toMatchObject([{ chargeId: held!.id }]);
    // One update refused by error_if_incomplete, then the pending update, each under its own key.
    const updates = s.keysTo(`/v1/subscriptions/${s.h.sub.id}`);
    expect(updates).toHaveLength(2);
    expect(updates[0]).toMatch(/:update$/);
    expect(updates[1]).toBe(updates[0]!.replace(/:update$/, ':pending-update'));
  });

  it('voids the invoice when the customer leaves the bank, and the same review goes again', async () => {
    const s = await setup();
    s.steps.push('abandoned');
    const first = await (await s.commit('key-sca-0002')).json();
    await expect(s.browser.handleNextAction(first.nextAction)).resolves.toBe('failed');
    const dropped = await s.call('DELETE', '/commits', undefined, 'key-sca-0002');
    expect(dropped.status).toBe(200);
    expect(await dropped.json()).toEqual({ status: 'abandoned' });
    expect(s.invoices().map((invoice) => invoice.status)).toEqual(['void']);
    expect(s.h.sub.pendingUpdate).toBeNull();
    expect(s.stripeItems()).toEqual(s.itemsOf(s.base));
    expect(await s.seats()).toBe(3);
    expect(await s.store.listCharges('acct_demo')).toHaveLength(0);

    // Confirmed again from the same review: a new payment, authenticated this time, charged once.
    const again = await (await s.commit('key-sca-0002')).json();
    expect(again.nextAction.clientSecret).not.toBe(first.nextAction.clientSecret);
    await s.browser.handleNextAction(again.nextAction);
    expect((await s.commit('key-sca-0002')).status).toBe(200);
    expect(s.invoices().map((invoice) => invoice.status)).toEqual(['void', 'paid']);
    expect(await s.store.listCharges('acct_demo')).toHaveLength(1);
    expect(await s.seats()).toBe(5);
  });
});
