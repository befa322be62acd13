import { describe, expect, it } from 'vitest';
import type { Selection } from '@tarif/core';
import {
  draftNextStep,
  isDirty,
  needsSales,
  planDirection,
  reviewNextStep,
} from './select-next-step.js';
import { serverPreview, plus, subscription } from './test-utils/flow-fixtures.js';

const estimateOf = (change: Partial<Selection>) => serverPreview({ ...plus, ...change }).preview;
/** Plus → Starter for an account with one user: a downgrade, which goes through sales. */
const downgrade = serverPreview({ ...plus, plan: 'starter', seats: 1 }, 'pv_down', {
  ...subscription,
  seatsInUse: 1,
}).preview;

describe('isDirty', () => {
  it('is clean for the subscription itself, or an equal copy with add-ons in another order', () => {
    expect(isDirty(plus, plus, false)).toBe(false);
    expect(isDirty({ ...plus, addOns: ['b', 'a'] }, { ...plus, addOns: ['a', 'b'] }, false)).toBe(
      false,
    );
  });

  it('is dirty for another selection, or past the last band on the same one', () => {
    expect(isDirty({ ...plus, seats: 4 }, plus, false)).toBe(true);
    expect(isDirty(plus, plus, true)).toBe(true);
  });

  it('is clean before the account loads', () => {
    expect(isDirty(null, null, true)).toBe(false);
  });
});

describe('needsSales', () => {
  it('is true for a downgrade (a change request) and for a plan only sales sell', () => {
    expect(needsSales(downgrade, false)).toBe(true);
    expect(needsSales(estimateOf({ plan: 'enterprise' }), false)).toBe(true);
  });

  it('is true past the last band, whatever the estimate says', () => {
    expect(needsSales(null, true)).toBe(true);
  });

  it('is false for a self-serve upgrade, and for a change blocked by usage (sales cannot help)', () => {
    expect(needsSales(estimateOf({ plan: 'pro' }), false)).toBe(false);
    expect(needsSales(estimateOf({ contactLimit: 5000 }), false)).toBe(false);
    // Plus → Starter with two users: Starter holds one, so the downgrade is blocked first.
    expect(needsSales(estimateOf({ plan: 'starter', seats: 1 }), false)).toBe(false);
  });
});

describe('draftNextStep', () => {
  it('asks for nothing while the draft is the subscription', () => {
    expect(draftNextStep(false, estimateOf({}), false)).toBeNull();
  });

  it('reviews a self-serve change, charged now or at renewal', () => {
    expect(draftNextStep(true, estimateOf({ plan: 'pro' }), false)).toBe('review');
    expect(draftNextStep(true, estimateOf({ seats: 2 }), false)).toBe('review');
  });

  it('requests a change only sales can make', () => {
    expect(draftNextStep(true, estimateOf({ plan: 'enterprise' }), false)).toBe('request');
    expect(draftNextStep(true, downgrade, false)).toBe('request');
    expect(draftNextStep(true, estimateOf({}), true)).toBe('request');
  });

  it('is blocked for a limit below the contacts in use', () => {
    expect(draftNextStep(true, estimateOf({ contactLimit: 5000 }), false)).toBe('blocked');
  });
});

describe('reviewNextStep', () => {
  it('sends a change only sales can make to them, even with a new price', () => {
    expect(reviewNextStep(true, true)).toBe('request');
  });

  it('asks to look at a new price before confirming', () => {
    expect(reviewNextStep(false, true)).toBe('acknowledge');
    expect(reviewNextStep(false, false)).toBe('confirm');
  });
});

describe('planDirection', () => {
  it('compares the draft’s plan with the subscription’s', () => {
    expect(planDirection(estimateOf({ plan: 'pro' }))).toBe('up');
    expect(planDirection(downgrade)).toBe('down');
    expect(planDirection(estimateOf({ seats: 4 }))).toBe('unchanged');
    expect(planDirection(null)).toBe('unchanged');
  });
});
