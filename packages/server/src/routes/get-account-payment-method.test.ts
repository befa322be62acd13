// `GET /account` says what a purchase will be charged to when the payments port knows, and still
// loads the page when the provider cannot be asked.
import { describe, expect, it } from 'vitest';
import type { PaymentsPort } from '../payments/payments-port.js';
import { setup } from '../test-utils/setup.js';

const account = async (payments?: PaymentsPort) => {
  const server = await setup(payments ? { payments } : {});
  const response = await server.call('GET', '/account');
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
};

const charge: PaymentsPort['charge'] = async () => ({ chargeId: 'ch_1' });

describe('GET /account: the payment method on file', () => {
  it("carries the demo provider's card", async () => {
    expect((await account()).paymentMethod).toEqual({
      type: 'card',
      brand: 'visa',
      last4: '4242',
      expMonth: 8,
      expYear: 2028,
    });
  });

  it('carries a SEPA mandate, or null when nothing is on file', async () => {
    const sepa = await account({
      charge,
      paymentMethodOf: async () => ({ type: 'sepa_debit', last4: '3000' }),
    });
    expect(sepa.paymentMethod).toEqual({ type: 'sepa_debit', last4: '3000' });
    expect((await account({ charge, paymentMethodOf: async () => null })).paymentMethod).toBeNull();
  });

  it('leaves it out when the port does not say, or cannot be asked now', async () => {
    expect(await account({ charge })).not.toHaveProperty('paymentMethod');
    const down = await account({
      charge,
      paymentMethodOf: async () => {
        throw new Error('ECONNRESET');
      },
    });
    expect(down).not.toHaveProperty('paymentMethod');
    expect(down.subscription).toBeDefined();
  });
});
