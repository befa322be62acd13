import { describe, expect, it } from 'vitest';
import { localizeCatalog } from '@tarif/core';
import type { Selection } from '@tarif/core';
import { describeChanges, describeRequest } from './describe-change.js';
import {
  catalog,
  fr,
  plus,
  serverPreview,
  subscription,
  translator,
} from './test-utils/flow-fixtures.js';

// Plus → Pro, 10 000 → 20 000 contacts, 3 → 4 seats, SMS added, monthly → yearly.
const bigger: Selection = {
  ...plus,
  plan: 'pro',
  contactLimit: 20000,
  seats: 4,
  addOns: ['sms'],
  interval: 'year',
};

describe('describeChanges', () => {
  it('words every part in English, names from the catalog', () => {
    const parts = describeChanges(catalog, serverPreview(bigger).preview, translator('en'));
    expect(parts.map(({ label, value }) => `${label}: ${value}`)).toEqual([
      'Plan: Plus → Pro',
      'Billing period: Monthly → Yearly',
      'Contact limit: 10,000 → 20,000 contacts',
      'Seats: 3 → 4 seats',
      'SMS campaigns: Added',
    ]);
  });

  it('words every part in French, with French numbers', () => {
    const french = localizeCatalog(catalog, ['fr', 'en']);
    const parts = describeChanges(french, serverPreview(bigger).preview, translator('fr'));
    expect(parts.map(({ label, value }) => `${label}: ${value}`)).toEqual([
      'Plan: Plus → Pro',
      'Cycle de facturation: Mensuel → Annuel',
      fr('Limite de contacts: 10⍽000 → 20⍽000 contacts'),
      'Sièges: 3 → 4 sièges',
      'SMS: Ajout',
    ]);
  });

  it('says when each part applies: fewer seats wait for the renewal', () => {
    const [seats] = describeChanges(
      catalog,
      serverPreview({ ...plus, seats: 2 }).preview,
      translator('en'),
    );
    expect(seats).toEqual({
      id: 'seats-',
      dimension: 'seats',
      direction: 'down',
      effect: 'renewal',
      label: 'Seats',
      value: '3 → 2 seats',
    });
  });
});

describe('describeRequest', () => {
  // One user, so Starter fits: the downgrade only needs sales.
  const oneUser = { ...subscription, seatsInUse: 1 };
  const starter: Selection = { ...plus, plan: 'starter', seats: 1 };
  const downgrade = serverPreview(starter, 'pv_down', oneUser).preview;

  it.each([
    ['en', 'Downgrade from Plus to Starter'],
    ['fr', 'Passer du plan Plus au plan inférieur Starter'],
  ] as const)('asks sales for a downgrade (%s)', (locale, sentence) => {
    expect(describeRequest(catalog, starter, downgrade, false, translator(locale))).toEqual([
      sentence,
    ]);
  });

  it('leads with the contacts past the last band', () => {
    expect(describeRequest(catalog, plus, null, true, translator('en'))).toEqual([
      'More than 100,000 contacts',
    ]);
    expect(describeRequest(catalog, plus, null, true, translator('fr'))).toEqual([
      fr('Plus de 100⍽000 contacts'),
    ]);
  });

  it('asks nothing of sales for a self-serve change', () => {
    expect(
      describeRequest(catalog, bigger, serverPreview(bigger).preview, false, translator('en')),
    ).toEqual([]);
  });
});
