import { previewChange } from '@tarif/core';
import type { Catalog, Selection, Subscription } from '@tarif/core';
import { createDemoSubscription, demoCatalogEUR, demoCatalogJPY } from '@tarif/core/demo';
import { describe, expect, it } from 'vitest';
import { toStripeAmount } from './stripe-amounts.js';

// DESIGN.md section 5: Stripe prorates each subscription item that changes, one credit line for
// the old price × quantity and one charge line for the new, each rounded on its own. Core used to
// round the whole quote's credit and charge once each, which disagreed by a cent at 189 of 743
// sampled instants of a month. Core now prorates per line; this pins that the two agree at every
// sampled instant, computed here independently in bigint, half up, from Stripe amounts.

interface Item {
  readonly key: string;
  readonly unitAmount: number;
  readonly quantity: number;
}

/** The Stripe items a selection bills, from its quote lines, keyed as Stripe's prices would be. */
function itemsOf(catalog: Catalog, selection: Selection): Item[] {
  const preview = previewChange({
    catalog,
    subscription: {
      selection,
      periodStart: '2000-01-01T00:00:00Z',
      periodEnd: '2000-02-01T00:00:00Z',
      contactsInUse: 0,
      seatsInUse: 0,
    },
    desired: selection,
    at: '2000-01-01T00:00:00Z',
  });
  const { product, plan, contactLimit, interval } = selection;
  return preview.current.lines.map((line) => ({
    key:
      line.code === 'plan'
        ? `plan/${product}/${plan}/${contactLimit}/${interval}`
        : line.code === 'seats'
          ? `seat/${product}/${plan}/${interval}`
          : `addOn/${String(line.params.addOnId)}/${interval}`,
    unitAmount: toStripeAmount(line.unitAmount.amount, catalog.currency),
    quantity: line.quantity,
  }));
}

/** Stripe-style net proration of a same-interval change: credit and charge every changed item. */
function stripeNet(from: Item[], to: Item[], remaining: bigint, period: bigint): number {
  const same = (a: Item, b: Item) => a.key === b.key && a.quantity === b.quantity;
  const line = (item: Item) =>
    (2n * BigInt(item.unitAmount * item.quantity) * remaining + period) / (2n * period);
  let net = 0n;
  for (const item of from) if (!to.some((other) => same(item, other))) net -= line(item);
  for (const item of to) if (!from.some((other) => same(item, other))) net += line(item);
  return Number(net);
}

function sampleMonth(
  catalog: Catalog,
  subscription: Subscription,
  desired: Selection,
): { sampled: number; disagreements: string[] } {
  const start = Date.parse(subscription.periodStart) / 1000;
  const end = Date.parse(subscription.periodEnd) / 1000;
  const period = BigInt(end - start);
  const from = itemsOf(catalog, subscription.selection);
  const to = itemsOf(catalog, desired);
  const disagreements: string[] = [];
  let sampled = 0;
  for (let at = start; at < end; at += 3_607) {
    const preview = previewChange({ catalog, subscription, desired, at: new Date(at * 1000) });
    expect(preview.mode).toBe('purchase');
    const core = preview.dueToday.amount - preview.balanceCredit.amount;
    const stripe = stripeNet(from, to, BigInt(end - at), period);
    sampled += 1;
    if (core !== stripe)
      disagreements.push(`${new Date(at * 1000).toISOString()}: ${core} ≠ ${stripe}`);
  }
  return { sampled, disagreements };
}

describe('proration rounding, core against per-line Stripe-style (DESIGN.md section 5)', () => {
  const subscription = createDemoSubscription(new Date('2026-12-10T00:00:00Z'));

  it('seats 3 -> 5 on Marketing Plus 10 000 (EUR, monthly) with 25 250 s left: both 19', () => {
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

    // Plus includes 3 seats, so the one item that changes is a new one, 2 extra seats at 1 000:
    // one charge line, rounded half up, in integers. (Core's old rule said 74 - 56 = 18.)
    const seat = BigInt(toStripeAmount(1000, 'EUR'));
    const stripe = Number((2n * 2n * seat * remaining + period) / (2n * period));

    expect(preview.mode).toBe('purchase');
    expect(
      preview.proratedLines.map((line) => [line.code, line.line.quantity, line.amount.amount]),
    ).toEqual([['charge', 2, 19]]);
    expect(preview.dueToday.amount).toBe(stripe);
    expect(stripe).toBe(19);
  });

  const withSeats = (seats: number) => (s: Selection) => ({ ...s, seats });
  it.each<[string, Catalog, (selection: Selection) => Selection]>([
    ['seats 3 -> 5 (EUR)', demoCatalogEUR, withSeats(5)],
    ['contacts up a band (EUR)', demoCatalogEUR, (s) => ({ ...s, contactLimit: 15_000 })],
    [
      'seats 3 -> 7 with SMS added (EUR)',
      demoCatalogEUR,
      (s) => ({ ...s, seats: 7, addOns: [...s.addOns, 'sms'] }),
    ],
    ['plan up to Pro with 6 seats (EUR)', demoCatalogEUR, (s) => ({ ...s, plan: 'pro', seats: 6 })],
    ['seats 3 -> 5 (JPY)', demoCatalogJPY, withSeats(5)],
  ])('%s: core equals the per-line computation at every sampled instant', (_, catalog, change) => {
    const { sampled, disagreements } = sampleMonth(
      catalog,
      subscription,
      change(subscription.selection),
    );
    expect(sampled).toBe(743);
    expect(disagreements).toEqual([]);
  });

  it('seats 5 -> 8 (a quantity change: one credit, one charge on the same item) agrees too', () => {
    const five = { ...subscription, selection: { ...subscription.selection, seats: 5 } };
    const preview = previewChange({
      catalog: demoCatalogEUR,
      subscription: five,
      desired: { ...five.selection, seats: 8 },
      at: new Date('2026-12-31T16:59:10Z'),
    });
    expect(preview.proratedLines.map((line) => [line.code, line.line.quantity])).toEqual([
      ['credit', 2],
      ['charge', 5],
    ]);
    const { sampled, disagreements } = sampleMonth(demoCatalogEUR, five, {
      ...five.selection,
      seats: 8,
    });
    expect(sampled).toBe(743);
    expect(disagreements).toEqual([]);
  });
});
