import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Selection } from '../catalog/catalog-types.js';
import { demoCatalogEUR, demoCatalogJPY, demoCatalogUSD } from '../demo/index.js';
import { sellableSelection } from '../test-utils/arbitraries.js';
import { quote } from './quote.js';

const plus: Selection = {
  product: 'marketing',
  plan: 'plus',
  interval: 'month',
  contactLimit: 10000,
  seats: 3,
  addOns: [],
};

describe('quote', () => {
  it('prices a plan whose seats are all included as a single line', () => {
    const q = quote(demoCatalogEUR, plus);
    expect(q.lines).toEqual([
      {
        code: 'plan',
        params: {
          product: 'Marketing',
          productId: 'marketing',
          plan: 'Plus',
          planId: 'plus',
          contacts: 10000,
        },
        quantity: 1,
        unitAmount: { amount: 5900, currency: 'EUR' },
        amount: { amount: 5900, currency: 'EUR' },
      },
    ]);
    expect(q).toMatchObject({
      interval: 'month',
      taxMode: 'exclusive',
      subtotal: { amount: 5900 },
      total: { amount: 5900 },
    });
  });

  it('adds a seats line for seats beyond those included, and a line per add-on', () => {
    // Plus 10 000: 59.00 + (6 − 3) × 10.00 + SMS 15.00 + transactional 10.00 = 114.00
    const q = quote(demoCatalogEUR, { ...plus, seats: 6, addOns: ['sms', 'transactional-email'] });
    expect(
      q.lines.map((line) => [line.code, line.quantity, line.unitAmount.amount, line.amount.amount]),
    ).toEqual([
      ['plan', 1, 5900, 5900],
      ['seats', 3, 1000, 3000],
      ['addOn', 1, 1500, 1500],
      ['addOn', 1, 1000, 1000],
    ]);
    expect(q.lines[1]!.params).toEqual({ seats: 6, included: 3, extra: 3 });
    expect(q.lines[2]!.params).toEqual({ addOn: 'SMS campaigns', addOnId: 'sms' });
    expect(q.total).toEqual({ amount: 11400, currency: 'EUR' });
  });

  it('adds no seats line when fewer seats than included are chosen', () => {
    expect(quote(demoCatalogEUR, { ...plus, seats: 1 }).lines).toHaveLength(1);
  });

  it('prices yearly from the declared yearly prices', () => {
    // Pro 10 000 yearly 990.00 + 2 extra seats × 120.00 = 1 230.00
    expect(
      quote(demoCatalogEUR, { ...plus, plan: 'pro', interval: 'year', seats: 7 }).total.amount,
    ).toBe(123000);
  });

  it('prices a zero-decimal currency in whole yen', () => {
    expect(quote(demoCatalogJPY, plus).total).toEqual({ amount: 9400, currency: 'JPY' });
  });

  it.each<[string, Partial<Selection>, string]>([
    ['an unknown product', { product: 'crm' }, 'unknown-product'],
    ['an unknown plan', { plan: 'platinum' }, 'unknown-plan'],
    ['a contact-sales plan', { plan: 'enterprise' }, 'contact-sales'],
    ['a limit that is not a band', { contactLimit: 12345 }, 'unknown-contact-band'],
    ['an unknown add-on', { addOns: ['fax'] }, 'unknown-add-on'],
    ['fractional seats', { seats: 2.5 }, 'invalid-seats'],
  ])('throws a TarifError for %s', (_, change, code) => {
    expect(() => quote(demoCatalogEUR, { ...plus, ...change })).toThrow(
      expect.objectContaining({ code }),
    );
  });

  it('has lines that sum to the subtotal and the total, all integers', () => {
    for (const catalog of [demoCatalogEUR, demoCatalogUSD, demoCatalogJPY]) {
      fc.assert(
        fc.property(sellableSelection(catalog), (selection) => {
          const q = quote(catalog, selection);
          const sum = q.lines.reduce((total, line) => total + line.amount.amount, 0);
          expect(q.subtotal.amount).toBe(sum);
          expect(q.total).toEqual(q.subtotal);
          for (const line of q.lines) {
            expect(Number.isSafeInteger(line.amount.amount)).toBe(true);
            expect(line.amount.amount).toBe(line.unitAmount.amount * line.quantity);
          }
        }),
      );
    }
  });
});
