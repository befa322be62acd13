import type { Money, PaymentMethodSummary } from '@tarif/core';
import { newId } from '../http/ids.js';
import type { PaymentsPort } from '../payments/payments-port.js';

/** The demo's card on file (Stripe's test Visa). */
export const demoCard: PaymentMethodSummary = {
  type: 'card',
  brand: 'visa',
  last4: '4242',
  expMonth: 8,
  expYear: 2028,
};

/** A payment as the demo provider keeps it. */
export interface DemoPayment {
  readonly paymentKey: string;
  readonly accountId: string;
  readonly amount: Money;
  readonly chargeId: string;
  readonly createdAt: string;
}

/** The demo provider's table, kept by each store (`store.demoPayments`). */
export interface DemoPaymentsTable {
  /** Inserts the payment unless its key exists; answers the stored one (the first writer's). */
  record(payment: DemoPayment): Promise<{ chargeId: string; amount: Money }>;
  count(accountId: string): Promise<number>;
}

/**
 * The demo payments port: a stand-in for a payment provider that keeps one row per payment key
 * in the store's database. No money moves. Like a real provider, a key is bound to its amount.
 */
export function createDemoPayments(
  table: DemoPaymentsTable,
  now: () => Date = () => new Date(),
  /** What each account pays with; default a Visa ending 4242 that expires in August 2028. */
  paymentMethodOf: (accountId: string) => PaymentMethodSummary | null = () => demoCard,
): PaymentsPort {
  return {
    paymentMethodOf: async (accountId) => paymentMethodOf(accountId),
    async charge(accountId, amount, paymentKey) {
      const stored = await table.record({
        paymentKey,
        accountId,
        amount,
        chargeId: newId('ch'),
        createdAt: now().toISOString(),
      });
      if (stored.amount.amount !== amount.amount || stored.amount.currency !== amount.currency) {
        throw new Error(`Payment key ${paymentKey} was already used for another amount`);
      }
      return { chargeId: stored.chargeId };
    },
  };
}
