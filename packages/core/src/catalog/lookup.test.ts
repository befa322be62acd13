import { describe, expect, it } from 'vitest';
import { demoCatalogEUR } from '../demo/index.js';
import { bandIndex, findPlan, findProduct, planRank } from './lookup.js';

describe('catalog lookups', () => {
  it('finds products and plans by id, or returns undefined', () => {
    expect(findProduct(demoCatalogEUR, 'sales')?.name).toBe('Sales');
    expect(findProduct(demoCatalogEUR, 'crm')).toBeUndefined();
    expect(findPlan(demoCatalogEUR, 'marketing', 'pro')?.name).toBe('Pro');
    expect(findPlan(demoCatalogEUR, 'marketing', 'platinum')).toBeUndefined();
    expect(findPlan(demoCatalogEUR, 'crm', 'pro')).toBeUndefined();
  });

  it('ranks plans in tier order, −1 when unknown', () => {
    expect(
      ['starter', 'plus', 'pro', 'enterprise'].map((plan) =>
        planRank(demoCatalogEUR, 'marketing', plan),
      ),
    ).toEqual([0, 1, 2, 3]);
    expect(planRank(demoCatalogEUR, 'marketing', 'platinum')).toBe(-1);
    expect(planRank(demoCatalogEUR, 'crm', 'pro')).toBe(-1);
  });

  it('finds the index of a contact band, −1 when it is not a band', () => {
    expect(bandIndex(demoCatalogEUR, 1000)).toBe(0);
    expect(bandIndex(demoCatalogEUR, 10000)).toBe(3);
    expect(bandIndex(demoCatalogEUR, 12000)).toBe(-1);
  });
});
