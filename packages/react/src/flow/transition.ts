import type { Selection } from '@tarif/core';
import { selectionKey } from '../internal/selection-key.js';
import type { BillingEvent } from './flow-events.js';
import type {
  AccountState,
  BillingState,
  CancelScheduledState,
  FlowState,
  ServerPreviewState,
} from './flow-state.js';

/**
 * The purchase flow as a reducer: the next state for an event, or the same object when the event
 * does not apply where the flow stands (a second `CONFIRM` while committing, an answer for a
 * draft that moved on...). Pure: the store runs the effects (requests, timers) around it.
 */
export function transition(state: BillingState, event: BillingEvent): BillingState {
  const { flow } = state;
  switch (event.type) {
    // ---- account ----------------------------------------------------------------------------
    case 'ACCOUNT_LOADING':
      // A reload keeps showing the account it has.
      if (state.account.status === 'ready') return state;
      return { ...state, account: { ...state.account, status: 'loading', error: null } };
    case 'ACCOUNT_LOADED': {
      const account: AccountState = {
        status: 'ready',
        error: null,
        snapshot: event.snapshot,
        catalog: event.catalog,
      };
      return atRest({
        ...state,
        account,
        draft: state.draft ?? event.snapshot.subscription.selection,
      });
    }
    case 'ACCOUNT_FAILED':
      return atRest({
        ...state,
        account: { status: 'error', error: event.error, snapshot: event.snapshot, catalog: null },
      });
    case 'CATALOG_LOCALIZED':
      if (state.account.status !== 'ready') return state;
      return { ...state, account: { ...state.account, catalog: event.catalog } };
    case 'PAYMENT_METHOD_CHANGED': {
      const { snapshot } = state.account;
      if (state.account.status !== 'ready' || !snapshot) return state;
      // Only the method changes: the flow (an open review) and the draft stay as they are.
      return {
        ...state,
        account: {
          ...state.account,
          snapshot: { ...snapshot, paymentMethod: event.paymentMethod },
        },
      };
    }

    // ---- draft ------------------------------------------------------------------------------
    case 'DRAFT_CHANGED':
      return withDraft(state, event.selection, false);
    case 'CONTACTS_BEYOND':
      return event.beyond === state.contactsBeyond
        ? state
        : withDraft(state, state.draft, event.beyond);
    case 'DRAFT_RESET': {
      const selection = state.account.snapshot?.subscription.selection;
      return selection ? withDraft(state, selection, false) : state;
    }

    // ---- review -----------------------------------------------------------------------------
    case 'REVIEW':
      if (flow.status !== 'editing' && flow.status !== 'read-only' && flow.status !== 'requesting')
        return state;
      return withFlow(state, { status: 'reviewing', review: reviewFor(state) });
    case 'RETRY_PREVIEW':
      if (!isReviewing(flow) || flow.review.phase !== 'failed') return state;
      return withReview(state, flow, { phase: 'estimating', key: flow.review.key });
    case 'PREVIEW_LOADED':
    case 'PREVIEW_FAILED': {
      // Only the answer for the draft being priced lands; an older one is dropped.
      if (!isReviewing(flow) || flow.review.phase !== 'estimating' || flow.review.key !== event.key)
        return state;
      return withReview(
        state,
        flow,
        event.type === 'PREVIEW_LOADED'
          ? { phase: 'ready', key: event.key, preview: event.preview }
          : { phase: 'failed', key: event.key, error: event.error },
      );
    }
    case 'ACKNOWLEDGE_PRICE':
      if (flow.status !== 'reviewing' || flow.review.phase !== 'price-changed') return state;
      return withFlow(state, {
        status: 'reviewing',
        review: { phase: 'ready', key: flow.review.key, preview: flow.review.preview },
      });

    // ---- commit -----------------------------------------------------------------------------
    case 'CONFIRM': {
      if (!isReviewing(flow) || !canBuy(state)) return state;
      const { review } = flow;
      if (review.phase !== 'ready' || !state.draft || review.key !== selectionKey(state.draft))
        return state;
      const mode = review.preview.preview.mode;
      if (mode !== 'purchase' && mode !== 'scheduled') return state;
      return withFlow(state, { status: 'committing', review });
    }
    case 'AUTHENTICATING':
      if (flow.status !== 'committing' || flow.authenticating) return state;
      return withFlow(state, { ...flow, authenticating: true });
    case 'COMMIT_SUCCEEDED': {
      if (flow.status !== 'committing') return state;
      const { result } = event;
      const { account } = state;
      const snapshot = account.snapshot && {
        ...account.snapshot,
        subscription: result.subscription,
        scheduled: result.scheduled,
        balance: result.balance,
      };
      return {
        ...state,
        ...(snapshot && {
          account: { ...account, snapshot },
          draft: result.subscription.selection,
          contactsBeyond: false,
        }),
        flow: { status: 'done', result },
      };
    }
    case 'COMMIT_FAILED': {
      if (flow.status !== 'committing') return state;
      const { error } = event;
      const { key } = flow.review;
      // The server re-priced: show the new figures and make the user look at them again.
      if (error.code === 'price-changed' && error.preview)
        return withFlow(state, {
          status: 'reviewing',
          review: { phase: 'price-changed', key, preview: error.preview, error },
        });
      // The preview is gone on the server: price the draft again so the user can retry.
      const review: ServerPreviewState =
        error.code === 'preview-expired' ? { phase: 'estimating', key } : flow.review;
      return withFlow(state, { status: 'failed', review, error });
    }
    case 'RESET_PURCHASE':
      if (flow.status === 'failed')
        return withFlow(state, { status: 'reviewing', review: flow.review });
      if (flow.status === 'done')
        return withFlow(state, { status: 'reviewing', review: reviewFor(state) });
      return state;

    // ---- change request, leaving --------------------------------------------------------------
    case 'REQUEST':
      if (flow.status === 'committing' || flow.status === 'requesting' || !canBuy(state))
        return state;
      return withFlow(state, { status: 'requesting' });
    case 'CLOSE':
      // Money in flight keeps the review open until the backend answers.
      if (!isReviewing(flow) && flow.status !== 'done' && flow.status !== 'requesting')
        return state;
      return withFlow(state, restingFlow(state.account));

    // ---- scheduled change -------------------------------------------------------------------
    case 'CANCEL_SCHEDULED':
      if (state.cancelScheduled.status === 'cancelling' || cancelBlocker(state) !== null)
        return state;
      return withCancel(state, { status: 'cancelling', error: null });
    case 'CANCEL_SUCCEEDED': {
      if (state.cancelScheduled.status !== 'cancelling') return state;
      const snapshot = state.account.snapshot;
      const idle = withCancel(state, { status: 'idle', error: null });
      if (!snapshot) return idle;
      const was = selectionKey(snapshot.subscription.selection);
      const now = event.result.subscription.selection;
      const next: BillingState = {
        ...idle,
        account: {
          ...state.account,
          snapshot: { ...snapshot, subscription: event.result.subscription, scheduled: null },
        },
      };
      // The server may have renewed the subscription meanwhile: a draft that held it as it was
      // follows it; a draft being edited is left alone.
      const follows = state.draft && selectionKey(state.draft) === was && selectionKey(now) !== was;
      return follows ? withDraft(next, now, false) : next;
    }
    case 'CANCEL_FAILED':
      if (state.cancelScheduled.status !== 'cancelling') return state;
      return withCancel(state, { status: 'failed', error: event.error });
    case 'CANCEL_RESET':
      if (state.cancelScheduled.status !== 'failed') return state;
      return withCancel(state, { status: 'idle', error: null });
  }
}

