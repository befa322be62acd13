import fc from 'fast-check';
import { planPrice, quote, TarifError } from '@tarif/core';
import type { Catalog, Interval, Selection } from '@tarif/core';
import { demoCatalogEUR, demoCatalogJPY, demoCatalogUSD } from '@tarif/core/demo';
import { describe, expect, it } from 'vitest';
import { expectedStripePrices, stripeItemsFor } from './expected-prices.js';
import { StripeMappingError } from './stripe-amounts.js';

const catalogs = [
  ['EUR', demoCatalogEUR],
  ['USD', demoCatalogUSD],
  ['JPY', demoCatalogJPY],
] as const;

/** Any selection the catalog sells self-serve. */
function sellableSelection(catalog: Catalog): fc.Arbitrary<Selection> {
  const choices = catalog.products.flatMap((product) =>
    product.plans.filter((plan) => plan.contactSales !== true).map((plan) => ({ product, plan })),
  );
  return fc.constantFrom(...choices).chain(({ product, plan }) =>
    fc.record({
      product: fc.constant(product.id),
      plan: fc.constant(plan.id),
      interval: fc.constantFrom<Interval>(...catalog.intervals),
      contactLimit: fc.constantFrom(...catalog.contactBands),
      seats: fc.integer({ min: plan.seats.min, max: plan.seats.max }),
      addOns: fc.subarray(
        catalog.addOns.filter((addOn) => addOn.plans.includes(plan.id)).map((addOn) => addOn.id),
      ),
    }),
  );
}

describe.each(catalogs)('expectedStripePrices, demo catalog in %s', (currency, catalog) => {
  const prices = expectedStripePrices(catalog);

  it('lists a price per self-serve plan, interval and band, per extra seat of Plus and Pro, and per add-on', () => {
    const count = (kind: string) => prices.filter((price) => price.ref.kind === kind).length;
    // 3 products × Starter, Plus, Pro × month, year × 12 bands; Enterprise is contact-sales.
    expect(count('plan')).toBe(3 * 3 * 2 * 12);
    // Starter includes its only seat; Plus and Pro sell more, per product and interval.
    expect(count('seat')).toBe(3 * 2 * 2);
    expect(count('addOn')).toBe(3 * 2);
    expect(new Set(prices.map((price) => price.lookupKey)).size).toBe(prices.length);
  });

  it("carries core's own amounts, in Stripe's lower-case currency, with the catalog's tax mode", () => {
    for (const price of prices) {
      expect(price.currency).toBe(currency.toLowerCase());
      expect(price.taxBehavior).toBe('exclusive');
      expect(Number.isSafeInteger(price.unitAmount)).toBe(true);
      const ref = price.ref;
      if (ref.kind === 'plan') {
        const amount = planPrice(catalog, ref.product, ref.plan, ref.interval, ref.contactLimit);
        expect(price.unitAmount).toBe(amount?.amount);
      } else if (ref.kind === 'seat') {
        const plan = catalog.products
          .find((product) => product.id === ref.product)
          ?.plans.find((candidate) => candidate.id === ref.plan);
        expect(price.unitAmount).toBe(plan?.seats.price[ref.interval]);
      } else {
        const addOn = catalog.addOns.find((candidate) => candidate.id === ref.addOn);
        expect(price.unitAmount).toBe(addOn?.price[ref.interval]);
      }
    }
  });

  it('bills any sellable selection with items whose unit amounts times quantities sum to core’s quote', () => {
    const byKey = new Map(prices.map((price) => [price.lookupKey, price]));
    fc.assert(
      fc.property(sellableSelection(catalog), (selection) => {
        const items = stripeItemsFor(catalog, selection);
        let total = 0;
        for (const item of items) {
          const price = byKey.get(item.lookupKey);
          expect(price, item.lookupKey).toBeDefined();
          expect(price?.interval).toBe(selection.interval);
          expect(Number.isSafeInteger(item.quantity) && item.quantity > 0).toBe(true);
          total += price!.unitAmount * item.quantity;
        }
        expect(total).toBe(quote(catalog, selection).total.amount);
      }),
    );
  });
});

describe('expectedStripePrices', () => {
  it('has no price for a contact-sales plan', () => {
    const keys = expectedStripePrices(demoCatalogEUR).map((price) => price.lookupKey);
    expect(keys.filter((key) => key.includes(':enterprise:'))).toEqual([]);
  });

  it('a new catalog version is a new set of keys (prices are immutable in Stripe)', () => {
    const next = { ...demoCatalogEUR, version: 'demo-eur-2' };
    const before = new Set(expectedStripePrices(demoCatalogEUR).map((price) => price.lookupKey));
    for (const price of expectedStripePrices(next)) expect(before.has(price.lookupKey)).toBe(false);
  });

  it('lists every amount Stripe cannot represent, not only the first', () => {
    const kuwaiti: Catalog = {
      ...demoCatalogEUR,
      currency: 'KWD',
      addOns: demoCatalogEUR.addOns.map((addOn) => ({
        ...addOn,
        price: { month: 1005, year: 10050 },
      })),
    };
    try {
      expectedStripePrices(kuwaiti);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(StripeMappingError);
      // Three add-ons, the monthly 1005 of each (10050 a year is a multiple of ten).
      expect((error as StripeMappingError).issues).toHaveLength(3);
      expect((error as StripeMappingError).message).toMatch(/1005 KWD .* \(and 2 more\)$/);
    }
  });

  it('refuses a catalog in a currency with no verified Stripe form', () => {
    expect(() => expectedStripePrices({ ...demoCatalogEUR, currency: 'UGX' })).toThrow(
      /UGX has no verified Stripe amount form/,
    );
  });

  it('writes an ISK catalog in Stripe’s two-decimal form', () => {
    const icelandic: Catalog = { ...demoCatalogJPY, currency: 'ISK', version: 'isk-1' };
    const [first] = expectedStripePrices(icelandic);
    expect(first).toMatchObject({ currency: 'isk', unitAmount: 140000 });
  });
});

describe('stripeItemsFor', () => {
  const selection: Selection = {
    product: 'marketing',
    plan: 'pro',
    interval: 'year',
    contactLimit: 10000,
    seats: 8,
    addOns: ['sms', 'custom-reporting'],
  };

  it('is the plan at its band, the extra seats as a quantity, and each add-on', () => {
    expect(stripeItemsFor(demoCatalogEUR, selection)).toEqual([
      { lookupKey: 'tarif:demo-eur-1:eur:plan:marketing:pro:year:contacts-10000', quantity: 1 },
      { lookupKey: 'tarif:demo-eur-1:eur:seat:marketing:pro:year', quantity: 3 },
      { lookupKey: 'tarif:demo-eur-1:eur:addon:sms:year', quantity: 1 },
      { lookupKey: 'tarif:demo-eur-1:eur:addon:custom-reporting:year', quantity: 1 },
    ]);
  });

  it('has no seat item when the seats are all included', () => {
    const items = stripeItemsFor(demoCatalogEUR, { ...selection, seats: 5, addOns: [] });
    expect(items.map((item) => item.lookupKey)).toEqual([
      'tarif:demo-eur-1:eur:plan:marketing:pro:year:contacts-10000',
    ]);
  });

  it('refuses what core cannot price, as quote does', () => {
    expect(() => stripeItemsFor(demoCatalogEUR, { ...selection, plan: 'enterprise' })).toThrow(
      TarifError,
    );
  });
});
