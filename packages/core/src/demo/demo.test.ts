import { describe, expect, it } from 'vitest';
import { validateCatalog } from '../catalog/validate-catalog.js';
import { quote } from '../pricing/quote.js';
import { usageStatus } from '../pricing/usage-status.js';
import {
  createDemoSubscription,
  demoCatalogEUR,
  demoCatalogJPY,
  demoCatalogUSD,
  raisePrices,
} from './index.js';

describe('demo catalogs', () => {
  it.each([
    ['EUR', demoCatalogEUR, 2],
    ['USD', demoCatalogUSD, 2],
    ['JPY', demoCatalogJPY, 0],
  ])('the %s catalog passes validation', (currency, catalog) => {
    expect(validateCatalog(catalog).currency).toBe(currency);
  });

  it('sells Marketing, Sales and their bundle in four tiers, Enterprise through sales', () => {
    expect(demoCatalogEUR.products.map((product) => product.id)).toEqual([
      'marketing',
      'sales',
      'marketing-sales',
    ]);
    expect(demoCatalogEUR.products[2]!.bundleOf).toEqual(['marketing', 'sales']);
    for (const product of demoCatalogEUR.products) {
      expect(product.plans.map((plan) => plan.id)).toEqual([
        'starter',
        'plus',
        'pro',
        'enterprise',
      ]);
      expect(product.plans[3]).toMatchObject({ contactSales: true });
      expect(product.plans[3]!.prices).toBeUndefined();
    }
    expect(demoCatalogEUR.contactBands).toHaveLength(12);
  });

  it('prices Marketing at 1 000 contacts at 9, 18 and 49 euros a month', () => {
    const at1000 = (plan: string) =>
      quote(demoCatalogEUR, {
        product: 'marketing',
        plan,
        interval: 'month',
        contactLimit: 1000,
        seats: 1,
        addOns: [],
      }).total.amount;
    expect([at1000('starter'), at1000('plus'), at1000('pro')]).toEqual([900, 1800, 4900]);
  });
});

describe('createDemoSubscription', () => {
  it('is Marketing Plus monthly, 10 000 contacts, 3 seats, starting at the start of the UTC month', () => {
    const subscription = createDemoSubscription(new Date('2024-02-17T15:00:00Z'));
    expect(subscription).toEqual({
      selection: {
        product: 'marketing',
        plan: 'plus',
        interval: 'month',
        contactLimit: 10000,
        seats: 3,
        addOns: [],
      },
      periodStart: '2024-02-01T00:00:00.000Z',
      periodEnd: '2024-03-01T00:00:00.000Z',
      contactsInUse: 8700,
      seatsInUse: 2,
    });
  });

  it('is 87 % of its contact limit, just under the near-limit warning', () => {
    expect(usageStatus(demoCatalogEUR, createDemoSubscription())).toEqual({
      contactsShare: 87,
      nearLimit: false,
      atLimit: false,
      overLimit: false,
    });
  });
});

describe('raisePrices', () => {
  it('raises every price by whole percent, rounding half away from zero, under a new version', () => {
    const catalog = validateCatalog(demoCatalogEUR);
    const raised = validateCatalog(raisePrices(catalog, 10, 'v-next'));
    expect(raised.version).toBe('v-next');
    const plus = (c: typeof catalog) =>
      c.products.flatMap((p) => p.plans).find((plan) => plan.id === 'plus')!;
    // Plus at the first band, 18.00 € a month → 19.80 €; and 0.05 € + 10 % = 0.055 € → 0.06 €.
    expect(plus(catalog).prices?.month?.[0]).toBe(1800);
    expect(plus(raised).prices?.month?.[0]).toBe(1980);
    expect(
      raisePrices({ ...catalog, addOns: [{ ...catalog.addOns[0]!, price: { month: 5 } }] }, 10, 'x')
        .addOns[0]!.price.month,
    ).toBe(6);
  });
});
