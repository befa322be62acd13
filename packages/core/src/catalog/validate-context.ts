import type { Interval } from './catalog-types.js';
import type { IssueList } from './catalog-issues.js';
import { readAmount, readRecord } from './read-fields.js';

/** What the validator learned about the catalog before walking products and add-ons. */
export interface ValidateContext {
  readonly list: IssueList;
  /** Intervals the catalog offers (only the valid entries). */
  readonly intervals: ReadonlySet<Interval>;
  /** Number of contact bands, or undefined when `contactBands` itself is broken. */
  readonly bandCount: number | undefined;
  readonly featureIds: ReadonlySet<string>;
  readonly productIds: ReadonlySet<string>;
  readonly planIds: ReadonlySet<string>;
}

export const allIntervals = ['month', 'year'] as const satisfies readonly Interval[];

export function isInterval(value: unknown): value is Interval {
  return value === 'month' || value === 'year';
}

/**
 * Reads `{ month?, year? }` amounts. A price for an interval the catalog does not offer is an
 * issue (it would never be shown); with `required`, every offered interval needs a price.
 */
export function readIntervalPrices(
  ctx: ValidateContext,
  value: unknown,
  path: string,
  required: boolean,
): void {
  const prices = readRecord(ctx.list, value, path);
  if (prices === undefined) return;
  for (const interval of allIntervals) {
    const amount = prices[interval];
    const at = `${path}.${interval}`;
    if (amount === undefined) {
      if (required && ctx.intervals.has(interval)) ctx.list.report(at, 'missing-price', interval);
    } else if (!ctx.intervals.has(interval)) ctx.list.report(at, 'interval-not-offered', interval);
    else readAmount(ctx.list, amount, at);
  }
}
