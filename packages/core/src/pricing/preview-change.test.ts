import { describe, expect, it } from 'vitest';
import type { Selection } from '../catalog/catalog-types.js';
import { demoCatalogEUR, demoCatalogJPY } from '../demo/index.js';
import { previewChange } from './preview-change.js';
import type { Subscription } from './preview-types.js';

// Marketing Pro, 1 000 contacts, 5 seats (all included): 49.00 a month.
// January 2025 has 31 days: 2 678 400 seconds; from Jan 22 00:00 there are 10 days (864 000 s) left.
const proSmall: Subscription = {
  selection: {
    product: 'marketing',
    plan: 'pro',
    interval: 'month',
    contactLimit: 1000,
    seats: 5,
    addOns: [],
  },
  periodStart: '2025-01-01T00:00:00.000Z',
  periodEnd: '2025-02-01T00:00:00.000Z',
  contactsInUse: 800,
  seatsInUse: 2,
};
const to10k: Selection = { ...proSmall.selection, contactLimit: 10000 };

// Marketing Plus, 10 000 contacts, 3 seats: 59.00 a month.
const plus: Subscription = {
  selection: {
    product: 'marketing',
    plan: 'plus',
    interval: 'month',
    contactLimit: 10000,
    seats: 3,
    addOns: [],
  },
  periodStart: '2025-01-01T00:00:00.000Z',
  periodEnd: '2025-02-01T00:00:00.000Z',
  contactsInUse: 3000,
  seatsInUse: 1,
};

