import type { Catalog, ChangeKind, ChangePolicy, Selection } from '../catalog/catalog-types.js';
import { findProduct, planRank } from '../catalog/lookup.js';
import type { DimensionChange } from './preview-types.js';

/**
 * Splits a change into its parts (product, plan, interval, contacts, seats, each add-on), says
 * whether each goes up or down, and asks the policy where it lands. Unchanged parts are omitted.
 */
export function classifyChanges(
  catalog: Catalog,
  policy: ChangePolicy,
  current: Selection,
  desired: Selection,
): DimensionChange[] {
  const changes: DimensionChange[] = [];
  const part = (
    dimension: DimensionChange['dimension'],
    up: boolean,
    kind: ChangeKind,
    from: string | number,
    to: string | number,
  ) => {
    changes.push({
      dimension,
      direction: up ? 'up' : 'down',
      kind,
      effect: policy[kind],
      from,
      to,
    });
  };

  if (desired.product !== current.product) {
    const target = findProduct(catalog, desired.product);
    const source = findProduct(catalog, current.product);
    if (target?.bundleOf?.includes(current.product) === true)
      part('product', true, 'bundle', current.product, desired.product);
    else if (source?.bundleOf?.includes(desired.product) === true)
      part('product', false, 'unbundle', current.product, desired.product);
    else {
      // A lateral switch has no natural order; the catalog's product order gives it one.
      const position = (id: string) => catalog.products.findIndex((product) => product.id === id);
      const up = position(desired.product) > position(current.product);
      part('product', up, 'productChange', current.product, desired.product);
    }
  }

  if (desired.plan !== current.plan) {
    // Ranks compare tiers across products too (Plus in Marketing ~ Plus in the bundle).
    const from = planRank(catalog, current.product, current.plan);
    const to = planRank(catalog, desired.product, desired.plan);
    if (to !== from)
      part('plan', to > from, to > from ? 'planUp' : 'planDown', current.plan, desired.plan);
  }

  if (desired.interval !== current.interval) {
    const up = desired.interval === 'year';
    part('interval', up, up ? 'intervalUp' : 'intervalDown', current.interval, desired.interval);
  }

  if (desired.contactLimit !== current.contactLimit) {
    const up = desired.contactLimit > current.contactLimit;
    part(
      'contacts',
      up,
      up ? 'contactsUp' : 'contactsDown',
      current.contactLimit,
      desired.contactLimit,
    );
  }

  if (desired.seats !== current.seats) {
    const up = desired.seats > current.seats;
    part('seats', up, up ? 'seatsUp' : 'seatsDown', current.seats, desired.seats);
  }

  for (const addOn of new Set(desired.addOns)) {
    if (!current.addOns.includes(addOn))
      changes.push({
        dimension: 'addOn',
        direction: 'up',
        kind: 'addOnAdd',
        effect: policy.addOnAdd,
        addOn,
        from: 0,
        to: 1,
      });
  }
  for (const addOn of new Set(current.addOns)) {
    if (!desired.addOns.includes(addOn))
      changes.push({
        dimension: 'addOn',
        direction: 'down',
        kind: 'addOnRemove',
        effect: policy.addOnRemove,
        addOn,
        from: 1,
        to: 0,
      });
  }
  return changes;
}
