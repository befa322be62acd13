import { describe, expect, it, vi } from 'vitest';
import type { Catalog } from '@tarif/core';
import { initialBillingState } from './flow-state.js';
import { createEstimateSelector, estimateDraft } from './select-estimate.js';
import { NOW, admin, plus, stateAfter } from './test-utils/flow-fixtures.js';

describe('estimateDraft', () => {
  it('prices an upgrade at the given instant, prorated over the days left', () => {
    const state = stateAfter(admin, { type: 'DRAFT_CHANGED', selection: { ...plus, plan: 'pro' } });
    const { preview, error } = estimateDraft(state, NOW);
    expect(error).toBeNull();
    expect(preview?.mode).toBe('purchase');
    // Plus 59 € → Pro 99 € a month (10 000 contacts, 3 seats), 16 of 31 days left:
    // 40 € × 16 / 31 = 20.645… → 20.65 €.
    expect(preview?.dueToday).toEqual({ amount: 2065, currency: 'EUR' });
  });

  it('charges nothing for the same change in the period’s last second', () => {
    const state = stateAfter(admin, { type: 'DRAFT_CHANGED', selection: { ...plus, plan: 'pro' } });
    const lastSecond = new Date('2025-03-31T23:59:59.000Z');
    expect(estimateDraft(state, lastSecond).preview?.dueToday.amount).toBe(0);
  });

  it('has nothing to estimate before the account is loaded', () => {
    expect(estimateDraft(initialBillingState, NOW)).toEqual({ preview: null, error: null });
  });

  it('keeps what core threw for a catalog it cannot read, instead of failing the render', () => {
    const state = stateAfter(admin);
    const broken = { ...state.account.catalog, products: undefined } as unknown as Catalog;
    const result = estimateDraft({ ...state, account: { ...state.account, catalog: broken } }, NOW);
    expect(result.preview).toBeNull();
    expect(result.error).toBeInstanceOf(TypeError);
  });
});

describe('createEstimateSelector', () => {
  it('prices a draft once however often it is read, and again when the draft moves', () => {
    const now = vi.fn(() => NOW);
    const select = createEstimateSelector(now);
    const state = stateAfter(admin, { type: 'DRAFT_CHANGED', selection: { ...plus, seats: 4 } });
    const first = select(state);
    expect(select(state)).toBe(first);
    // Another state object with the same draft and account: still the same estimate.
    expect(select({ ...state, contactsBeyond: false })).toBe(first);
    expect(now).toHaveBeenCalledTimes(1);
    const moved = { ...state, draft: { ...plus, seats: 5 } };
    expect(select(moved).preview?.effectiveNow.seats).toBe(5);
    expect(now).toHaveBeenCalledTimes(2);
  });
});
