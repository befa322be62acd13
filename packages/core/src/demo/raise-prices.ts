import type { Catalog, IntervalPrices } from '../catalog/catalog-types.js';
import { divideRoundHalfAwayFromZero } from '../money/rounding.js';

/**
 * The catalog with every price raised by `percent` (whole percent), rounded half away from zero to
 * whole minor units, under `version`: a price change on the server, for tests and demos of the
 * "price changed since your review" path. Integer arithmetic only.
 */
export function raisePrices(catalog: Catalog, percent: number, version: string): Catalog {
  const raise = (amount: number) =>
    Number(divideRoundHalfAwayFromZero(BigInt(amount) * BigInt(100 + percent), 100n));
  const raiseAll = (prices: IntervalPrices): IntervalPrices =>
    Object.fromEntries(
      Object.entries(prices).map(([interval, amount]) => [interval, raise(amount)]),
    );
  return {
    ...catalog,
    version,
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
  };
}
