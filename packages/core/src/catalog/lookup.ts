import type { Catalog, Plan, Product } from './catalog-types.js';

/** The product with `productId`, or undefined. */
export function findProduct(catalog: Catalog, productId: string): Product | undefined {
  return catalog.products.find((product) => product.id === productId);
}

/** The plan `planId` of product `productId`, or undefined. */
export function findPlan(catalog: Catalog, productId: string, planId: string): Plan | undefined {
  return findProduct(catalog, productId)?.plans.find((plan) => plan.id === planId);
}

/** Position of the plan in its product's tier order (0 = lowest), or −1 when unknown. */
export function planRank(catalog: Catalog, productId: string, planId: string): number {
  const product = findProduct(catalog, productId);
  return product === undefined ? -1 : product.plans.findIndex((plan) => plan.id === planId);
}

/** Index of `contactLimit` in `catalog.contactBands`, or −1 when it is not a band. */
export function bandIndex(catalog: Catalog, contactLimit: number): number {
  return catalog.contactBands.indexOf(contactLimit);
}
