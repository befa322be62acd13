import { TarifError } from '../money/errors.js';
import type { TarifErrorCode } from '../money/errors.js';

/**
 * The codes `quote` and `planPrice` throw for a selection the catalog does not sell at a price
 * (unknown ids, a contact-sales tier, a limit that is not a band, an interval not offered, seats
 * the plan does not sell). Every other code (a fractional amount, mixed currencies…) means the
 * catalog or the caller is broken, which a "no price" would hide.
 */
export const unpriceableCodes = [
  'unknown-product',
  'unknown-plan',
  'unknown-add-on',
  'unknown-contact-band',
  'interval-not-offered',
  'contact-sales',
  'invalid-seats',
] as const satisfies readonly TarifErrorCode[];

/** True for the engine's "this selection has no price" errors, false for anything else thrown. */
export function isUnpriceable(error: unknown): error is TarifError {
  return (
    error instanceof TarifError &&
    (unpriceableCodes as readonly TarifErrorCode[]).includes(error.code)
  );
}
