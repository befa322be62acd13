import { describe, expect, it } from 'vitest';
import type { Selection } from '../catalog/catalog-types.js';
import { demoCatalogEUR } from '../demo/index.js';
import { mergeScheduled } from './merge-scheduled.js';

const current: Selection = {
  product: 'marketing',
  plan: 'plus',
  interval: 'month',
  contactLimit: 20000,
  seats: 3,
  addOns: ['sms', 'transactional-email'],
};

describe('mergeScheduled', () => {
  it('returns the new change when nothing is scheduled', () => {
    const desired = { ...current, seats: 2 };
    expect(mergeScheduled(demoCatalogEUR, current, null, desired)).toBe(desired);
  });

  it('keeps the scheduled value of every part the new change leaves alone', () => {
    const scheduled = { ...current, contactLimit: 10000 };
    const desired = { ...current, seats: 2 };
    expect(mergeScheduled(demoCatalogEUR, current, scheduled, desired)).toEqual({
      ...current,
      contactLimit: 10000,
      seats: 2,
    });
  });

  it('lets a part the new change sets win over the scheduled value', () => {
    const scheduled = { ...current, contactLimit: 10000 };
    const desired = { ...current, contactLimit: 15000 };
    expect(mergeScheduled(demoCatalogEUR, current, scheduled, desired)).toEqual(desired);
  });

  it('merges add-ons one by one', () => {
    // Scheduled: drop SMS. New change: drop transactional email, add custom reporting (on Pro).
    const scheduled = { ...current, addOns: ['transactional-email'] };
    const desired = { ...current, plan: 'pro', addOns: ['sms', 'custom-reporting'] };
    expect(mergeScheduled(demoCatalogEUR, current, scheduled, desired)).toEqual({
      ...current,
      plan: 'pro',
      addOns: ['custom-reporting'],
    });
  });

  it('keeps only the new change when the merge is not a valid selection', () => {
    // Scheduled: Pro down to Plus with 10 seats (Plus allows 1 to 10). New: 25 seats on Pro now.
    // Merged would be Plus with 25 seats, above Plus's maximum of 10.
    const onPro = { ...current, plan: 'pro', seats: 20 };
    const scheduled = { ...onPro, plan: 'plus', seats: 10 };
    const desired = { ...onPro, seats: 25 };
    expect(mergeScheduled(demoCatalogEUR, onPro, scheduled, desired)).toBe(desired);
  });
});
