import type { Catalog, Selection } from '../catalog/catalog-types.js';
import { checkSelection } from './check-selection.js';
import type { Dimension, DimensionChange } from './preview-types.js';

/**
 * The selection in force today: `current` with only the parts whose effect is 'now' applied;
 * parts due at renewal wait. Product and plan move together, because a plan id only means
 * something within its product.
 */
export function applyNowParts(
  catalog: Catalog,
  current: Selection,
  desired: Selection,
  changes: readonly DimensionChange[],
): Selection {
  const waits = (dimension: Dimension) =>
    changes.some((change) => change.dimension === dimension && change.effect !== 'now');
  const moveProductAndPlan = !waits('product') && !waits('plan');
  const addedNow = new Set<string>();
  const removedNow = new Set<string>();
  for (const change of changes) {
    if (change.dimension !== 'addOn' || change.addOn === undefined || change.effect !== 'now')
      continue;
    (change.direction === 'up' ? addedNow : removedNow).add(change.addOn);
  }

  const effective: Selection = {
    product: moveProductAndPlan ? desired.product : current.product,
    plan: moveProductAndPlan ? desired.plan : current.plan,
    interval: waits('interval') ? current.interval : desired.interval,
    contactLimit: waits('contacts') ? current.contactLimit : desired.contactLimit,
    seats: waits('seats') ? current.seats : desired.seats,
    addOns: [...current.addOns.filter((addOn) => !removedNow.has(addOn)), ...addedNow],
  };

  // A policy that splits a change oddly (plan down now, seats down at renewal) can leave a
  // half-applied selection that the target plan does not allow; then the whole change applies now.
  return checkSelection(catalog, effective).length === 0 ? effective : desired;
}
