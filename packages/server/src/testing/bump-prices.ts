import { validateCatalog } from '@tarif/core';
import type { Catalog, IntervalPrices } from '@tarif/core';

/** Raises every price by 10 %, rounded to whole minor units, under a new version. Test controls only. */
export function bumpPrices(catalog: Catalog): Catalog {
  const raise = (amount: number) => Math.round((amount * 11) / 10);
  const raiseAll = (prices: IntervalPrices): IntervalPrices =>
    Object.fromEntries(
      Object.entries(prices).map(([interval, amount]) => [interval, raise(amount)]),
    );
  return validateCatalog({
    ...catalog,
    version: `${catalog.version}+bumped.${Date.now().toString(36)}`,
    products: catalog.products.map((product) => ({
      ...product,
      plans: product.plans.map((plan) => ({
        ...plan,
        ...(plan.prices
          ? {
              prices: Object.fromEntries(
                Object.entries(plan.prices).map(([interval, bands]) => [
                  interval,
                  bands.map(raise),
                ]),
              ),
            }
          : {}),
        seats: { ...plan.seats, price: raiseAll(plan.seats.price) },
      })),
    })),
    addOns: catalog.addOns.map((addOn) => ({ ...addOn, price: raiseAll(addOn.price) })),
  });
}
