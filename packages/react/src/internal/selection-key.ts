import type { Selection } from '@tarif/core';

/** A stable key for a selection, so answers can be matched to the draft they were asked for. */
export function selectionKey(selection: Selection): string {
  const addOns = [...selection.addOns].sort().join(',');
  return `${selection.product}|${selection.plan}|${selection.interval}|${selection.contactLimit}|${selection.seats}|${addOns}`;
}
