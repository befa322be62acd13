import type { BillingDetails, TaxRates } from '../tax/tax-types.js';

/** The EU member states (ISO 3166-1 alpha-2): B2B supplies between them are reverse-charged. */
export const euMemberStates: readonly string[] = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
];

/**
 * The demo seller's table: a company established in France that collects French TVA at 20 % and
 * German MwSt. at 19 % (a consumer in Germany pays Germany's rate), and no VAT in the United
 * States, which is left out of the table on purpose.
 */
export const demoTaxRates: TaxRates = {
  sellerCountry: 'FR',
  rates: { FR: 2000, DE: 1900 },
  reverseChargeArea: euMemberStates,
};

/** The demo customers: a French business, a German business (reverse charge), a US company. */
export const demoBillingDetails = {
  frenchBusiness: { country: 'FR', vatNumber: 'FR40303265045' },
  germanBusiness: { country: 'DE', vatNumber: 'DE129273398' },
  usCompany: { country: 'US' },
} as const satisfies Record<string, BillingDetails>;
