import { demoCatalogEUR } from '@tarif/core/demo';
import { describe, expect, it } from 'vitest';
import { expectedStripePrices } from './expected-prices.js';
import { lookupKeyOf, maxLookupKeyLength, parseLookupKey } from './lookup-keys.js';
import type { StripePriceRef } from './lookup-keys.js';
import { StripeMappingError } from './stripe-amounts.js';

const base = { version: 'demo-eur-1', currency: 'eur' } as const;

describe('lookupKeyOf', () => {
  it('names a plan price by catalog version, currency, product, plan, interval and contact band', () => {
    const key = lookupKeyOf({
      kind: 'plan',
      ...base,
      product: 'marketing',
      plan: 'plus',
      interval: 'month',
      contactLimit: 10000,
    });
    expect(key).toBe('tarif:demo-eur-1:eur:plan:marketing:plus:month:contacts-10000');
  });

  it('names the extra-seat price of a plan and the price of an add-on', () => {
    expect(
      lookupKeyOf({ kind: 'seat', ...base, product: 'sales', plan: 'pro', interval: 'year' }),
    ).toBe('tarif:demo-eur-1:eur:seat:sales:pro:year');
    expect(lookupKeyOf({ kind: 'addOn', ...base, addOn: 'sms', interval: 'month' })).toBe(
      'tarif:demo-eur-1:eur:addon:sms:month',
    );
  });

  it('escapes colons and percent signs in versions and ids, so keys never collide', () => {
    const key = lookupKeyOf({
      kind: 'addOn',
      version: '2026:11 100%',
      currency: 'eur',
      addOn: 'a:b',
      interval: 'month',
    });
    expect(key).toBe('tarif:2026%3A11 100%25:eur:addon:a%3Ab:month');
    expect(lookupKeyOf({ kind: 'addOn', ...base, addOn: 'a:b', interval: 'month' })).not.toBe(
      lookupKeyOf({ kind: 'addOn', ...base, addOn: 'a%3Ab', interval: 'month' }),
    );
  });

  it("refuses a key longer than Stripe's 200 characters instead of letting Stripe cut it", () => {
    const ref: StripePriceRef = {
      kind: 'addOn',
      ...base,
      addOn: 'x'.repeat(maxLookupKeyLength),
      interval: 'month',
    };
    expect(() => lookupKeyOf(ref)).toThrow(StripeMappingError);
    expect(() => lookupKeyOf(ref)).toThrow(/longer than Stripe's 200 characters/);
  });
});

describe('parseLookupKey', () => {
  it('reads every key of the demo catalog back to the price it names', () => {
    for (const price of expectedStripePrices(demoCatalogEUR)) {
      expect(parseLookupKey(price.lookupKey)).toEqual(price.ref);
    }
  });

  it('reads escaped versions and ids back', () => {
    const ref: StripePriceRef = {
      kind: 'plan',
      version: 'v:1%',
      currency: 'eur',
      product: 'p:q',
      plan: '%3A',
      interval: 'year',
      contactLimit: 2500,
    };
    expect(parseLookupKey(lookupKeyOf(ref))).toEqual(ref);
  });

  it('answers null for keys Tarif did not make', () => {
    for (const key of [
      'marketing-plus-10000-month-v1',
      'tarif:v1:eur:plan:marketing:plus:month',
      'tarif:v1:eur:plan:marketing:plus:week:contacts-1000',
      'tarif:v1:eur:plan:marketing:plus:month:contacts-0',
      'tarif:v1:eur:plan:marketing:plus:month:contacts-01000',
      'tarif:v1:eur:seat:marketing::month',
      'tarif:v1:eur:addon:sms:month:extra',
      'tarif::eur:addon:sms:month',
      'other:v1:eur:addon:sms:month',
    ]) {
      expect(parseLookupKey(key), key).toBeNull();
    }
  });
});
