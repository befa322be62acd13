import type { Selection } from '../catalog/catalog-types.js';
import type { Subscription } from '../pricing/preview-types.js';

/** A change waiting for the renewal at `effectiveAt` (the end of the current period). */
export interface ScheduledChange {
  readonly selection: Selection;
  readonly effectiveAt: string;
}

/** A subscription with the change it renews on, if any: what a billing backend keeps per account. */
export interface SubscriptionState {
  readonly subscription: Subscription;
  readonly scheduled: ScheduledChange | null;
}
