import type { Money } from '@tarif/core';

/**
 * Where money moves. Plug a payment provider in here (docs/recipes/stripe.md).
 * `charge` must be idempotent by key: a repeat with the same account and key returns the first
 * charge and moves no money, which is what makes a retried commit safe.
 */
export interface PaymentsPort {
  charge(accountId: string, amount: Money, idempotencyKey: string): Promise<{ chargeId: string }>;
}
