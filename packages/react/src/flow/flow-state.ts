import type { Catalog, CatalogValidationError, Selection } from '@tarif/core';
import type { AdapterError } from '../adapter/adapter-error.js';
import type { AccountSnapshot, CommitResult, ServerPreview } from '../adapter/adapter-types.js';

/** Why the account could not be shown: the backend failed, or its catalog did not validate. */
export type BillingAccountError = AdapterError | CatalogValidationError;

/** The account as the adapter loaded it. */
export interface AccountState {
  readonly status: 'loading' | 'error' | 'ready';
  readonly error: BillingAccountError | null;
  readonly snapshot: AccountSnapshot | null;
  /** The snapshot's catalog after validation, with names in the viewer's language. */
  readonly catalog: Catalog | null;
}

/** Where the server's price for the draft under review stands. */
export type PreviewPhase = 'estimating' | 'ready' | 'failed' | 'price-changed';

/** The server's price for the draft under review; the local estimate shows until it is 'ready'. */
export type ServerPreviewState =
  | {
      readonly phase: 'estimating';
      /**
       * The draft the server is asked to price (its selection key), or null when there is nothing
       * to ask: the draft is the subscription, or it is past the last contact band (sales quote it).
       */
      readonly key: string | null;
    }
  | { readonly phase: 'ready'; readonly key: string; readonly preview: ServerPreview }
  | { readonly phase: 'failed'; readonly key: string; readonly error: AdapterError }
  | {
      /** A commit answered price-changed: `preview` holds the new figures, to acknowledge first. */
      readonly phase: 'price-changed';
      readonly key: string;
      readonly preview: ServerPreview;
      readonly error: AdapterError;
    };

/** A server preview that prices the draft exactly: the only one a commit may send. */
export type ReadyPreview = Extract<ServerPreviewState, { phase: 'ready' }>;

/**
 * The purchase flow (see docs/architecture.md for the diagram):
 * - 'loading': no account to work on yet (loading, or its load failed);
 * - 'editing' / 'read-only': at rest, for a viewer who can buy / who can only look;
 * - 'reviewing': the review of the draft is open, its server price in `review`;
 * - 'committing': the reviewed preview is being bought (the customer's bank step included, when
 *   the payment needs authentication); nothing else moves until it answers;
 * - 'failed': the commit failed; the review stays open and confirming again retries it;
 * - 'done': bought (or scheduled), with the backend's answer;
 * - 'requesting': the change goes to sales through the change-request form.
 */
export type FlowState =
  | { readonly status: 'loading' }
  | { readonly status: 'editing' }
  | { readonly status: 'read-only' }
  | { readonly status: 'reviewing'; readonly review: ServerPreviewState }
  | {
      readonly status: 'committing';
      readonly review: ReadyPreview;
      /** The customer is at their bank's step (3-D Secure), handed over by the adapter. */
      readonly authenticating?: boolean;
    }
  | {
      readonly status: 'failed';
      readonly review: ServerPreviewState;
      readonly error: AdapterError;
    }
  | { readonly status: 'done'; readonly result: CommitResult }
  | { readonly status: 'requesting' };

/** The flow's state names. */
export type FlowStatus = FlowState['status'];

/** Where a cancel of the scheduled change stands: none in flight, in flight, or failed. */
export type CancelScheduledStatus = 'idle' | 'cancelling' | 'failed';

/** A cancel of the scheduled change, apart from the purchase flow (it is not a purchase). */
export interface CancelScheduledState {
  readonly status: CancelScheduledStatus;
  /** Why the last cancel failed; null unless `status` is 'failed'. */
  readonly error: AdapterError | null;
}

/** Everything the provider holds; `transition` is the only way it changes. */
export interface BillingState {
  readonly account: AccountState;
  /** The selection being edited; null until the account is ready. */
  readonly draft: Selection | null;
  /** The contact slider sits past the last band: more contacts than any self-serve band. */
  readonly contactsBeyond: boolean;
  readonly flow: FlowState;
  readonly cancelScheduled: CancelScheduledState;
}

/** The state before anything is loaded. */
export const initialBillingState: BillingState = {
  account: { status: 'loading', error: null, snapshot: null, catalog: null },
  draft: null,
  contactsBeyond: false,
  flow: { status: 'loading' },
  cancelScheduled: { status: 'idle', error: null },
};
