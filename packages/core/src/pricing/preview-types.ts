import type { ChangeEffect, ChangeKind, Selection } from '../catalog/catalog-types.js';
import type { Money } from '../money/money.js';
import type { LineItem, Quote } from './quote-types.js';

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

/** The change's total credit or charge over a span of time: what the review shows. */
export interface ProrationLine {
  readonly code: 'credit' | 'charge';
  /** Start of the prorated time (the instant of the change, held inside the period). */
  readonly from: string;
  /** End of it: the period end for a credit, the next renewal for a charge. */
  readonly to: string;
  /** Negative for a credit. The sum of the preview's `proratedLines` of the same code. */
  readonly amount: Money;
}

/**
 * One quote line that the change prorates, as Stripe writes one proration line per subscription
 * item that changes ("Unused time on 3 × Seat", "Remaining time on 5 × Seat"). A credit prices a
 * line of the current quote for the unused time, a charge a line of the new quote for the time
 * left (or in full when the interval changes). Lines that do not change have none.
 */
export interface ProratedLine {
  readonly code: 'credit' | 'charge';
  /** The quote line prorated (from `current` for a credit, from the new quote for a charge). */
  readonly line: LineItem;
  readonly from: string;
  readonly to: string;
  /** Negative for a credit. `line.amount × remaining / period`, rounded half away from zero on its own. */
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
  /** The total credit and charge lines (each omitted when zero). */
  readonly proration: readonly ProrationLine[];
  /** Per quote line that changes, one credit and/or one charge, each rounded: their sum is the net. */
  readonly proratedLines: readonly ProratedLine[];
  /** Credit for the unused part of the current period (positive number): the sum of credit lines. */
  readonly credit: Money;
  /** Charge for the remaining part at the new price: the sum of charge lines. */
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
