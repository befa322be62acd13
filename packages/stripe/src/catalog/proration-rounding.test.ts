import { previewChange } from '@tarif/core';
import { createDemoSubscription, demoCatalogEUR } from '@tarif/core/demo';
import { describe, expect, it } from 'vitest';
import { toStripeAmount } from './stripe-amounts.js';

// A characterization of the blocker in DESIGN.md section 5, kept as a test so that it is seen to
// go away: core rounds a change's proration on the whole quote (credit and charge), while Stripe
// prorates each subscription item that changes, one rounded line each.
describe('proration rounding, core against per-line (known gap, DESIGN.md section 5)', () => {
  it('seats 3 -> 5 on Marketing Plus 10 000 (EUR, monthly) with 25 250 s left: core 18, one prorated line 19', () => {
    const subscription = createDemoSubscription(new Date('2026-12-10T00:00:00Z'));
    const at = new Date('2026-12-31T16:59:10Z');
    const preview = previewChange({
      catalog: demoCatalogEUR,
      subscription,
      desired: { ...subscription.selection, seats: 5 },
      at,
    });
    const period = BigInt(
      (Date.parse(subscription.periodEnd) - Date.parse(subscription.periodStart)) / 1000,
    );
    const remaining = BigInt((Date.parse(subscription.periodEnd) - at.getTime()) / 1000);
    expect({ period, remaining }).toEqual({ period: 2_678_400n, remaining: 25_250n });

    // The one item that changes: two extra seats at 1 000, prorated and rounded half up, in integers.
    const seatLine = toStripeAmount(2 * 1000, 'EUR');
    const perLine = Number((2n * BigInt(seatLine) * remaining + period) / (2n * period));

    expect(preview.mode).toBe('purchase');
    expect({ credit: preview.credit.amount, charge: preview.charge.amount }).toEqual({
      credit: 56,
      charge: 74,
    });
    expect(preview.dueToday.amount).toBe(18);
    expect(perLine).toBe(19);
  });
});
