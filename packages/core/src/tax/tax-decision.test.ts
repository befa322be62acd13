import { describe, expect, it } from 'vitest';
import { demoTaxRates } from '../demo/demo-tax-rates.js';
import { decideTax, vatNumberState } from './tax-decision.js';

describe('decideTax', () => {
  it('charges French TVA to a French business of a French seller', () => {
    expect(decideTax({ country: 'FR', vatNumber: 'FR40303265045' }, demoTaxRates)).toEqual({
      treatment: 'standard',
      country: 'FR',
      rate: 2000,
    });
  });

  it('reverse-charges a business with a VAT number of another member state', () => {
    expect(decideTax({ country: 'DE', vatNumber: 'DE129273398' }, demoTaxRates)).toEqual({
      treatment: 'reverse-charge',
      country: 'DE',
      rate: 0,
    });
    // The number decides, not the address: a German address with a French number is domestic.
    expect(decideTax({ country: 'DE', vatNumber: 'FR40303265045' }, demoTaxRates).treatment).toBe(
      'standard',
    );
  });

  it("charges a consumer in another member state that state's rate", () => {
    expect(decideTax({ country: 'DE' }, demoTaxRates)).toEqual({
      treatment: 'standard',
      country: 'DE',
      rate: 1900,
    });
  });

  it('collects nothing outside the table, and nothing from an exempt customer', () => {
    expect(decideTax({ country: 'US' }, demoTaxRates).treatment).toBe('not-collected');
    expect(decideTax({ country: 'FR', taxExempt: true }, demoTaxRates).treatment).toBe('exempt');
    expect(decideTax(null, demoTaxRates)).toEqual({
      treatment: 'not-collected',
      country: null,
      rate: 0,
    });
  });

  it('does not reverse-charge when the seller is outside the area', () => {
    const us = { ...demoTaxRates, sellerCountry: 'US' };
    expect(decideTax({ country: 'DE', vatNumber: 'DE129273398' }, us).treatment).toBe('standard');
  });
});

describe('vatNumberState', () => {
  it('reads the prefix, with Greece written EL, and ignores spacing', () => {
    expect(vatNumberState('fr 40 303 265 045')).toBe('FR');
    expect(vatNumberState('EL123456789')).toBe('GR');
    expect(vatNumberState('123456789')).toBeNull();
    expect(vatNumberState(undefined)).toBeNull();
  });
});
