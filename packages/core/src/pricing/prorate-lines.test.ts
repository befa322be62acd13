import { describe, expect, it } from 'vitest';
import { createDemoSubscription, demoCatalogEUR } from '../demo/index.js';
import { previewChange } from './preview-change.js';

// Marketing Plus 10 000, monthly (59.00, 3 seats included, 10.00 an extra seat), December 2026.
const subscription = createDemoSubscription(new Date('2026-12-10T00:00:00Z'));
// 25 250 s left of 2 678 400: the instant of packages/stripe/DESIGN.md section 5.
const at = '2026-12-31T16:59:10Z';
const withSeats = (seats: number) => ({
  ...subscription,
  selection: { ...subscription.selection, seats },
});

const summary = (preview: ReturnType<typeof previewChange>) =>
  preview.proratedLines.map((line) => [
    line.code,
    line.line.code,
    line.line.quantity,
    line.amount.amount,
  ]);

describe('per-line proration', () => {
  it('charges only the new seat line: 2 000 × 25 250 / 2 678 400 = 18.85… → 19 (the old rule said 18)', () => {
    const preview = previewChange({
      catalog: demoCatalogEUR,
      subscription,
      desired: { ...subscription.selection, seats: 5 },
      at,
    });
    expect(summary(preview)).toEqual([['charge', 'seats', 2, 19]]);
    expect([preview.credit.amount, preview.charge.amount, preview.dueToday.amount]).toEqual([
      0, 19, 19,
    ]);
    expect(preview.proratedLines[0]).toMatchObject({
      from: '2026-12-31T16:59:10.000Z',
      to: subscription.periodEnd,
    });
  });

  it('writes a quantity change as Stripe does: unused time on 2 × seat, remaining time on 5 × seat', () => {
    // 2 000 × 25 250 / 2 678 400 = 18.85 → 19; 5 000 × … = 47.13 → 47; net 28 (whole-quote: 28 too)
    const five = withSeats(5);
    const preview = previewChange({
      catalog: demoCatalogEUR,
      subscription: five,
      desired: { ...five.selection, seats: 8 },
      at,
    });
    expect(summary(preview)).toEqual([
      ['credit', 'seats', 2, -19],
      ['charge', 'seats', 5, 47],
    ]);
    expect(preview.dueToday.amount).toBe(28);
    // The plan line does not change, so it is not prorated.
    expect(preview.proratedLines.some((line) => line.line.code === 'plan')).toBe(false);
  });

  it('credits and charges both plan and seat lines on a plan change, each rounded', () => {
    const five = withSeats(5);
    const preview = previewChange({
      catalog: demoCatalogEUR,
      subscription: five,
      desired: { ...five.selection, plan: 'pro' },
      at,
    });
    const codes = preview.proratedLines.map((line) => `${line.code} ${line.line.code}`);
    expect(codes).toContain('credit plan');
    expect(codes).toContain('charge plan');
    expect(preview.proratedLines.reduce((sum, line) => sum + line.amount.amount, 0)).toBe(
      preview.dueToday.amount - preview.balanceCredit.amount,
    );
  });

  it('credits every current line and charges every new line in full when the interval changes', () => {
    const five = withSeats(5);
    const preview = previewChange({
      catalog: demoCatalogEUR,
      subscription: five,
      desired: { ...five.selection, interval: 'year' },
      at,
    });
    const charges = preview.proratedLines.filter((line) => line.code === 'charge');
    const credits = preview.proratedLines.filter((line) => line.code === 'credit');
    expect(credits.map((line) => line.line.code)).toEqual(['plan', 'seats']);
    expect(charges.map((line) => line.amount.amount)).toEqual(
      charges.map((line) => line.line.amount.amount),
    );
    expect(preview.charge.amount).toBe(preview.target?.total.amount);
  });
});
