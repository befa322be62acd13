import { describe, expect, it } from 'vitest';
import { previewChange } from '@tarif/core';
import type { Selection } from '@tarif/core';
import { createDemoSubscription, demoCatalogEUR } from '@tarif/core/demo';
import { AdapterError } from '../adapter/adapter-error.js';
import type {
  AccountSnapshot,
  CommitResult,
  ServerPreview,
  Viewer,
} from '../adapter/adapter-types.js';
import { selectionKey } from '../internal/selection-key.js';
import type { BillingEvent } from './flow-events.js';
import { initialBillingState } from './flow-state.js';
import type { BillingState } from './flow-state.js';
import { cancelBlocker, transition } from './transition.js';

// The demo account: Marketing Plus, monthly, 10 000 contacts, 3 seats, mid-period on 16 March 2025.
const NOW = new Date('2025-03-16T00:00:00.000Z');
const catalog = demoCatalogEUR;
const subscription = createDemoSubscription(NOW);
const plus = subscription.selection;
const pro: Selection = { ...plus, plan: 'pro' };
const fiveSeats: Selection = { ...plus, seats: 5 };
const admin: Viewer = { userId: 'u_admin', name: 'Alex Admin', canManageBilling: true };
const member: Viewer = {
  userId: 'u_member',
  name: 'Camille Martin',
  canManageBilling: false,
  reason: 'not-primary-admin',
};

function snapshotFor(viewer: Viewer = admin, scheduled = false): AccountSnapshot {
  return {
    accountId: 'acc_demo',
    catalog,
    subscription,
    scheduled: scheduled
      ? { selection: { ...plus, seats: 2 }, effectiveAt: subscription.periodEnd }
      : null,
    balance: { amount: 0, currency: 'EUR' },
    viewer,
    primaryAdmin: { name: 'Alex Admin', email: 'alex@example.com' },
  };
}

function serverPreview(desired: Selection, id = 'pv_1'): ServerPreview {
  return {
    id,
    expiresAt: '2025-03-16T00:15:00.000Z',
    catalogVersion: 'demo',
    preview: previewChange({ catalog, subscription, desired, at: NOW }),
  };
}

const proResult: CommitResult = {
  id: 'cm_1',
  status: 'succeeded',
  mode: 'purchase',
  charged: { amount: 2065, currency: 'EUR' },
  subscription: { ...subscription, selection: pro },
  scheduled: null,
  balance: { amount: 0, currency: 'EUR' },
};

const run = (state: BillingState, ...events: BillingEvent[]) => events.reduce(transition, state);
const loaded = (viewer: Viewer = admin, scheduled = false) =>
  run(initialBillingState, {
    type: 'ACCOUNT_LOADED',
    snapshot: snapshotFor(viewer, scheduled),
    catalog,
  });
const editing = () => loaded();
const reviewingPro = (viewer: Viewer = admin) =>
  run(loaded(viewer), { type: 'DRAFT_CHANGED', selection: pro }, { type: 'REVIEW' });
const readyPro = (viewer: Viewer = admin) =>
  run(reviewingPro(viewer), {
    type: 'PREVIEW_LOADED',
    key: selectionKey(pro),
    preview: serverPreview(pro),
  });
const committing = () => run(readyPro(), { type: 'CONFIRM' });
const failedCommit = () =>
  run(committing(), { type: 'COMMIT_FAILED', error: new AdapterError('network') });
const priceChanged = () =>
  run(committing(), {
    type: 'COMMIT_FAILED',
    error: new AdapterError('price-changed', undefined, { preview: serverPreview(pro, 'pv_2') }),
  });
const done = () => run(committing(), { type: 'COMMIT_SUCCEEDED', result: proResult });
const requesting = () => run(editing(), { type: 'REQUEST' });

