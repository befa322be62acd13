import type { Selection } from '../catalog/catalog-types.js';

/** Whether two selections buy the same thing (add-on order does not matter). */
export function sameSelection(a: Selection, b: Selection): boolean {
  return (
    a.product === b.product &&
    a.plan === b.plan &&
    a.interval === b.interval &&
    a.contactLimit === b.contactLimit &&
    a.seats === b.seats &&
    a.addOns.length === b.addOns.length &&
    a.addOns.every((addOn) => b.addOns.includes(addOn))
  );
}
