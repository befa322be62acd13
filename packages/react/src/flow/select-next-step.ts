import type { ChangePreview, Direction, Selection } from '@tarif/core';
import { selectionKey } from '../internal/selection-key.js';

/** True when the draft differs from the subscription (or sits past the last contact band). */
export function isDirty(
  selection: Selection | null,
  current: Selection | null,
  contactsBeyond: boolean,
): boolean {
  return (
    selection !== null &&
    current !== null &&
    (contactsBeyond || selectionKey(selection) !== selectionKey(current))
  );
}

/**
 * Only sales can make this change: it needs a change request, a plan in it is sold by sales, or
 * it asks for more contacts than any band.
 */
export function needsSales(preview: ChangePreview | null, contactsBeyond: boolean): boolean {
  if (contactsBeyond) return true;
  if (!preview) return false;
  return (
    preview.mode === 'request' ||
    (preview.mode === 'blocked' &&
      preview.blocking.some((reason) => reason.code === 'contact-sales'))
  );
}

/**
 * What the draft's change calls for: the review (self-serve), a change request (sales), nothing
 * possible as it is ('blocked'), or nothing at all (null: the draft is the subscription).
 */
export type DraftNextStep = 'review' | 'request' | 'blocked';

export function draftNextStep(
  dirty: boolean,
  estimate: ChangePreview | null,
  contactsBeyond: boolean,
): DraftNextStep | null {
  if (!dirty) return null;
  if (needsSales(estimate, contactsBeyond)) return 'request';
  const mode = estimate?.mode;
  return mode === 'purchase' || mode === 'scheduled' ? 'review' : 'blocked';
}

/**
 * The review's main action: confirm (enabled or not, see `usePurchase`), look at a new price
 * first, or send the change to sales.
 */
export type ReviewNextStep = 'confirm' | 'acknowledge' | 'request';

export function reviewNextStep(sales: boolean, priceChanged: boolean): ReviewNextStep {
  if (sales) return 'request';
  return priceChanged ? 'acknowledge' : 'confirm';
}

/** Whether the draft's plan is above, below or the same as the subscription's (from the estimate). */
export function planDirection(estimate: ChangePreview | null): Direction {
  return estimate?.changes.find((change) => change.dimension === 'plan')?.direction ?? 'unchanged';
}