describe('previewChange', () => {
  describe('given an upgrade from 49.00 to 99.00 with 10 of 31 days left', () => {
    const preview = previewChange({
      catalog: demoCatalogEUR,
      subscription: proSmall,
      desired: to10k,
      at: '2025-01-22T00:00:00Z',
    });

    it('is a purchase of a contacts increase, charged now', () => {
      expect(preview.mode).toBe('purchase');
      expect(preview.changes).toEqual([
        {
          dimension: 'contacts',
          direction: 'up',
          kind: 'contactsUp',
          effect: 'now',
          from: 1000,
          to: 10000,
        },
      ]);
      expect(preview.requestFor).toEqual([]);
      expect(preview.effectiveNow).toEqual(to10k);
    });

    it('credits the unused time at the old price and charges it at the new one', () => {
      // credit = 49.00 × 10/31 = 15.806… → 15.81; charge = 99.00 × 10/31 = 31.935… → 31.94
      expect(preview.remainingSeconds).toBe(864_000);
      expect(preview.periodSeconds).toBe(2_678_400);
      expect(preview.credit).toEqual({ amount: 1581, currency: 'EUR' });
      expect(preview.charge).toEqual({ amount: 3194, currency: 'EUR' });
      // due = 31.94 − 15.81 = 16.13
      expect(preview.dueToday).toEqual({ amount: 1613, currency: 'EUR' });
      expect(preview.balanceCredit).toEqual({ amount: 0, currency: 'EUR' });
    });

    it('shows a negative credit line and a charge line over the rest of the period', () => {
      expect(preview.proration).toEqual([
        {
          code: 'credit',
          from: '2025-01-22T00:00:00.000Z',
          to: '2025-02-01T00:00:00.000Z',
          amount: { amount: -1581, currency: 'EUR' },
        },
        {
          code: 'charge',
          from: '2025-01-22T00:00:00.000Z',
          to: '2025-02-01T00:00:00.000Z',
          amount: { amount: 3194, currency: 'EUR' },
        },
      ]);
    });

    it('renews at the period end at the new price', () => {
      expect(preview.nextRenewal).toEqual({
        date: '2025-02-01T00:00:00.000Z',
        total: { amount: 9900, currency: 'EUR' },
      });
      expect(preview.target?.total.amount).toBe(9900);
      expect(preview.current.total.amount).toBe(4900);
    });
  });

  it('prorates a zero-decimal currency in whole yen', () => {
    // Plus 10 000 = ¥9 400 → Pro 10 000 = ¥15 800, 10 of 31 days left:
    // credit = 9 400 × 10/31 = 3 032.26 → 3 032; charge = 15 800 × 10/31 = 5 096.77 → 5 097; due 2 065
    const preview = previewChange({
      catalog: demoCatalogJPY,
      subscription: plus,
      desired: { ...plus.selection, plan: 'pro' },
      at: new Date('2025-01-22T00:00:00Z'),
    });
    expect([preview.credit.amount, preview.charge.amount, preview.dueToday.amount]).toEqual([
      3032, 5097, 2065,
    ]);
    expect(preview.dueToday.currency).toBe('JPY');
  });

  it('charges nothing when the upgrade happens in the last second of the period', () => {
    // 1 second of 2 678 400: 49.00 × 1/2 678 400 and 99.00 × 1/2 678 400 both round to 0
    const preview = previewChange({
      catalog: demoCatalogEUR,
      subscription: proSmall,
      desired: to10k,
      at: '2025-01-31T23:59:59Z',
    });
    expect(preview.mode).toBe('purchase');
    expect(preview.remainingSeconds).toBe(1);
    expect([preview.credit.amount, preview.charge.amount, preview.dueToday.amount]).toEqual([
      0, 0, 0,
    ]);
    expect(preview.proration).toEqual([]);
    expect(preview.nextRenewal.total.amount).toBe(9900);
  });

  it('charges nothing once the period is over', () => {
    const preview = previewChange({
      catalog: demoCatalogEUR,
      subscription: proSmall,
      desired: to10k,
      at: '2025-02-03T00:00:00Z',
    });
    expect(preview.remainingSeconds).toBe(0);
    expect(preview.dueToday.amount).toBe(0);
  });

  it('credits the whole period when the change happens at its very start', () => {
    // 10 of 10 days: credit 49.00, charge 99.00, due 50.00
    const preview = previewChange({
      catalog: demoCatalogEUR,
      subscription: proSmall,
      desired: to10k,
      at: '2025-01-01T00:00:00Z',
    });
    expect([preview.credit.amount, preview.charge.amount, preview.dueToday.amount]).toEqual([
      4900, 9900, 5000,
    ]);
  });

  it('counts 29 days in February of a leap year', () => {
    // Feb 2024 = 29 days = 2 505 600 s; from Feb 20, 10 days left:
    // credit = 49.00 × 10/29 = 16.896… → 16.90; charge = 99.00 × 10/29 = 34.137… → 34.14; due 17.24
    const subscription = {
      ...proSmall,
      periodStart: '2024-02-01T00:00:00Z',
      periodEnd: '2024-03-01T00:00:00Z',
    };
    const preview = previewChange({
      catalog: demoCatalogEUR,
      subscription,
      desired: to10k,
      at: '2024-02-20T00:00:00Z',
    });
    expect(preview.periodSeconds).toBe(2_505_600);
    expect([preview.credit.amount, preview.charge.amount, preview.dueToday.amount]).toEqual([
      1690, 3414, 1724,
    ]);
  });

  it('prorates a period anchored on the 31st that was clamped to February 28', () => {
    // Jan 31 → Feb 28 2025 = 28 days; from Feb 18, 10 days left:
    // credit = 49.00 × 10/28 = 17.50 exactly; charge = 99.00 × 10/28 = 35.357… → 35.36; due 17.86
    const subscription = {
      ...proSmall,
      periodStart: '2025-01-31T00:00:00Z',
      periodEnd: '2025-02-28T00:00:00Z',
    };
    const preview = previewChange({
      catalog: demoCatalogEUR,
      subscription,
      desired: to10k,
      at: '2025-02-18T00:00:00Z',
    });
    expect([preview.credit.amount, preview.charge.amount, preview.dueToday.amount]).toEqual([
      1750, 3536, 1786,
    ]);
    expect(preview.nextRenewal.date).toBe('2025-02-28T00:00:00Z');
  });

  it('starts a new yearly period when moving from monthly to yearly', () => {
    // Plus 10 000: 59.00 a month → 590.00 a year. 10 of 31 days left:
    // credit = 59.00 × 10/31 = 19.032… → 19.03; charge = the full year, 590.00; due 570.97
    const preview = previewChange({
      catalog: demoCatalogEUR,
      subscription: plus,
      desired: { ...plus.selection, interval: 'year' },
      at: '2025-01-22T00:00:00Z',
    });
    expect(preview.changes).toEqual([
      {
        dimension: 'interval',
        direction: 'up',
        kind: 'intervalUp',
        effect: 'now',
        from: 'month',
        to: 'year',
      },
    ]);
    expect([preview.credit.amount, preview.charge.amount, preview.dueToday.amount]).toEqual([
      1903, 59000, 57097,
    ]);
    expect(preview.nextRenewal).toEqual({
      date: '2026-01-22T00:00:00.000Z',
      total: { amount: 59000, currency: 'EUR' },
    });
    expect(preview.proration[1]).toMatchObject({
      code: 'charge',
      from: '2025-01-22T00:00:00.000Z',
      to: '2026-01-22T00:00:00.000Z',
    });
  });

  it('prorates an unchanged selection to zero', () => {
    const preview = previewChange({
      catalog: demoCatalogEUR,
      subscription: plus,
      desired: plus.selection,
      at: '2025-01-22T00:00:00Z',
    });
    expect(preview).toMatchObject({
      mode: 'none',
      changes: [],
      blocking: [],
      proration: [],
      credit: { amount: 0 },
      charge: { amount: 0 },
      dueToday: { amount: 0 },
    });
    expect(preview.nextRenewal.total.amount).toBe(5900);
  });

  it('schedules a contacts decrease for renewal and charges nothing today', () => {
    const preview = previewChange({
      catalog: demoCatalogEUR,
      subscription: plus,
      desired: { ...plus.selection, contactLimit: 5000 },
      at: '2025-01-22T00:00:00Z',
    });
    expect(preview.mode).toBe('scheduled');
    expect(preview.changes[0]).toMatchObject({
      kind: 'contactsDown',
      effect: 'renewal',
      direction: 'down',
    });
    expect(preview.effectiveNow).toEqual(plus.selection);
    expect([preview.credit.amount, preview.charge.amount, preview.dueToday.amount]).toEqual([
      0, 0, 0,
    ]);
    // Plus 5 000 = 39.00 from the next period
    expect(preview.nextRenewal).toEqual({
      date: '2025-02-01T00:00:00.000Z',
      total: { amount: 3900, currency: 'EUR' },
    });
  });

  it('applies only the parts due now and lets the rest wait for renewal', () => {
    // Plan up (now) with contacts down (renewal): today Pro at 10 000 (99.00), from renewal Pro at 5 000 (79.00).
    // credit = 59.00 × 10/31 → 19.03; charge = 99.00 × 10/31 → 31.94; due 12.91
    const desired = { ...plus.selection, plan: 'pro', contactLimit: 5000 };
    const preview = previewChange({
      catalog: demoCatalogEUR,
      subscription: plus,
      desired,
      at: '2025-01-22T00:00:00Z',
    });
    expect(preview.mode).toBe('purchase');
    expect(preview.effectiveNow).toEqual({ ...plus.selection, plan: 'pro' });
    expect([preview.credit.amount, preview.charge.amount, preview.dueToday.amount]).toEqual([
      1903, 3194, 1291,
    ]);
    expect(preview.nextRenewal.total.amount).toBe(7900);
  });

  it('carries a credit to the balance when the change now costs less than the unused time', () => {
    // A policy that lets contacts down happen now: 99.00 → 49.00 with 10 of 31 days left.
    // credit 31.94, charge 15.81 → balance credit 16.13, nothing due
    const catalog = { ...demoCatalogEUR, policy: { contactsDown: 'now' } } as const;
    const subscription = { ...proSmall, selection: to10k };
    const preview = previewChange({
      catalog,
      subscription,
      desired: proSmall.selection,
      at: '2025-01-22T00:00:00Z',
    });
    expect([preview.dueToday.amount, preview.balanceCredit.amount]).toEqual([0, 1613]);
  });

  it('needs a change request to move down a plan, and lists the features lost', () => {
    const desired = { ...plus.selection, plan: 'starter', seats: 1 };
    const preview = previewChange({
      catalog: demoCatalogEUR,
      subscription: plus,
      desired,
      at: '2025-01-22T00:00:00Z',
    });
    expect(preview.mode).toBe('request');
    expect(preview.requestFor).toEqual([
      {
        dimension: 'plan',
        direction: 'down',
        kind: 'planDown',
        effect: 'request',
        from: 'plus',
        to: 'starter',
      },
    ]);
    expect(preview.featuresLost).toEqual([
      'marketing-automation',
      'ab-testing',
      'multi-user-access',
    ]);
    expect(preview.dueToday.amount).toBe(0);
    expect(preview.effectiveNow).toEqual(plus.selection);
    // Nothing changes at renewal until the request is granted; the target shows what it would cost.
    expect(preview.nextRenewal.total.amount).toBe(5900);
    expect(preview.target?.total.amount).toBe(5900 - 2000); // Starter 10 000 = 39.00
  });

  it('makes a mixed change a request when any part needs one', () => {
    const desired = {
      ...plus.selection,
      contactLimit: 20000,
      addOns: [] as string[],
      product: 'sales',
    };
    const preview = previewChange({
      catalog: demoCatalogEUR,
      subscription: plus,
      desired,
      at: '2025-01-22T00:00:00Z',
    });
    expect(preview.mode).toBe('request');
    expect(preview.requestFor.map((change) => change.kind)).toEqual(['productChange']);
    expect(preview.changes.map((change) => change.kind)).toEqual(['productChange', 'contactsUp']);
  });

  it('sells joining the bundle now and needs a request to leave it', () => {
    const bundle = { ...plus.selection, product: 'marketing-sales' };
    const joining = previewChange({
      catalog: demoCatalogEUR,
      subscription: plus,
      desired: bundle,
      at: '2025-01-22T00:00:00Z',
    });
    expect(joining.changes).toEqual([
      {
        dimension: 'product',
        direction: 'up',
        kind: 'bundle',
        effect: 'now',
        from: 'marketing',
        to: 'marketing-sales',
      },
    ]);
    expect(joining.mode).toBe('purchase');
    const leaving = previewChange({
      catalog: demoCatalogEUR,
      subscription: { ...plus, selection: bundle },
      desired: plus.selection,
      at: '2025-01-22T00:00:00Z',
    });
    expect(leaving.changes[0]).toMatchObject({
      kind: 'unbundle',
      direction: 'down',
      effect: 'request',
    });
    expect(leaving.mode).toBe('request');
  });

  it('needs a request to go back from yearly to monthly', () => {
    const yearly = {
      ...plus,
      selection: { ...plus.selection, interval: 'year' as const },
      periodEnd: '2026-01-01T00:00:00.000Z',
    };
    const preview = previewChange({
      catalog: demoCatalogEUR,
      subscription: yearly,
      desired: plus.selection,
      at: '2025-03-01T00:00:00Z',
    });
    expect(preview.changes[0]).toMatchObject({
      kind: 'intervalDown',
      direction: 'down',
      effect: 'request',
    });
    expect(preview.mode).toBe('request');
  });

  it('adds an add-on now and needs a request to remove one', () => {
    // SMS 15.00 a month: charge for 10 of 31 days = 15.00 × 10/31 = 4.838… → 4.84 more than the credit
    const adding = previewChange({
      catalog: demoCatalogEUR,
      subscription: plus,
      desired: { ...plus.selection, addOns: ['sms'] },
      at: '2025-01-22T00:00:00Z',
    });
    expect(adding.changes).toEqual([
      {
        dimension: 'addOn',
        direction: 'up',
        kind: 'addOnAdd',
        effect: 'now',
        addOn: 'sms',
        from: 0,
        to: 1,
      },
    ]);
    // credit 59.00 × 10/31 → 19.03; charge 74.00 × 10/31 = 23.870… → 23.87; due 4.84
    expect(adding.dueToday.amount).toBe(484);
    const withSms = { ...plus, selection: { ...plus.selection, addOns: ['sms'] } };
    const removing = previewChange({
      catalog: demoCatalogEUR,
      subscription: withSms,
      desired: plus.selection,
      at: '2025-01-22T00:00:00Z',
    });
    expect(removing.mode).toBe('request');
    expect(removing.requestFor[0]).toMatchObject({
      dimension: 'addOn',
      addOn: 'sms',
      kind: 'addOnRemove',
    });
  });

  describe('blocks', () => {
    it.each<[string, Partial<Selection>, string]>([
      ['a contact limit below the contacts in use', { contactLimit: 2500 }, 'contacts-below-usage'],
      ['seats below the seats in use', { plan: 'pro', seats: 0 }, 'seats-below-min'],
      ['seats above the plan maximum', { seats: 11 }, 'seats-above-max'],
      [
        'an add-on the target plan may not have',
        { addOns: ['custom-reporting'] },
        'add-on-not-allowed',
      ],
      ['a contact-sales tier', { plan: 'enterprise' }, 'contact-sales'],
      ['an unknown product', { product: 'crm' }, 'unknown-product'],
      ['an unknown plan', { plan: 'platinum' }, 'unknown-plan'],
      ['a limit that is not a band', { contactLimit: 12345 }, 'unknown-contact-band'],
      ['an unknown add-on', { addOns: ['fax'] }, 'unknown-add-on'],
    ])('%s, with no target and nothing charged', (_, change, code) => {
      const preview = previewChange({
        catalog: demoCatalogEUR,
        subscription: plus,
        desired: { ...plus.selection, ...change },
        at: '2025-01-22T00:00:00Z',
      });
      expect(preview.mode).toBe('blocked');
      expect(preview.blocking.map((reason) => reason.code)).toContain(code);
      expect(preview.target).toBeNull();
      expect(preview.dueToday.amount).toBe(0);
      expect(preview.nextRenewal.total.amount).toBe(5900);
    });

    it('seats below the seats in use when seats go down', () => {
      const subscription = { ...plus, seatsInUse: 3 };
      const preview = previewChange({
        catalog: demoCatalogEUR,
        subscription,
        desired: { ...plus.selection, seats: 2 },
        at: '2025-01-22T00:00:00Z',
      });
      expect(preview.blocking).toEqual([
        { code: 'seats-below-usage', params: { seats: 2, seatsInUse: 3 } },
      ]);
    });

    it('nothing for an account already over its contact limit that only adds seats', () => {
      const subscription = { ...plus, contactsInUse: 10500 };
      const preview = previewChange({
        catalog: demoCatalogEUR,
        subscription,
        desired: { ...plus.selection, seats: 4 },
        at: '2025-01-22T00:00:00Z',
      });
      expect(preview.mode).toBe('purchase');
    });
  });

  it('does not throw when the current subscription itself can no longer be priced', () => {
    const enterprise = { ...plus, selection: { ...plus.selection, plan: 'enterprise' } };
    const preview = previewChange({
      catalog: demoCatalogEUR,
      subscription: enterprise,
      desired: { ...plus.selection, plan: 'pro' },
      at: '2025-01-22T00:00:00Z',
    });
    expect(preview.current.total.amount).toBe(0);
    expect(preview.changes[0]).toMatchObject({ kind: 'planDown', effect: 'request' });
    expect(preview.mode).toBe('request');
  });
});
