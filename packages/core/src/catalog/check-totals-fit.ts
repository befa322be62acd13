import type { Catalog } from './catalog-types.js';
import type { IssueList } from './catalog-issues.js';

/**
 * The dearest selection a plan allows (top band, every extra seat, every allowed add-on) must
 * stay a safe integer, or a quote could lose cents. Summed in bigint so the check itself is exact.
 */
export function checkTotalsFit(list: IssueList, catalog: Catalog): void {
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  catalog.products.forEach((product, productIndex) => {
    product.plans.forEach((plan, planIndex) => {
      if (plan.contactSales === true) return;
      for (const interval of catalog.intervals) {
        let total = BigInt(Math.max(0, ...(plan.prices?.[interval] ?? [])));
        total +=
          BigInt(Math.max(0, plan.seats.max - plan.seats.included)) *
          BigInt(plan.seats.price[interval] ?? 0);
        for (const addOn of catalog.addOns)
          if (addOn.plans.includes(plan.id)) total += BigInt(addOn.price[interval] ?? 0);
        if (total > limit)
          list.report(
            `$.products[${productIndex}].plans[${planIndex}]`,
            'amount-overflow',
            `${interval}: ${total}`,
          );
      }
    });
  });
}
