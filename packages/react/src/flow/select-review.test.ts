import { describe, expect, it } from 'vitest';
import type { Selection } from '@tarif/core';
import { AdapterError } from '../adapter/adapter-error.js';
import type { CommitResult } from '../adapter/adapter-types.js';
import { selectionKey } from '../internal/selection-key.js';
import type { BillingEvent } from './flow-events.js';
import { initialBillingState } from './flow-state.js';
import { estimateDraft } from './select-estimate.js';
import {
  confirmBlockerOf,
  isReviewOpen,
  purchaseOf,
  reviewStatusOf,
  serverPreviewOf,
} from './select-review.js';
import { transition } from './transition.js';
import {
  NOW,
  admin,
  member,
  plus,
  serverPreview,
  stateAfter,
  subscription,
} from './test-utils/flow-fixtures.js';
import type { Viewer } from '../adapter/adapter-types.js';

const pro: Selection = { ...plus, plan: 'pro' };
const network = new AdapterError('network');
const reviewing = (selection: Selection, viewer: Viewer = admin) =>
  stateAfter(viewer, { type: 'DRAFT_CHANGED', selection }, { type: 'REVIEW' });
const priced = (selection: Selection, viewer: Viewer = admin) =>
  transition(reviewing(selection, viewer), {
    type: 'PREVIEW_LOADED',
    key: selectionKey(selection),
    preview: serverPreview(selection),
  });
const after = (state: ReturnType<typeof priced>, ...events: BillingEvent[]) =>
  events.reduce(transition, state);
const result: CommitResult = {
  id: 'cm_1',
  status: 'succeeded',
  mode: 'purchase',
  charged: { amount: 2065, currency: 'EUR' },
  subscription: { ...subscription, selection: pro },
  scheduled: null,
  balance: { amount: 0, currency: 'EUR' },
};
const blockerOf = (state: ReturnType<typeof priced>) =>
  confirmBlockerOf(state, estimateDraft(state, NOW).preview);

describe('serverPreviewOf', () => {
  it('is the server’s price of the draft once it answered, also while it is being bought', () => {
    const state = priced(pro);
    expect(serverPreviewOf(state)?.id).toBe('pv_1');
    expect(serverPreviewOf(after(state, { type: 'CONFIRM' }))?.id).toBe('pv_1');
  });

  it('is nothing while the server is asked, and nothing once bought', () => {
    expect(serverPreviewOf(reviewing(pro))).toBeNull();
    const done = after(priced(pro), { type: 'CONFIRM' }, { type: 'COMMIT_SUCCEEDED', result });
    expect(serverPreviewOf(done)).toBeNull();
  });

  it('is the new price after a price-changed answer', () => {
    const state = after(
      priced(pro),
      { type: 'CONFIRM' },
      {
        type: 'COMMIT_FAILED',
        error: new AdapterError('price-changed', undefined, {
          preview: serverPreview(pro, 'pv_2'),
        }),
      },
    );
    expect(serverPreviewOf(state)?.id).toBe('pv_2');
  });
});

describe('reviewStatusOf', () => {
  it('is pending while the server is asked, not when there is nothing to ask', () => {
    expect(reviewStatusOf(reviewing(pro).flow).pending).toBe(true);
    expect(reviewStatusOf(reviewing(plus).flow).pending).toBe(false);
    expect(reviewStatusOf(priced(pro).flow).pending).toBe(false);
  });

  it('carries a failed request’s error', () => {
    const failed = after(reviewing(pro), {
      type: 'PREVIEW_FAILED',
      key: selectionKey(pro),
      error: network,
    });
    expect(reviewStatusOf(failed.flow)).toEqual({
      pending: false,
      error: network,
      priceChanged: false,
    });
  });
});

