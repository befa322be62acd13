import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../catalog/catalog-types.js';
import { demoCatalogEUR, demoCatalogJPY } from '../demo/index.js';
import { prorate } from '../money/prorate.js';
import { sellableSelection } from '../test-utils/arbitraries.js';
import { previewChange } from './preview-change.js';
import type { ChangePreview, Subscription } from './preview-types.js';
import { quote } from './quote.js';

// A three-decimal currency: the EUR price sheet read as fils. Only the exponent matters to the
// rule (amounts are integers in minor units whatever the currency).
const demoCatalogKWD: Catalog = { ...demoCatalogEUR, currency: 'KWD' };

const periods = {
  month: { start: Date.parse('2024-02-01T00:00:00Z'), end: Date.parse('2024-03-01T00:00:00Z') },
  year: { start: Date.parse('2024-02-01T00:00:00Z'), end: Date.parse('2025-02-01T00:00:00Z') },
};

/** A subscription whose period is one of its own interval (a leap February, or a leap year). */
function subscriptionOf(catalog: Catalog): fc.Arbitrary<Subscription> {
  return sellableSelection(catalog).map((selection) => ({
    selection,
    periodStart: new Date(periods[selection.interval].start).toISOString(),
    periodEnd: new Date(periods[selection.interval].end).toISOString(),
    contactsInUse: 0,
    seatsInUse: 0,
  }));
}

/** An instant from a day before the period to a day after it, to the millisecond. */
function instantIn(subscription: Subscription): fc.Arbitrary<string> {
  const start = Date.parse(subscription.periodStart);
  const end = Date.parse(subscription.periodEnd);
  return fc
    .integer({ min: start - 86_400_000, max: end + 86_400_000 })
    .map((ms) => new Date(ms).toISOString());
}

const change = (catalog: Catalog) =>
  subscriptionOf(catalog).chain((subscription) =>
    fc.tuple(fc.constant(subscription), sellableSelection(catalog), instantIn(subscription)),
  );

/** The rule core had before: the whole current and new quotes prorated, each rounded once. */
function wholeQuoteNet(catalog: Catalog, subscription: Subscription, preview: ChangePreview) {
  const { remainingSeconds, periodSeconds } = preview;
  const at = (total: ChangePreview['charge']) =>
    periodSeconds === 0 ? 0 : prorate(total, remainingSeconds, periodSeconds).amount;
  const next = quote(catalog, preview.effectiveNow);
  const restarts = next.interval !== subscription.selection.interval;
  return (restarts ? next.total.amount : at(next.total)) - at(preview.current.total);
}

describe.each([
  ['EUR', demoCatalogEUR],
  ['JPY', demoCatalogJPY],
  ['KWD', demoCatalogKWD],
])('per-line proration on the %s demo catalog, monthly and yearly', (_, catalog) => {
  it('sums its rounded lines: credit, charge and due today are exactly the lines', () => {
    fc.assert(
      fc.property(change(catalog), ([subscription, desired, at]) => {
        const preview = previewChange({ catalog, subscription, desired, at });
        const total = (code: 'credit' | 'charge') =>
          preview.proratedLines
            .filter((line) => line.code === code)
            .reduce((sum, line) => sum + line.amount.amount, 0);
        expect(total('credit') + preview.credit.amount).toBe(0);
        expect(total('charge')).toBe(preview.charge.amount);
        expect(total('credit') + total('charge')).toBe(
          preview.dueToday.amount - preview.balanceCredit.amount,
        );
        expect(Math.min(preview.dueToday.amount, preview.balanceCredit.amount)).toBe(0);
        for (const line of preview.proratedLines) {
          expect(line.amount.currency).toBe(catalog.currency);
          expect(Number.isSafeInteger(line.amount.amount)).toBe(true);
          // A credit never exceeds its line, a charge never exceeds its line (the full line only
          // when the interval changes).
          expect(Math.abs(line.amount.amount)).toBeLessThanOrEqual(line.line.amount.amount);
          expect(Math.sign(line.amount.amount)).not.toBe(line.code === 'credit' ? 1 : -1);
        }
      }),
    );
  });

  it('costs nothing and writes no line for a change of nothing, at any instant', () => {
    fc.assert(
      fc.property(
        subscriptionOf(catalog).chain((s) => fc.tuple(fc.constant(s), instantIn(s))),
        ([subscription, at]) => {
          const preview = previewChange({
            catalog,
            subscription,
            desired: subscription.selection,
            at,
          });
          expect(preview.proratedLines).toEqual([]);
          expect([preview.dueToday.amount, preview.balanceCredit.amount]).toEqual([0, 0]);
        },
      ),
    );
  });

  it('prorates only the lines that change: an unchanged line is neither credited nor charged', () => {
    fc.assert(
      fc.property(change(catalog), ([subscription, desired, at]) => {
        const preview = previewChange({ catalog, subscription, desired, at });
        if (preview.mode !== 'purchase') return;
        const next = quote(catalog, preview.effectiveNow);
        if (next.interval !== subscription.selection.interval) return;
        // An add-on line is its own item: kept with the same plan and interval, it never prorates.
        const kept = preview.current.lines.filter(
          (line) =>
            line.code === 'addOn' &&
            next.lines.some(
              (other) => other.code === 'addOn' && other.params.addOnId === line.params.addOnId,
            ),
        );
        for (const line of kept)
          expect(
            preview.proratedLines.filter((p) => p.line.params.addOnId === line.params.addOnId),
          ).toEqual([]);
      }),
    );
  });

  it('differs from the old whole-quote rounding by at most one minor unit per prorated line', () => {
    let differed = 0;
    fc.assert(
      fc.property(change(catalog), ([subscription, desired, at]) => {
        const preview = previewChange({ catalog, subscription, desired, at });
        if (preview.mode !== 'purchase') return;
        const perLine = preview.charge.amount - preview.credit.amount;
        const whole = wholeQuoteNet(catalog, subscription, preview);
        if (perLine !== whole) differed += 1;
        expect(Math.abs(perLine - whole)).toBeLessThanOrEqual(
          Math.max(1, preview.proratedLines.length),
        );
      }),
      { numRuns: 500 },
    );
    // The rules really are different (otherwise this property would prove nothing).
    expect(differed).toBeGreaterThan(0);
  });
});