/** Why a cancel of the scheduled change is refused before any network call. */
export type CancelScheduledBlocker = 'not-ready' | 'read-only' | 'nothing-scheduled';

/** The guard of `CANCEL_SCHEDULED`: null when a cancel may go to the backend. */
export function cancelBlocker(state: BillingState): CancelScheduledBlocker | null {
  const { account } = state;
  if (account.status !== 'ready' || !account.snapshot) return 'not-ready';
  if (!account.snapshot.viewer.canManageBilling) return 'read-only';
  return account.snapshot.scheduled ? null : 'nothing-scheduled';
}

/** The flow's states in which the review is open. */
export type ReviewingFlow = Extract<FlowState, { status: 'reviewing' | 'failed' }>;

/** True while the review is open and a server price may still come in (not committing, not done). */
export function isReviewing(flow: FlowState): flow is ReviewingFlow {
  return flow.status === 'reviewing' || flow.status === 'failed';
}

/* -----------------------------------------------------------------------------------------------*/

const canBuy = ({ account }: BillingState) =>
  account.status === 'ready' && account.snapshot?.viewer.canManageBilling === true;

/** Where the flow rests for this account: nothing to work on, a viewer who can buy, or one who can only look. */
function restingFlow(account: AccountState): FlowState {
  if (account.status !== 'ready' || !account.snapshot) return { status: 'loading' };
  return { status: account.snapshot.viewer.canManageBilling ? 'editing' : 'read-only' };
}

/** A new account (or none) moves a flow at rest to the rest that suits it; a flow under way stays. */
function atRest(state: BillingState): BillingState {
  const { status } = state.flow;
  if (status !== 'loading' && status !== 'editing' && status !== 'read-only') return state;
  const flow = restingFlow(state.account);
  return flow.status === status ? state : { ...state, flow };
}

/** What the server must price for the draft as it is now. */
function reviewFor({ draft, account, contactsBeyond }: BillingState): ServerPreviewState {
  const current = account.snapshot?.subscription.selection;
  if (!draft || !current || contactsBeyond) return { phase: 'estimating', key: null };
  const key = selectionKey(draft);
  return { phase: 'estimating', key: key === selectionKey(current) ? null : key };
}

/**
 * The draft moves: under review, the server's price follows it (kept when the draft prices the
 * same, asked again otherwise, and a failed commit's error goes with the draft it was about).
 */
function withDraft(state: BillingState, draft: Selection | null, beyond: boolean): BillingState {
  const { flow } = state;
  // No draft before the account; none moving while it is being bought.
  if (flow.status === 'committing' || !draft || !state.draft) return state;
  if (draft === state.draft && beyond === state.contactsBeyond) return state;
  const next: BillingState = { ...state, draft, contactsBeyond: beyond };
  if (flow.status === 'done')
    return { ...next, flow: { status: 'reviewing', review: reviewFor(next) } };
  if (!isReviewing(flow)) return next;
  const review = reviewFor(next);
  if (review.key !== flow.review.key) return { ...next, flow: { status: 'reviewing', review } };
  // The same selection again: its price stands, and a failed request for it is asked again.
  return flow.review.phase === 'failed' ? withReview(next, flow, review) : next;
}

function withFlow(state: BillingState, flow: FlowState): BillingState {
  return { ...state, flow };
}

function withReview(
  state: BillingState,
  flow: ReviewingFlow,
  review: ServerPreviewState,
): BillingState {
  return withFlow(state, { ...flow, review });
}

function withCancel(state: BillingState, cancelScheduled: CancelScheduledState): BillingState {
  return { ...state, cancelScheduled };
}
