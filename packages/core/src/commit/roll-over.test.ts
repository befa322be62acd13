import { describe, expect, it } from 'vitest';
import { createDemoSubscription } from '../demo/index.js';
import { rollOver } from './roll-over.js';

const demoSelection = createDemoSubscription().selection;

const subscription = {
  selection: demoSelection,
  periodStart: '2026-03-01T00:00:00.000Z',
  periodEnd: '2026-04-01T00:00:00.000Z',
  contactsInUse: 8700,
  seatsInUse: 2,
};

describe('rollOver', () => {
  it('returns the same record before the period ends', () => {
    const record = { subscription, scheduled: null };
    expect(rollOver(record, new Date('2026-03-31T23:59:59.999Z'))).toBe(record);
  });

  it('starts the next period at the period end and applies the scheduled change there', () => {
    const seats2 = { ...demoSelection, seats: 2 };
    const record = {
      subscription,
      scheduled: { selection: seats2, effectiveAt: '2026-04-01T00:00:00.000Z' },
    };
    expect(rollOver(record, new Date('2026-04-01T00:00:00.000Z'))).toEqual({
      subscription: {
        ...subscription,
        selection: seats2,
        periodStart: '2026-04-01T00:00:00.000Z',
        periodEnd: '2026-05-01T00:00:00.000Z',
      },
      scheduled: null,
    });
  });

  it('catches up several missed periods at once', () => {
    const record = { subscription, scheduled: null };
    const rolled = rollOver(record, new Date('2026-06-15T00:00:00.000Z'));
    expect(rolled.subscription.periodStart).toBe('2026-06-01T00:00:00.000Z');
    expect(rolled.subscription.periodEnd).toBe('2026-07-01T00:00:00.000Z');
  });

  it('keeps a period anchored on the 31st from sticking to the 28th after February', () => {
    const record = {
      subscription: {
        ...subscription,
        periodStart: '2026-01-31T09:00:00.000Z',
        periodEnd: '2026-02-28T09:00:00.000Z',
      },
      scheduled: null,
    };
    // Feb 28 -> Mar 31 -> Apr 30 -> May 31: the anchor day is 31, clamped to each month's length.
    const rolled = rollOver(record, new Date('2026-05-01T00:00:00.000Z'));
    expect(rolled.subscription.periodStart).toBe('2026-04-30T09:00:00.000Z');
    expect(rolled.subscription.periodEnd).toBe('2026-05-31T09:00:00.000Z');
  });

  it('renews on the scheduled interval when the change switches it', () => {
    const yearly = { ...demoSelection, interval: 'year' as const };
    const record = {
      subscription,
      scheduled: { selection: yearly, effectiveAt: '2026-04-01T00:00:00.000Z' },
    };
    const rolled = rollOver(record, new Date('2026-04-02T00:00:00.000Z'));
    expect(rolled.subscription.periodEnd).toBe('2027-04-01T00:00:00.000Z');
  });
});
