import { describe, expect, it } from 'vitest';
import type { Catalog, Selection } from '@tarif/core';
import { createDemoSubscription, demoCatalogEUR } from '@tarif/core/demo';
import { safePlanPrice, safeQuote } from './safe-pricing.js';

// Marketing Plus, monthly, 10 000 contacts, 3 seats.
const selection: Selection = createDemoSubscription(new Date('2025-03-16T00:00:00Z')).selection;

/** The demo catalog with Plus priced at a fraction of a cent: not money, a corrupt catalog. */
function withFractionalPlusPrice(): Catalog {
  return {
    ...demoCatalogEUR,
    products: demoCatalogEUR.products.map((product) => ({
      ...product,
      plans: product.plans.map((plan) =>
        plan.id === 'plus' && plan.prices?.month
          ? { ...plan, prices: { ...plan.prices, month: plan.prices.month.map((p) => p + 0.5) } }
          : plan,
      ),
    })),
  };
}

describe('safeQuote', () => {
  it('gives no price for a selection the engine cannot price', () => {
    expect(safeQuote(demoCatalogEUR, { ...selection, plan: 'enterprise' })).toBeNull();
    // Starter sells no seat beyond its one.
    expect(safeQuote(demoCatalogEUR, { ...selection, plan: 'starter' })).toBeNull();
    expect(safeQuote(demoCatalogEUR, { ...selection, contactLimit: 12345 })).toBeNull();
  });

  it('lets an error that is not about pricing through', () => {
    // A catalog without its add-on list is a host bug, not "no price".
    const broken = { ...demoCatalogEUR, addOns: undefined } as unknown as Catalog;
    expect(() => safeQuote(broken, { ...selection, addOns: ['sms'] })).toThrow(TypeError);
  });

  it('lets the engine’s own errors about a corrupt catalog through', () => {
    expect(() => safeQuote(withFractionalPlusPrice(), selection)).toThrow(
      expect.objectContaining({ name: 'TarifError', code: 'invalid-amount' }),
    );
  });
});

describe('safePlanPrice', () => {
  it('gives no price for a band or interval the plan is not sold at', () => {
    expect(safePlanPrice(demoCatalogEUR, 'marketing', 'plus', 'month', 12345)).toBeNull();
    expect(safePlanPrice(demoCatalogEUR, 'marketing', 'nope', 'month', 10000)).toBeNull();
  });

  it('lets an error that is not about pricing through', () => {
    const broken = { ...demoCatalogEUR, products: undefined } as unknown as Catalog;
    expect(() => safePlanPrice(broken, 'marketing', 'plus', 'month', 10000)).toThrow(TypeError);
  });
});
