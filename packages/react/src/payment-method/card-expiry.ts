import type { PaymentMethodSummary } from '@tarif/core';

/**
 * True when the card on file can no longer pay at `now`: a card is valid through the last day of
 * its expiry month (UTC), so it expires when the next month starts. A mandate never expires here.
 */
export function isExpired(method: PaymentMethodSummary | null, now: Date): boolean {
  if (method?.type !== 'card') return false;
  // Date.UTC takes the month from 0: `expMonth` (1 to 12) is the month after the expiry month.
  return now.getTime() >= Date.UTC(method.expYear, method.expMonth, 1);
}
