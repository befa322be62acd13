import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoCatalogEUR, demoCatalogJPY, demoCatalogUSD } from '../demo/index.js';
import { planPrice } from './plan-price.js';

describe('planPrice', () => {
  it('prices the plan at the chosen band (volume-style)', () => {
    expect(planPrice(demoCatalogEUR, 'marketing', 'pro', 'month', 1000)).toEqual({
      amount: 4900,
      currency: 'EUR',
    });
    expect(planPrice(demoCatalogEUR, 'marketing', 'pro', 'month', 10000)).toEqual({
      amount: 9900,
      currency: 'EUR',
    });
  });

  it('takes the yearly price as declared by the catalog', () => {
    expect(planPrice(demoCatalogEUR, 'marketing', 'plus', 'year', 10000)).toEqual({
      amount: 59000,
      currency: 'EUR',
    });
  });

  it('returns null for a contact-sales tier', () => {
    expect(planPrice(demoCatalogEUR, 'marketing', 'enterprise', 'month', 10000)).toBeNull();
  });

  it.each<[string, () => unknown, string]>([
    [
      'an unknown product',
      () => planPrice(demoCatalogEUR, 'crm', 'pro', 'month', 1000),
      'unknown-product',
    ],
    [
      'an unknown plan',
      () => planPrice(demoCatalogEUR, 'marketing', 'platinum', 'month', 1000),
      'unknown-plan',
    ],
    [
      'a limit that is not a band',
      () => planPrice(demoCatalogEUR, 'marketing', 'pro', 'month', 1234),
      'unknown-contact-band',
    ],
  ])('throws for %s', (_, call, code) => {
    expect(call).toThrow(expect.objectContaining({ code }));
  });

  it('never decreases as the contact band rises within a plan', () => {
    const plans = [demoCatalogEUR, demoCatalogUSD, demoCatalogJPY].flatMap((catalog) =>
      catalog.products.flatMap((product) =>
        product.plans
          .filter((plan) => plan.contactSales !== true)
          .map((plan) => ({ catalog, product: product.id, plan: plan.id })),
      ),
    );
    const bandCount = demoCatalogEUR.contactBands.length;
    fc.assert(
      fc.property(
        fc.constantFrom(...plans),
        fc.constantFrom('month' as const, 'year' as const),
        fc.nat(bandCount - 1),
        fc.nat(bandCount - 1),
        ({ catalog, product, plan }, interval, i, j) => {
          const [low, high] = i <= j ? [i, j] : [j, i];
          const at = (band: number) =>
            planPrice(catalog, product, plan, interval, catalog.contactBands[band]!)!.amount;
          expect(at(low)).toBeLessThanOrEqual(at(high));
        },
      ),
    );
  });
});
