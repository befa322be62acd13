import type { ChangeEffect, ChangeKind, Selection } from '../catalog/catalog-types.js';
import type { Money } from '../money/money.js';
import type { Quote } from './quote-types.js';

export type Direction = 'up' | 'down' | 'unchanged';

/** The subscription as it is now. Instants are ISO 8601 strings (the wire format). */
export interface Subscription {
  readonly selection: Selection;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly contactsInUse: number;
  readonly seatsInUse: number;
}

export type Dimension = 'product' | 'plan' | 'interval' | 'contacts' | 'seats' | 'addOn';

/** One part of a change, with the policy's decision for it. */
export interface DimensionChange {
  readonly dimension: Dimension;
  readonly direction: Direction;
  /** Set when direction is not 'unchanged'. */
  readonly kind?: ChangeKind;
  readonly effect?: ChangeEffect;
  /** The add-on concerned, for dimension 'addOn'. */
  readonly addOn?: string;
  readonly from: string | number;
  readonly to: string | number;
}

export type BlockingCode =
  | 'unknown-product'
  | 'unknown-plan'
  | 'unknown-contact-band'
  | 'unknown-add-on'
  | 'interval-not-offered'
  | 'contact-sales'
  | 'contacts-below-usage'
  | 'seats-below-usage'
  | 'seats-below-min'
  | 'seats-above-max'
  | 'add-on-not-allowed';

export interface BlockingReason {
  readonly code: BlockingCode;
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * 'none': nothing changes. 'purchase': self-serve, charged today (prorated).
 * 'scheduled': self-serve, takes effect at renewal, nothing charged. 'request': needs a change request.
 * 'blocked': cannot be done as asked (see `blocking`).
 */
export type ChangeMode = 'none' | 'purchase' | 'scheduled' | 'request' | 'blocked';

export interface ProrationLine {
  readonly code: 'credit' | 'charge';
  /** Quote of the selection this line prices (the current one for a credit, the new one for a charge). */
  readonly from: string;
  readonly to: string;
  /** Negative for a credit. Rounded half away from zero. */
  readonly amount: Money;
}

export interface ChangePreview {
  readonly mode: ChangeMode;
  /** Every dimension that changes (unchanged ones omitted). */
  readonly changes: readonly DimensionChange[];
  /** The dimensions that need a change request (empty when self-serve). */
  readonly requestFor: readonly DimensionChange[];
  readonly blocking: readonly BlockingReason[];
  /** Feature ids of the current plan that the target plan lacks. */
  readonly featuresLost: readonly string[];
  readonly current: Quote;
  /** The recurring quote from the next renewal (all self-serve parts applied). */
  readonly target: Quote | null;
  /** The selection that takes effect today (only 'now' parts applied). */
  readonly effectiveNow: Selection;
  readonly proration: readonly ProrationLine[];
  /** Credit for the unused part of the current period (positive number). */
  readonly credit: Money;
  /** Charge for the remaining part at the new price. */
  readonly charge: Money;
  /** `max(0, charge - credit)`: what is charged today. Never negative. */
  readonly dueToday: Money;
  /** `max(0, credit - charge)`: carried to the account's balance. */
  readonly balanceCredit: Money;
  readonly nextRenewal: { readonly date: string; readonly total: Money };
  /** Seconds left in the current period at the instant of the change, and the period's length. */
  readonly remainingSeconds: number;
  readonly periodSeconds: number;
}
