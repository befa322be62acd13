import type { Interval } from '../catalog/catalog-types.js';
import { TarifError } from '../money/errors.js';

/** Milliseconds since the epoch of an ISO 8601 instant or a Date; throws TarifError on garbage. */
export function toMillis(at: string | Date): number {
  const ms =
    typeof at === 'string' ? Date.parse(at) : at instanceof Date ? at.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new TarifError('invalid-date', at);
  return ms;
}

/** Whole seconds since the epoch; proration counts whole seconds as Stripe does. */
export function toSeconds(at: string | Date): number {
  return Math.floor(toMillis(at) / 1000);
}

/**
 * The instant one interval after `iso`, in UTC. The day of month follows `anchorDay` (default: the
 * day of `iso`) and is clamped to the month's last day, so a period anchored on the 31st runs
 * Jan 31 → Feb 28 (29 in leap years) → Mar 31, and Feb 29 + 1 year is Feb 28. Pass the anchor
 * when chaining, or the clamped day would stick (Feb 28 → Mar 28).
 */
export function addInterval(iso: string, interval: Interval, anchorDay?: number): string {
  if (
    anchorDay !== undefined &&
    (!Number.isInteger(anchorDay) || anchorDay < 1 || anchorDay > 31)
  ) {
    throw new TarifError('invalid-number', anchorDay);
  }
  const start = new Date(toMillis(iso));
  const months = start.getUTCMonth() + (interval === 'year' ? 12 : 1);
  const year = start.getUTCFullYear() + Math.floor(months / 12);
  const month = months % 12;
  // Day 0 of the following month is the last day of this one.
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(anchorDay ?? start.getUTCDate(), lastDay);
  const end = new Date(start.getTime());
  end.setUTCFullYear(year, month, day);
  return end.toISOString();
}
