import { describe, expect, it } from 'vitest';
import { createDemoSubscription, demoCatalogEUR } from '../demo/index.js';
import { usageStatus } from './usage-status.js';

const subscription = createDemoSubscription(new Date('2025-01-15T00:00:00Z'));

describe('usageStatus', () => {
  it.each([
    // contactsInUse of 10 000 → share (floor), near (≥ 90 %), at, over
    [8700, 87, false, false, false],
    [8999, 89, false, false, false],
    [9000, 90, true, false, false],
    [10000, 100, true, true, false],
    [10001, 100, true, true, true],
    [12500, 125, true, true, true],
  ])(
    'with %i contacts of 10 000 reports %i %%',
    (contactsInUse, contactsShare, nearLimit, atLimit, overLimit) => {
      expect(usageStatus(demoCatalogEUR, { ...subscription, contactsInUse })).toEqual({
        contactsShare,
        nearLimit,
        atLimit,
        overLimit,
      });
    },
  );

  it('follows the catalog nearLimitPercent', () => {
    expect(usageStatus({ ...demoCatalogEUR, nearLimitPercent: 80 }, subscription).nearLimit).toBe(
      true,
    );
  });

  it('leaves the subscription untouched', () => {
    const before = structuredClone(subscription);
    usageStatus(demoCatalogEUR, { ...subscription, contactsInUse: 20000 });
    expect(subscription).toEqual(before);
  });
});
