import type { Interval, TaxMode } from '../catalog/catalog-types.js';
import type { Money } from '../money/money.js';

/** Stable codes for quote lines; UIs turn them into localized labels with `params`. */
export type LineCode = 'plan' | 'seats' | 'addOn';

export interface LineItem {
  readonly code: LineCode;
  /** Values for the localized label, e.g. `{ product: 'Marketing', plan: 'Pro', contacts: 10000 }`. */
  readonly params: Readonly<Record<string, string | number>>;
  readonly quantity: number;
  readonly unitAmount: Money;
  /** `unitAmount * quantity`, exact (no rounding needed). */
  readonly amount: Money;
}

/** The recurring price of a selection for one interval. */
export interface Quote {
  readonly interval: Interval;
  readonly taxMode: TaxMode;
  readonly lines: readonly LineItem[];
  readonly subtotal: Money;
  /** Equals `subtotal`: tax is computed by the backend. */
  readonly total: Money;
}
