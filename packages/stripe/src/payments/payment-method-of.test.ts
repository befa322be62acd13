// What the Stripe port reports as the payment method on file: the customer's default payment
// method for invoices, read from the fake with Stripe's own shapes.
import { describe, expect, it } from 'vitest';
import { createDemoSubscription, demoCatalogEUR } from '@tarif/core/demo';
import { portHarness } from '../test-utils/port-harness.js';

const subscription = createDemoSubscription(new Date('2026-03-16T12:00:00Z'));

describe('the Stripe port: the payment method on file', () => {
  it.each([
    ['pm_card_visa', { type: 'card', brand: 'visa', last4: '4242', expMonth: 12, expYear: 2034 }],
    [
      'pm_fake_expired_card',
      { type: 'card', brand: 'visa', last4: '4242', expMonth: 1, expYear: 2024 },
    ],
    ['pm_fake_sepa_debit', { type: 'sepa_debit', last4: '3000' }],
  ] as const)('reads %s', async (paymentMethod, expected) => {
    const h = await portHarness(demoCatalogEUR, subscription);
    try {
      h.billing.customers.add({ id: 'cus_tarif_demo', defaultPaymentMethod: paymentMethod });
      await expect(h.port.paymentMethodOf!('acct_demo')).resolves.toEqual(expected);
    } finally {
      await h.fake.close();
    }
  });

  it('answers null when no default payment method is set', async () => {
    const h = await portHarness(demoCatalogEUR, subscription);
    try {
      h.billing.customers.add({ id: 'cus_tarif_demo' });
      await h.fake.client().customers.update('cus_tarif_demo', {
        invoice_settings: { default_payment_method: '' },
      });
      await expect(h.port.paymentMethodOf!('acct_demo')).resolves.toBeNull();
    } finally {
      await h.fake.close();
    }
  });
});
