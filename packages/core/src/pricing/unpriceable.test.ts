import { describe, expect, it } from 'vitest';
import { TarifError } from '../money/errors.js';
import { isUnpriceable, unpriceableCodes } from './unpriceable.js';

describe('isUnpriceable', () => {
  it.each(unpriceableCodes)('is true for the engine’s %s', (code) => {
    expect(isUnpriceable(new TarifError(code))).toBe(true);
  });

  it.each(['invalid-amount', 'currency-mismatch', 'division-by-zero', 'invalid-date'] as const)(
    'is false for %s, which means a broken catalog or caller',
    (code) => {
      expect(isUnpriceable(new TarifError(code))).toBe(false);
    },
  );

  it('is false for errors the engine did not throw', () => {
    expect(isUnpriceable(new TypeError('x is undefined'))).toBe(false);
    expect(isUnpriceable({ name: 'TarifError', code: 'contact-sales' })).toBe(false);
  });
});
