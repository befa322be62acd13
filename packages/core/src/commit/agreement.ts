import type { Selection } from '../catalog/catalog-types.js';
import type { Money } from '../money/money.js';
import type { LineItem } from '../pricing/quote-types.js';
import type { ChangeMode, ChangePreview, DimensionChange } from '../pricing/preview-types.js';

/**
 * What a customer agrees to by committing a preview, and what a commit must find again: the
 * amounts, and the changes themselves. Two previews made from the same subscription (two tabs)
 * can have equal amounts once the first is committed while the second now undoes part of it
 * ("contacts back to 10 000 at renewal"); comparing the changes is what refuses that.
 */
export interface AgreedPrice {
  readonly mode: ChangeMode;
  readonly dueToday: Money;
  readonly balanceCredit: Money;
  readonly nextRenewalTotal: Money;
  /** Every dimension the review listed as changing, with when it takes effect. */
  readonly changes: readonly DimensionChange[];
  /** What the account has from today on. */
  readonly effectiveNow: Selection;
  /** The lines that renew (null when the preview had no target). */
  readonly renewalLines: readonly LineItem[] | null;
}

export function agreedPrice(preview: ChangePreview): AgreedPrice {
  return {
    mode: preview.mode,
    dueToday: preview.dueToday,
    balanceCredit: preview.balanceCredit,
    nextRenewalTotal: preview.nextRenewal.total,
    changes: preview.changes,
    effectiveNow: preview.effectiveNow,
    renewalLines: preview.target?.lines ?? null,
  };
}

/**
 * Whether what was agreed to still holds: same mode, same amount today (charged or credited),
 * same renewal total, and the same changes, selection and renewing lines. Anything the customer
 * would see differently means a new review. An agreement stored before a field existed (read back
 * from a database written by an older version) lacks it, and never matches: a new review, never a
 * guess.
 */
export function sameAgreement(shown: AgreedPrice, now: AgreedPrice): boolean {
  const same = (a: Money, b: Money) => a.amount === b.amount && a.currency === b.currency;
  return (
    shown.mode === now.mode &&
    same(shown.dueToday, now.dueToday) &&
    same(shown.balanceCredit, now.balanceCredit) &&
    same(shown.nextRenewalTotal, now.nextRenewalTotal) &&
    shown.changes !== undefined &&
    sameItems(shown.changes, now.changes) &&
    shown.effectiveNow !== undefined &&
    canonical(shown.effectiveNow) === canonical(now.effectiveNow) &&
    shown.renewalLines !== undefined &&
    (shown.renewalLines === null || now.renewalLines === null
      ? shown.renewalLines === now.renewalLines
      : sameItems(shown.renewalLines, now.renewalLines))
  );
}

/** The same items in any order (add-ons have no meaningful order). */
function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  const left = a.map(canonical).sort();
  const right = b.map(canonical).sort();
  return left.every((item, index) => item === right[index]);
}

/** JSON with object keys sorted and add-on lists sorted: equal values give equal strings. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) => {
    if (Array.isArray(field)) {
      return field.every((item) => typeof item === 'string') ? [...field].sort() : field;
    }
    if (field !== null && typeof field === 'object') {
      const sorted: Record<string, unknown> = {};
      for (const key of Object.keys(field).sort()) {
        sorted[key] = (field as Record<string, unknown>)[key];
      }
      return sorted;
    }
    return field;
  });
}
