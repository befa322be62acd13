import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../catalog/catalog-types.js';
import { previewWithScheduled } from '../commit/preview-with-scheduled.js';
import { createDemoSubscription, demoCatalogEUR } from '../demo/index.js';
import { sellableSelection } from '../test-utils/arbitraries.js';
import { previewTax } from './preview-tax.js';
import { taxTotal } from './tax-lines.js';
import type { TaxDecision } from './tax-types.js';

const at = new Date('2026-03-11T00:00:00.000Z');
const subscription = createDemoSubscription(new Date('2026-03-10T00:00:00.000Z'));
const state = { subscription, scheduled: null };
const fr: TaxDecision = { treatment: 'standard', country: 'FR', rate: 2000 };

function priced(catalog: Catalog, seats: number) {
  const desired = { ...subscription.selection, seats };
  return previewWithScheduled(catalog, state, desired, at);
}

describe('previewTax', () => {
  it('taxes each prorated line and the renewal, and debits the gross today', () => {
    const { preview, renewalQuote } = priced(demoCatalogEUR, subscription.selection.seats + 2);
    expect(preview.mode).toBe('purchase');
    const tax = previewTax(preview, renewalQuote, fr);
    expect(tax.today.lines).toHaveLength(preview.proratedLines.length);
    expect(tax.today.net).toEqual(preview.dueToday);
    expect(tax.dueToday.amount).toBe(tax.today.net.amount + taxTotal(tax.today).amount);
    expect(tax.renewal.net).toEqual(preview.nextRenewal.total);
    expect(tax.renewal.lines).toHaveLength(renewalQuote.lines.length);
    expect(tax.renewal.taxes).toHaveLength(1);
  });

  it('keeps an inclusive catalog at its prices: the gross is the preview amount', () => {
    const inclusive: Catalog = { ...demoCatalogEUR, taxMode: 'inclusive' };
    const { preview, renewalQuote } = priced(inclusive, subscription.selection.seats + 2);
    const tax = previewTax(preview, renewalQuote, fr);
    expect(tax.dueToday).toEqual(preview.dueToday);
    expect(tax.renewal.gross).toEqual(preview.nextRenewal.total);
    expect(tax.renewal.net.amount).toBeLessThan(tax.renewal.gross.amount);
  });

  it('carries a net credit to the balance with its tax', () => {
    // Fewer contacts at once (the demo policy schedules it): only a purchase has lines today.
    const cheaper = { ...demoCatalogEUR, policy: { contactsDown: 'now' as const } };
    const desired = { ...subscription.selection, contactLimit: 5000 };
    const few = { ...state, subscription: { ...subscription, contactsInUse: 100 } };
    const { preview, renewalQuote } = previewWithScheduled(cheaper, few, desired, at);
    const tax = previewTax(preview, renewalQuote, fr);
    expect(preview.balanceCredit.amount).toBeGreaterThan(0);
    expect(tax.dueToday.amount).toBe(0);
    expect(tax.balanceCredit.amount).toBe(-tax.today.gross.amount);
  });

  it('totals are the sums of the lines, for any sellable change', () => {
    fc.assert(
      fc.property(
        sellableSelection(demoCatalogEUR),
        fc.integer({ min: 0, max: 10_000 }),
        (desired, rate) => {
          const { preview, renewalQuote } = previewWithScheduled(
            demoCatalogEUR,
            state,
            desired,
            at,
          );
          const tax = previewTax(preview, renewalQuote, { ...fr, rate });
          for (const total of [tax.today, tax.renewal]) {
            const lines = total.lines;
            expect(total.gross.amount).toBe(lines.reduce((s, line) => s + line.gross.amount, 0));
            expect(total.net.amount + taxTotal(total).amount).toBe(total.gross.amount);
          }
          expect(tax.dueToday.amount - tax.balanceCredit.amount).toBe(tax.today.gross.amount);
        },
      ),
    );
  });
});
