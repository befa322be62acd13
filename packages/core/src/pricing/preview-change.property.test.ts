import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../catalog/catalog-types.js';
import { demoCatalogEUR, demoCatalogJPY } from '../demo/index.js';
import { anySelection, sellableSelection } from '../test-utils/arbitraries.js';
import { previewChange } from './preview-change.js';
import type { ChangePreview, Subscription } from './preview-types.js';
import { quote } from './quote.js';

const periodStart = Date.parse('2024-02-01T00:00:00Z');
const periodEnd = Date.parse('2024-03-01T00:00:00Z');
// Instants from a week before the period to a week after it, to the millisecond.
const instant = fc
  .integer({ min: periodStart - 7 * 86_400_000, max: periodEnd + 7 * 86_400_000 })
  .map((ms) => new Date(ms).toISOString());

function subscriptionOf(catalog: Catalog): fc.Arbitrary<Subscription> {
  return fc.record({
    selection: sellableSelection(catalog),
    periodStart: fc.constant(new Date(periodStart).toISOString()),
    periodEnd: fc.constant(new Date(periodEnd).toISOString()),
    contactsInUse: fc.integer({ min: 0, max: 120000 }),
    seatsInUse: fc.integer({ min: 0, max: 60 }),
  });
}

function amountsOf(preview: ChangePreview): number[] {
  return [
    preview.credit,
    preview.charge,
    preview.dueToday,
    preview.balanceCredit,
    preview.nextRenewal.total,
    ...preview.proration.map((line) => line.amount),
  ].map((m) => m.amount);
}

describe.each([
  ['EUR', demoCatalogEUR],
  ['JPY', demoCatalogJPY],
])('previewChange on the %s demo catalog', (_, catalog) => {
  it('prorates an unchanged selection to zero, at any instant', () => {
    fc.assert(
      fc.property(subscriptionOf(catalog), instant, (subscription, at) => {
        const preview = previewChange({
          catalog,
          subscription,
          desired: subscription.selection,
          at,
        });
        expect(preview.mode).toBe('none');
        expect([
          preview.credit.amount,
          preview.charge.amount,
          preview.dueToday.amount,
          preview.balanceCredit.amount,
        ]).toEqual([0, 0, 0, 0]);
        expect(preview.proration).toEqual([]);
      }),
    );
  });

  it('never credits more than the current period cost, and only ever integers', () => {
    fc.assert(
      fc.property(
        subscriptionOf(catalog),
        sellableSelection(catalog),
        instant,
        (subscription, desired, at) => {
          const preview = previewChange({ catalog, subscription, desired, at });
          expect(preview.credit.amount).toBeGreaterThanOrEqual(0);
          expect(preview.credit.amount).toBeLessThanOrEqual(
            quote(catalog, subscription.selection).total.amount,
          );
          for (const amount of amountsOf(preview)) expect(Number.isSafeInteger(amount)).toBe(true);
        },
      ),
    );
  });

  it('nets charge against credit: due today minus balance credit is charge minus credit', () => {
    fc.assert(
      fc.property(
        subscriptionOf(catalog),
        sellableSelection(catalog),
        instant,
        (subscription, desired, at) => {
          const preview = previewChange({ catalog, subscription, desired, at });
          expect(preview.dueToday.amount).toBeGreaterThanOrEqual(0);
          expect(preview.balanceCredit.amount).toBeGreaterThanOrEqual(0);
          expect(preview.dueToday.amount - preview.balanceCredit.amount).toBe(
            preview.charge.amount - preview.credit.amount,
          );
          const lines = preview.proration.reduce((total, line) => total + line.amount.amount, 0);
          expect(lines).toBe(preview.charge.amount - preview.credit.amount);
        },
      ),
    );
  });

  it('charges nothing unless the change is a purchase', () => {
    fc.assert(
      fc.property(
        subscriptionOf(catalog),
        anySelection(catalog),
        instant,
        (subscription, desired, at) => {
          const preview = previewChange({ catalog, subscription, desired, at });
          if (preview.mode !== 'purchase') {
            expect([preview.credit.amount, preview.charge.amount, preview.dueToday.amount]).toEqual(
              [0, 0, 0],
            );
            expect(preview.proration).toEqual([]);
            expect(preview.effectiveNow).toEqual(subscription.selection);
          }
          expect(preview.mode === 'blocked').toBe(preview.blocking.length > 0);
          expect(preview.target === null).toBe(preview.mode === 'blocked');
        },
      ),
    );
  });

  it('never throws, whatever the desired selection', () => {
    fc.assert(
      fc.property(
        subscriptionOf(catalog),
        anySelection(catalog),
        instant,
        (subscription, desired, at) => {
          const preview = previewChange({ catalog, subscription, desired, at });
          for (const amount of amountsOf(preview)) expect(Number.isSafeInteger(amount)).toBe(true);
        },
      ),
    );
  });
});
