import type { Catalog, Selection } from '../catalog/catalog-types.js';
import { checkSelection } from '../pricing/check-selection.js';

/**
 * The selection to renew on after committing `desired` while `scheduled` waits for the renewal.
 * `desired` is a whole selection that starts from `current` (the subscription before the commit),
 * so a part it leaves as `current` has it says nothing about that part: the earlier scheduled
 * value is kept. A part it changes wins. Add-ons are parts one by one.
 * When the merge is not a valid selection for its plan (e.g. a scheduled seat count above the
 * seat maximum of a plan bought since), the new change alone is kept: it is the one the customer
 * has just reviewed, and the renewal must never be a selection nobody could have bought.
 */
export function mergeScheduled(
  catalog: Catalog,
  current: Selection,
  scheduled: Selection | null,
  desired: Selection,
): Selection {
  if (scheduled === null) return desired;
  const pick = <K extends keyof Selection>(key: K): Selection[K] =>
    desired[key] === current[key] ? scheduled[key] : desired[key];
  const addOns = [...new Set([...current.addOns, ...scheduled.addOns, ...desired.addOns])].filter(
    (addOn) =>
      desired.addOns.includes(addOn) === current.addOns.includes(addOn)
        ? scheduled.addOns.includes(addOn)
        : desired.addOns.includes(addOn),
  );
  const merged: Selection = {
    product: pick('product'),
    plan: pick('plan'),
    interval: pick('interval'),
    contactLimit: pick('contactLimit'),
    seats: pick('seats'),
    addOns,
  };
  return checkSelection(catalog, merged).length === 0 ? merged : desired;
}
