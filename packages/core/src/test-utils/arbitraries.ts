import fc from 'fast-check';
import type { Catalog, Interval, Selection } from '../catalog/catalog-types.js';

/** Any selection the catalog sells self-serve: a priced plan, a band, seats in range, allowed add-ons. */
export function sellableSelection(catalog: Catalog): fc.Arbitrary<Selection> {
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

/** Any selection at all, including unknown ids, contact-sales tiers and out-of-range seats. */
export function anySelection(catalog: Catalog): fc.Arbitrary<Selection> {
  const productIds = catalog.products.map((product) => product.id);
  const planIds = [
    ...new Set(catalog.products.flatMap((product) => product.plans.map((plan) => plan.id))),
  ];
  return fc.record({
    product: fc.constantFrom(...productIds, 'unknown-product'),
    plan: fc.constantFrom(...planIds, 'unknown-plan'),
    interval: fc.constantFrom<Interval>('month', 'year'),
    contactLimit: fc.oneof(
      fc.constantFrom(...catalog.contactBands),
      fc.integer({ min: -10, max: 200000 }),
    ),
    seats: fc.oneof(fc.integer({ min: -2, max: 60 }), fc.constantFrom(Number.NaN, 2.5)),
    addOns: fc.subarray([...catalog.addOns.map((addOn) => addOn.id), 'unknown-add-on']),
  });
}