describe('purchaseOf', () => {
  it('follows the commit: idle, submitting, failed, succeeded', () => {
    const state = priced(pro);
    expect(purchaseOf(state.flow).status).toBe('idle');
    const committing = after(state, { type: 'CONFIRM' });
    expect(purchaseOf(committing.flow).status).toBe('submitting');
    expect(purchaseOf(after(committing, { type: 'COMMIT_FAILED', error: network }).flow)).toEqual({
      status: 'failed',
      error: network,
      result: null,
      authenticating: false,
    });
    expect(purchaseOf(after(committing, { type: 'COMMIT_SUCCEEDED', result }).flow)).toEqual({
      status: 'succeeded',
      error: null,
      result,
      authenticating: false,
    });
  });

  it("says when the customer is at their bank's step, until the commit answers", () => {
    const committing = after(priced(pro), { type: 'CONFIRM' });
    expect(purchaseOf(committing.flow).authenticating).toBe(false);
    const authenticating = after(committing, { type: 'AUTHENTICATING' });
    expect(purchaseOf(authenticating.flow)).toMatchObject({
      status: 'submitting',
      authenticating: true,
    });
    // Only a running commit goes to the bank.
    expect(after(priced(pro), { type: 'AUTHENTICATING' }).flow.status).toBe('reviewing');
    expect(
      purchaseOf(after(authenticating, { type: 'COMMIT_SUCCEEDED', result }).flow),
    ).toMatchObject({
      status: 'succeeded',
      authenticating: false,
    });
  });

  it('reports a price-changed answer as a failed commit until the new price is acknowledged', () => {
    const error = new AdapterError('price-changed', undefined, {
      preview: serverPreview(pro, 'pv_2'),
    });
    const changed = after(priced(pro), { type: 'CONFIRM' }, { type: 'COMMIT_FAILED', error });
    expect(purchaseOf(changed.flow)).toMatchObject({ status: 'failed', error });
    expect(purchaseOf(after(changed, { type: 'ACKNOWLEDGE_PRICE' }).flow).status).toBe('idle');
  });
});

describe('isReviewOpen', () => {
  it('is open from the review to its success, and closed at rest and on the request form', () => {
    expect(isReviewOpen(stateAfter(admin).flow.status)).toBe(false);
    expect(isReviewOpen(reviewing(pro).flow.status)).toBe(true);
    const done = after(priced(pro), { type: 'CONFIRM' }, { type: 'COMMIT_SUCCEEDED', result });
    expect(isReviewOpen(done.flow.status)).toBe(true);
    expect(isReviewOpen(after(priced(pro), { type: 'REQUEST' }).flow.status)).toBe(false);
  });
});

describe('confirmBlockerOf', () => {
  it('lets a self-serve server price through', () => {
    expect(blockerOf(priced(pro))).toBeNull();
    expect(blockerOf(priced({ ...plus, seats: 2 }))).toBeNull();
  });

  it('waits for the account, then for the server’s price of a change', () => {
    expect(blockerOf(initialBillingState)).toBe('not-ready');
    expect(blockerOf(reviewing(pro))).toBe('estimate');
  });

  it('has nothing to confirm for the subscription as it is', () => {
    expect(blockerOf(reviewing(plus))).toBe('no-change');
  });

  it('refuses a viewer who can only look, whatever the price', () => {
    expect(blockerOf(priced(pro, member))).toBe('read-only');
  });

  it('refuses what only sales can make, and what cannot be made as it is', () => {
    expect(blockerOf(priced({ ...plus, plan: 'enterprise' }))).toBe('blocked');
    expect(blockerOf(priced({ ...plus, contactLimit: 5000 }))).toBe('blocked');
    const server = serverPreview(pro);
    const request = after(reviewing(pro), {
      type: 'PREVIEW_LOADED',
      key: selectionKey(pro),
      preview: { ...server, preview: { ...server.preview, mode: 'request' } },
    });
    expect(blockerOf(request)).toBe('request');
  });

  it('asks for a look at a new price first', () => {
    const error = new AdapterError('price-changed', undefined, {
      preview: serverPreview(pro, 'pv_2'),
    });
    const changed = after(priced(pro), { type: 'CONFIRM' }, { type: 'COMMIT_FAILED', error });
    expect(blockerOf(changed)).toBe('price-changed');
  });
});
