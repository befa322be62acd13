import type { BillingStore } from '../store/store-types.js';
import type { PaymentsPort } from './payments-port.js';

/** The demo payments port: records each charge as a `ledger` row (unique per account and key); no money moves. */
export function createLedgerPayments(
  store: BillingStore,
  now: () => Date = () => new Date(),
): PaymentsPort {
  return {
    charge(accountId, amount, idempotencyKey) {
      return store.recordCharge({ accountId, amount, idempotencyKey, at: now().toISOString() });
    },
  };
}
