import { describe, expect, it } from 'vitest';
import { demoCatalogEUR } from '../demo/index.js';
import { defaultChangePolicy, resolvePolicy } from './change-policy.js';

describe('defaultChangePolicy', () => {
  it('sells increases now, lets decreases wait for renewal, and sends risky changes to a request', () => {
    expect(defaultChangePolicy).toEqual({
      contactsUp: 'now',
      seatsUp: 'now',
      planUp: 'now',
      addOnAdd: 'now',
      bundle: 'now',
      intervalUp: 'now',
      contactsDown: 'renewal',
      seatsDown: 'renewal',
      planDown: 'request',
      addOnRemove: 'request',
      unbundle: 'request',
      productChange: 'request',
      intervalDown: 'request',
    });
  });
});

describe('resolvePolicy', () => {
  it('returns the default policy when the catalog overrides nothing', () => {
    expect(resolvePolicy(demoCatalogEUR)).toBe(defaultChangePolicy);
  });

  it('applies the catalog overrides over the defaults', () => {
    const catalog = { ...demoCatalogEUR, policy: { planDown: 'renewal' } } as const;
    expect(resolvePolicy(catalog)).toEqual({ ...defaultChangePolicy, planDown: 'renewal' });
    expect(resolvePolicy(catalog)).toBe(resolvePolicy(catalog));
  });
});
