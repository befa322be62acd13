import { describe, expect, it } from 'vitest';
import { decodeForm } from './form.js';

describe('decodeForm', () => {
  it("decodes Stripe's bracketed form encoding into nested objects and arrays of strings", () => {
    const encoded =
      'items[0][id]=si_1&items[0][price]=price_a&items[1][deleted]=true&metadata[tarif_key]=k%3A1&proration_date=1764000000&lookup_keys[0]=a&lookup_keys[1]=b%20c';
    expect(decodeForm(encoded)).toEqual({
      items: [{ id: 'si_1', price: 'price_a' }, { deleted: 'true' }],
      metadata: { tarif_key: 'k:1' },
      proration_date: '1764000000',
      lookup_keys: ['a', 'b c'],
    });
  });

  it('keeps objects whose keys are not 0..n-1 as objects, and an empty body as {}', () => {
    expect(decodeForm('metadata[1]=x&metadata[2]=y')).toEqual({ metadata: { 1: 'x', 2: 'y' } });
    expect(decodeForm('')).toEqual({});
  });
});
