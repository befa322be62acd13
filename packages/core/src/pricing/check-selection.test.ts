import { describe, expect, it } from 'vitest';
import type { Selection } from '../catalog/catalog-types.js';
import { demoCatalogEUR } from '../demo/index.js';
import { checkSelection } from './check-selection.js';

const plus: Selection = {
  product: 'marketing',
  plan: 'plus',
  interval: 'month',
  contactLimit: 10000,
  seats: 3,
  addOns: [],
};

describe('checkSelection', () => {
  it('finds nothing wrong with a sellable selection', () => {
    expect(checkSelection(demoCatalogEUR, plus, { contactsInUse: 8700, seatsInUse: 2 })).toEqual(
      [],
    );
  });

  it.each<[string, Partial<Selection>, object]>([
    [
      'an unknown product',
      { product: 'crm' },
      { code: 'unknown-product', params: { product: 'crm' } },
    ],
    [
      'an unknown plan',
      { plan: 'platinum' },
      { code: 'unknown-plan', params: { product: 'marketing', plan: 'platinum' } },
    ],
    [
      'a limit that is not a band',
      { contactLimit: 12000 },
      { code: 'unknown-contact-band', params: { contacts: 12000 } },
    ],
    [
      'a contact-sales tier',
      { plan: 'enterprise' },
      { code: 'contact-sales', params: { product: 'marketing', plan: 'enterprise' } },
    ],
    [
      'seats above the plan maximum',
      { seats: 11 },
      { code: 'seats-above-max', params: { seats: 11, max: 10 } },
    ],
    [
      'seats below the plan minimum',
      { seats: 0 },
      { code: 'seats-below-min', params: { seats: 0, min: 1 } },
    ],
    [
      'an add-on the plan may not have',
      { plan: 'starter', seats: 1, addOns: ['sms'] },
      { code: 'add-on-not-allowed', params: { addOn: 'sms', plan: 'starter' } },
    ],
    [
      'an unknown add-on',
      { addOns: ['fax'] },
      { code: 'unknown-add-on', params: { addOn: 'fax' } },
    ],
  ])('blocks %s', (_, change, reason) => {
    expect(checkSelection(demoCatalogEUR, { ...plus, ...change })).toContainEqual(reason);
  });

  it('blocks a contact limit below the contacts in use, and seats below the seats in use', () => {
    expect(
      checkSelection(
        demoCatalogEUR,
        { ...plus, contactLimit: 5000, seats: 1 },
        { contactsInUse: 8700, seatsInUse: 2 },
      ),
    ).toEqual([
      { code: 'contacts-below-usage', params: { contacts: 5000, contactsInUse: 8700 } },
      { code: 'seats-below-usage', params: { seats: 1, seatsInUse: 2 } },
    ]);
  });

  it('allows an add-on that the plan includes even if it is not sold on it', () => {
    const enterpriseReasons = checkSelection(demoCatalogEUR, {
      ...plus,
      plan: 'enterprise',
      addOns: ['custom-reporting'],
    });
    expect(enterpriseReasons.map((reason) => reason.code)).toEqual(['contact-sales']);
  });
});