const network = new AdapterError('network');
// Every event once, to check which ones a state refuses.
const anyEvent = {
  ACCOUNT_LOADING: { type: 'ACCOUNT_LOADING' },
  CATALOG_LOCALIZED: { type: 'CATALOG_LOCALIZED', catalog },
  DRAFT_CHANGED: { type: 'DRAFT_CHANGED', selection: fiveSeats },
  CONTACTS_BEYOND: { type: 'CONTACTS_BEYOND', beyond: true },
  DRAFT_RESET: { type: 'DRAFT_RESET' },
  REVIEW: { type: 'REVIEW' },
  RETRY_PREVIEW: { type: 'RETRY_PREVIEW' },
  PREVIEW_LOADED: { type: 'PREVIEW_LOADED', key: selectionKey(pro), preview: serverPreview(pro) },
  PREVIEW_FAILED: { type: 'PREVIEW_FAILED', key: selectionKey(pro), error: network },
  ACKNOWLEDGE_PRICE: { type: 'ACKNOWLEDGE_PRICE' },
  CONFIRM: { type: 'CONFIRM' },
  COMMIT_SUCCEEDED: { type: 'COMMIT_SUCCEEDED', result: proResult },
  COMMIT_FAILED: { type: 'COMMIT_FAILED', error: network },
  RESET_PURCHASE: { type: 'RESET_PURCHASE' },
  REQUEST: { type: 'REQUEST' },
  CLOSE: { type: 'CLOSE' },
  CANCEL_SUCCEEDED: {
    type: 'CANCEL_SUCCEEDED',
    result: { subscription, scheduled: null },
  },
  CANCEL_FAILED: { type: 'CANCEL_FAILED', error: network },
  CANCEL_RESET: { type: 'CANCEL_RESET' },
} satisfies Record<string, BillingEvent>;
type EventName = keyof typeof anyEvent;

/** Asserts that each event leaves `state` as it is: the very same object, so nothing re-renders. */
function expectRefused(state: () => BillingState, names: readonly EventName[]) {
  it.each(names)('refuses %s', (name) => {
    const before = state();
    expect(transition(before, anyEvent[name])).toBe(before);
  });
}

describe('transition', () => {
  describe('loading: no account yet', () => {
    it('starts with no account and no draft', () => {
      expect(initialBillingState.flow).toEqual({ status: 'loading' });
      expect(initialBillingState.draft).toBeNull();
    });

    it('rests in editing once the account of a viewer who can buy is loaded', () => {
      const state = editing();
      expect(state.flow).toEqual({ status: 'editing' });
      expect(state.account.status).toBe('ready');
      expect(state.draft).toBe(plus);
    });

    it('rests in read-only for a viewer who can only look', () => {
      expect(loaded(member).flow).toEqual({ status: 'read-only' });
    });

    it('stays loading when the account fails, and says why', () => {
      const state = run(initialBillingState, {
        type: 'ACCOUNT_FAILED',
        error: network,
        snapshot: null,
      });
      expect(state.flow).toEqual({ status: 'loading' });
      expect(state.account).toMatchObject({ status: 'error', error: network, catalog: null });
    });

    it('clears a failed load’s error when loading again', () => {
      const failed = run(initialBillingState, {
        type: 'ACCOUNT_FAILED',
        error: network,
        snapshot: null,
      });
      expect(run(failed, { type: 'ACCOUNT_LOADING' }).account).toMatchObject({
        status: 'loading',
        error: null,
      });
    });

    expectRefused(
      () => initialBillingState,
      [
        'CATALOG_LOCALIZED',
        'DRAFT_CHANGED',
        'CONTACTS_BEYOND',
        'DRAFT_RESET',
        'REVIEW',
        'RETRY_PREVIEW',
        'PREVIEW_LOADED',
        'PREVIEW_FAILED',
        'ACKNOWLEDGE_PRICE',
        'CONFIRM',
        'COMMIT_SUCCEEDED',
        'COMMIT_FAILED',
        'RESET_PURCHASE',
        'REQUEST',
        'CLOSE',
        'CANCEL_SUCCEEDED',
        'CANCEL_FAILED',
        'CANCEL_RESET',
      ],
    );
  });

  describe('editing', () => {
    it('moves the draft, and a new draft is back within the bands', () => {
      const beyond = run(editing(), { type: 'CONTACTS_BEYOND', beyond: true });
      expect(beyond.contactsBeyond).toBe(true);
      const state = run(beyond, { type: 'DRAFT_CHANGED', selection: fiveSeats });
      expect(state.draft).toBe(fiveSeats);
      expect(state.contactsBeyond).toBe(false);
      expect(state.flow).toEqual({ status: 'editing' });
    });

    it('resets the draft to the subscription', () => {
      const state = run(
        editing(),
        { type: 'DRAFT_CHANGED', selection: pro },
        { type: 'DRAFT_RESET' },
      );
      expect(state.draft).toBe(plus);
    });

    it('opens the review, asking the server to price the draft', () => {
      const state = run(editing(), { type: 'DRAFT_CHANGED', selection: pro }, { type: 'REVIEW' });
      expect(state.flow).toEqual({
        status: 'reviewing',
        review: { phase: 'estimating', key: selectionKey(pro) },
      });
    });

    it('opens the review without asking the server when nothing changed', () => {
      expect(run(editing(), { type: 'REVIEW' }).flow).toEqual({
        status: 'reviewing',
        review: { phase: 'estimating', key: null },
      });
    });

    it('opens the review without asking the server past the last band (sales quote it)', () => {
      const state = run(editing(), { type: 'CONTACTS_BEYOND', beyond: true }, { type: 'REVIEW' });
      expect(state.flow).toEqual({
        status: 'reviewing',
        review: { phase: 'estimating', key: null },
      });
    });

    it('goes to the change request', () => {
      expect(requesting().flow).toEqual({ status: 'requesting' });
    });

    it('becomes read-only when the account reloads for a viewer who can only look', () => {
      const state = run(editing(), {
        type: 'ACCOUNT_LOADED',
        snapshot: snapshotFor(member),
        catalog,
      });
      expect(state.flow).toEqual({ status: 'read-only' });
    });

    it('goes back to loading when a reload fails', () => {
      const state = run(editing(), { type: 'ACCOUNT_FAILED', error: network, snapshot: null });
      expect(state.flow).toEqual({ status: 'loading' });
    });

    expectRefused(editing, [
      'ACCOUNT_LOADING',
      'RETRY_PREVIEW',
      'PREVIEW_LOADED',
      'PREVIEW_FAILED',
      'ACKNOWLEDGE_PRICE',
      'CONFIRM',
      'COMMIT_SUCCEEDED',
      'COMMIT_FAILED',
      'RESET_PURCHASE',
      'CLOSE',
      'DRAFT_RESET',
    ]);
  });

  describe('read-only', () => {
    it('may open the review to look at a price', () => {
      expect(reviewingPro(member).flow.status).toBe('reviewing');
    });

    it('rests in read-only again when the review closes', () => {
      expect(run(readyPro(member), { type: 'CLOSE' }).flow).toEqual({ status: 'read-only' });
    });

    it('refuses to buy the server’s price', () => {
      const state = readyPro(member);
      expect(transition(state, { type: 'CONFIRM' })).toBe(state);
    });

    it('refuses the change request from the review', () => {
      const state = readyPro(member);
      expect(transition(state, { type: 'REQUEST' })).toBe(state);
    });

    expectRefused(
      () => loaded(member),
      ['REQUEST', 'CONFIRM', 'CLOSE', 'RESET_PURCHASE', 'PREVIEW_LOADED', 'COMMIT_SUCCEEDED'],
    );
  });

  describe('reviewing', () => {
    it('shows the server’s price once it answers for the draft under review', () => {
      expect(readyPro().flow).toEqual({
        status: 'reviewing',
        review: { phase: 'ready', key: selectionKey(pro), preview: serverPreview(pro) },
      });
    });

    it('drops an answer for another draft', () => {
      const state = reviewingPro();
      const late = transition(state, {
        type: 'PREVIEW_LOADED',
        key: selectionKey(fiveSeats),
        preview: serverPreview(fiveSeats),
      });
      expect(late).toBe(state);
    });

    it('shows a failed request, and asks again on retry', () => {
      const failed = run(reviewingPro(), {
        type: 'PREVIEW_FAILED',
        key: selectionKey(pro),
        error: network,
      });
      expect(failed.flow).toEqual({
        status: 'reviewing',
        review: { phase: 'failed', key: selectionKey(pro), error: network },
      });
      expect(run(failed, { type: 'RETRY_PREVIEW' }).flow).toEqual({
        status: 'reviewing',
        review: { phase: 'estimating', key: selectionKey(pro) },
      });
    });

    it('asks again for a draft that moved, dropping the old price', () => {
      const state = run(readyPro(), { type: 'DRAFT_CHANGED', selection: fiveSeats });
      expect(state.flow).toEqual({
        status: 'reviewing',
        review: { phase: 'estimating', key: selectionKey(fiveSeats) },
      });
    });

    it('keeps the price of a draft that moved to an equal selection', () => {
      const before = readyPro();
      const after = transition(before, { type: 'DRAFT_CHANGED', selection: { ...pro } });
      expect(after.flow).toBe(before.flow);
    });

    it('asks again for an equal selection whose request failed', () => {
      const failed = run(reviewingPro(), {
        type: 'PREVIEW_FAILED',
        key: selectionKey(pro),
        error: network,
      });
      const again = run(failed, { type: 'DRAFT_CHANGED', selection: { ...pro } });
      expect(again.flow).toEqual({
        status: 'reviewing',
        review: { phase: 'estimating', key: selectionKey(pro) },
      });
    });

    it('asks nothing past the last band', () => {
      const state = run(readyPro(), { type: 'CONTACTS_BEYOND', beyond: true });
      expect(state.flow).toEqual({
        status: 'reviewing',
        review: { phase: 'estimating', key: null },
      });
    });

    it('commits a self-serve price of the draft under review', () => {
      const state = committing();
      expect(state.flow).toEqual({
        status: 'committing',
        review: { phase: 'ready', key: selectionKey(pro), preview: serverPreview(pro) },
      });
    });

    it('refuses to commit an estimate', () => {
      const state = reviewingPro();
      expect(transition(state, { type: 'CONFIRM' })).toBe(state);
    });

    it('refuses to commit a change only sales can make', () => {
      const server = serverPreview(pro);
      const state = run(reviewingPro(), {
        type: 'PREVIEW_LOADED',
        key: selectionKey(pro),
        preview: { ...server, preview: { ...server.preview, mode: 'request' } },
      });
      expect(transition(state, { type: 'CONFIRM' })).toBe(state);
    });

    it('closes back to editing', () => {
      expect(run(readyPro(), { type: 'CLOSE' }).flow).toEqual({ status: 'editing' });
    });

    it('hands over to the change request', () => {
      expect(run(readyPro(), { type: 'REQUEST' }).flow).toEqual({ status: 'requesting' });
    });

    expectRefused(readyPro, [
      'REVIEW',
      'RETRY_PREVIEW',
      'PREVIEW_LOADED',
      'PREVIEW_FAILED',
      'ACKNOWLEDGE_PRICE',
      'COMMIT_SUCCEEDED',
      'COMMIT_FAILED',
      'RESET_PURCHASE',
    ]);
  });

  describe('reviewing a changed price', () => {
    it('shows the server’s new figures after a price-changed answer', () => {
      const state = priceChanged();
      expect(state.flow).toMatchObject({
        status: 'reviewing',
        review: { phase: 'price-changed', key: selectionKey(pro), preview: { id: 'pv_2' } },
      });
    });

    it('is ready to confirm the new price once acknowledged', () => {
      const state = run(priceChanged(), { type: 'ACKNOWLEDGE_PRICE' });
      expect(state.flow).toMatchObject({
        status: 'reviewing',
        review: { phase: 'ready', preview: { id: 'pv_2' } },
      });
      expect(run(state, { type: 'CONFIRM' }).flow.status).toBe('committing');
    });

    expectRefused(priceChanged, ['CONFIRM', 'RESET_PURCHASE', 'RETRY_PREVIEW', 'REVIEW']);
  });

  describe('committing', () => {
    it('is done when the commit succeeds, with the new subscription as account and draft', () => {
      const state = done();
      expect(state.flow).toEqual({ status: 'done', result: proResult });
      expect(state.account.snapshot?.subscription.selection).toBe(pro);
      expect(state.draft).toBe(pro);
    });

    it('fails, keeping the reviewed price for a retry', () => {
      const before = committing();
      const state = transition(before, { type: 'COMMIT_FAILED', error: network });
      expect(state.flow).toEqual({
        status: 'failed',
        error: network,
        review: before.flow.status === 'committing' ? before.flow.review : null,
      });
    });

    it('fails and prices the draft again when the preview expired', () => {
      const expired = new AdapterError('preview-expired');
      const state = run(committing(), { type: 'COMMIT_FAILED', error: expired });
      expect(state.flow).toEqual({
        status: 'failed',
        error: expired,
        review: { phase: 'estimating', key: selectionKey(pro) },
      });
    });

    it('fails plainly on a price-changed answer without new figures', () => {
      const bare = new AdapterError('price-changed');
      expect(run(committing(), { type: 'COMMIT_FAILED', error: bare }).flow.status).toBe('failed');
    });

    // Money is in flight: nothing moves the draft or leaves the review until the backend answers.
    expectRefused(committing, [
      'CONFIRM',
      'CLOSE',
      'DRAFT_CHANGED',
      'CONTACTS_BEYOND',
      'DRAFT_RESET',
      'REVIEW',
      'REQUEST',
      'RETRY_PREVIEW',
      'ACKNOWLEDGE_PRICE',
      'RESET_PURCHASE',
      'PREVIEW_LOADED',
      'PREVIEW_FAILED',
    ]);
  });

  describe('failed', () => {
    it('retries the commit of the same preview', () => {
      const state = run(failedCommit(), { type: 'CONFIRM' });
      expect(state.flow).toMatchObject({ status: 'committing', review: { phase: 'ready' } });
    });

    it('forgets the failure on reset and keeps reviewing', () => {
      expect(run(failedCommit(), { type: 'RESET_PURCHASE' }).flow).toMatchObject({
        status: 'reviewing',
        review: { phase: 'ready' },
      });
    });

    it('forgets the failure when the draft moves: it was about another change', () => {
      const state = run(failedCommit(), { type: 'DRAFT_CHANGED', selection: fiveSeats });
      expect(state.flow).toEqual({
        status: 'reviewing',
        review: { phase: 'estimating', key: selectionKey(fiveSeats) },
      });
    });

    it('keeps the failure while a fresh price comes in after an expired preview', () => {
      const expired = run(committing(), {
        type: 'COMMIT_FAILED',
        error: new AdapterError('preview-expired'),
      });
      const state = run(expired, {
        type: 'PREVIEW_LOADED',
        key: selectionKey(pro),
        preview: serverPreview(pro, 'pv_3'),
      });
      expect(state.flow).toMatchObject({
        status: 'failed',
        review: { phase: 'ready', preview: { id: 'pv_3' } },
      });
    });

    it('closes back to editing, or goes to the change request', () => {
      expect(run(failedCommit(), { type: 'CLOSE' }).flow).toEqual({ status: 'editing' });
      expect(run(failedCommit(), { type: 'REQUEST' }).flow).toEqual({ status: 'requesting' });
    });

    expectRefused(failedCommit, [
      'REVIEW',
      'COMMIT_SUCCEEDED',
      'COMMIT_FAILED',
      'ACKNOWLEDGE_PRICE',
    ]);
  });

  describe('done', () => {
    it('closes back to editing', () => {
      expect(run(done(), { type: 'CLOSE' }).flow).toEqual({ status: 'editing' });
    });

    it('reviews again on reset: the draft is the new subscription, nothing to ask', () => {
      expect(run(done(), { type: 'RESET_PURCHASE' }).flow).toEqual({
        status: 'reviewing',
        review: { phase: 'estimating', key: null },
      });
    });

    it('reviews a new change when the draft moves on', () => {
      const more = { ...pro, seats: 5 };
      expect(run(done(), { type: 'DRAFT_CHANGED', selection: more }).flow).toEqual({
        status: 'reviewing',
        review: { phase: 'estimating', key: selectionKey(more) },
      });
    });

    expectRefused(done, [
      'REVIEW',
      'CONFIRM',
      'COMMIT_SUCCEEDED',
      'COMMIT_FAILED',
      'PREVIEW_LOADED',
      'RETRY_PREVIEW',
      'ACKNOWLEDGE_PRICE',
      'DRAFT_RESET',
    ]);
  });

  describe('requesting', () => {
    it('closes back to editing', () => {
      expect(run(requesting(), { type: 'CLOSE' }).flow).toEqual({ status: 'editing' });
    });

    it('may go to the review', () => {
      expect(run(requesting(), { type: 'REVIEW' }).flow.status).toBe('reviewing');
    });

    it('lets the draft move (the subject follows it)', () => {
      const state = run(requesting(), { type: 'DRAFT_CHANGED', selection: pro });
      expect(state.draft).toBe(pro);
      expect(state.flow).toEqual({ status: 'requesting' });
    });

    expectRefused(requesting, ['REQUEST', 'CONFIRM', 'RESET_PURCHASE', 'PREVIEW_LOADED']);
  });

  describe('the account while a flow is under way', () => {
    it('keeps the draft being edited and the review when the account reloads', () => {
      const before = readyPro();
      const after = run(before, { type: 'ACCOUNT_LOADED', snapshot: snapshotFor(), catalog });
      expect(after.draft).toBe(pro);
      expect(after.flow).toBe(before.flow);
    });

    it('takes the catalog in a new language while ready', () => {
      const renamed = { ...catalog, name: 'Autre' };
      expect(run(editing(), { type: 'CATALOG_LOCALIZED', catalog: renamed }).account.catalog).toBe(
        renamed,
      );
    });
  });

  describe('cancelling the scheduled change', () => {
    const scheduled = () => loaded(admin, true);
    const cancelling = () => run(scheduled(), { type: 'CANCEL_SCHEDULED' });

    it('starts a cancel when a change is scheduled and the viewer can buy', () => {
      expect(cancelBlocker(scheduled())).toBeNull();
      expect(cancelling().cancelScheduled).toEqual({ status: 'cancelling', error: null });
    });

    it('says why a cancel is refused', () => {
      expect(cancelBlocker(initialBillingState)).toBe('not-ready');
      expect(cancelBlocker(loaded(member, true))).toBe('read-only');
      expect(cancelBlocker(editing())).toBe('nothing-scheduled');
    });

    it('drops the scheduled change from the account when it succeeds', () => {
      const renewed = { ...subscription, periodEnd: '2025-05-01T00:00:00.000Z' };
      const state = run(cancelling(), {
        type: 'CANCEL_SUCCEEDED',
        result: { subscription: renewed, scheduled: null },
      });
      expect(state.cancelScheduled.status).toBe('idle');
      expect(state.account.snapshot?.scheduled).toBeNull();
      expect(state.account.snapshot?.subscription).toBe(renewed);
    });

    it('moves a draft that held the subscription to a renewed one, and leaves an edited draft alone', () => {
      const renewed = { ...subscription, selection: { ...plus, seats: 2 } };
      const result = { subscription: renewed, scheduled: null } as const;
      expect(run(cancelling(), { type: 'CANCEL_SUCCEEDED', result }).draft).toBe(renewed.selection);
      const edited = run(
        scheduled(),
        { type: 'DRAFT_CHANGED', selection: pro },
        { type: 'CANCEL_SCHEDULED' },
        { type: 'CANCEL_SUCCEEDED', result },
      );
      expect(edited.draft).toBe(pro);
    });

    it('fails, and forgets the failure on reset', () => {
      const failed = run(cancelling(), { type: 'CANCEL_FAILED', error: network });
      expect(failed.cancelScheduled).toEqual({ status: 'failed', error: network });
      expect(run(failed, { type: 'CANCEL_RESET' }).cancelScheduled.status).toBe('idle');
      // A retry from the failure starts a new cancel.
      expect(run(failed, { type: 'CANCEL_SCHEDULED' }).cancelScheduled.status).toBe('cancelling');
    });

    expectRefused(cancelling, ['CANCEL_RESET']);
    it('refuses a second cancel while one is in flight', () => {
      const state = cancelling();
      expect(transition(state, { type: 'CANCEL_SCHEDULED' })).toBe(state);
    });
    it('refuses a cancel when nothing is scheduled', () => {
      const state = editing();
      expect(transition(state, { type: 'CANCEL_SCHEDULED' })).toBe(state);
    });
  });
});
