import { describe, expect, it } from 'vitest';
import { demoCatalogEUR } from '../demo/index.js';
import { quote } from '../pricing/quote.js';
import type { Catalog, Selection } from './catalog-types.js';
import { localizeCatalog } from './localize-catalog.js';

const names = (catalog: Catalog) => ({
  products: catalog.products.map((product) => product.name),
  plans: catalog.products[0]!.plans.map((plan) => plan.name),
  features: catalog.features.slice(0, 3).map((feature) => feature.name),
  addOns: catalog.addOns.map((addOn) => addOn.name),
});

/** Everything except text: what pricing reads. */
const withoutText = (catalog: Catalog) =>
  JSON.parse(
    JSON.stringify(catalog, (key, value) =>
      key === 'name' || key === 'description' || key === 'translations' ? undefined : value,
    ),
  );

const plusWithSms: Selection = {
  product: 'marketing',
  plan: 'plus',
  interval: 'month',
  contactLimit: 10000,
  seats: 4,
  addOns: ['sms'],
};

describe('localizeCatalog', () => {
  it('gives a French viewer French names and descriptions', () => {
    const french = localizeCatalog(demoCatalogEUR, ['fr', 'en']);
    expect(names(french)).toEqual({
      products: ['Marketing', 'Ventes', 'Marketing + Ventes'],
      plans: ['Starter', 'Plus', 'Pro', 'Enterprise'],
      features: ['Campagnes e-mail', 'Automatisation marketing', 'Tests A/B'],
      addOns: ['SMS', 'E-mails transactionnels', 'Rapports personnalisés'],
    });
    expect(french.addOns[0]!.description).toBe('Envoyez des campagnes SMS en plus de vos e-mails.');
  });

  it('names the demo catalog in German for a de-AT viewer, prices untouched', () => {
    const german = localizeCatalog(demoCatalogEUR, ['de-AT', 'de', 'en']);
    expect(german.products.map((product) => product.name)).toEqual([
      'Marketing',
      'Vertrieb',
      'Marketing & Vertrieb',
    ]);
    expect(german.features.find((feature) => feature.id === 'multi-user-access')?.name).toBe(
      'Mehrbenutzerzugriff',
    );
    expect(withoutText(german)).toEqual(withoutText(demoCatalogEUR));
  });

  it('leaves ids, prices, bands, policy and version untouched', () => {
    const french = localizeCatalog(demoCatalogEUR, ['fr']);
    expect(withoutText(french)).toEqual(withoutText(demoCatalogEUR));
    expect(french.version).toBe(demoCatalogEUR.version);
    // Plus at 10 000 contacts 59.00 + 1 extra seat 10.00 + SMS 15.00 = 84.00, in both languages.
    expect(quote(french, plusWithSms).total).toEqual({ amount: 8400, currency: 'EUR' });
    expect(quote(demoCatalogEUR, plusWithSms).total).toEqual({ amount: 8400, currency: 'EUR' });
  });

  it('puts the localized names in quote line params, next to the unchanged ids', () => {
    const lines = quote(localizeCatalog(demoCatalogEUR, ['fr']), plusWithSms).lines;
    expect(lines[0]!.params).toMatchObject({
      product: 'Marketing',
      productId: 'marketing',
      planId: 'plus',
    });
    expect(lines[2]!.params).toEqual({ addOn: 'SMS', addOnId: 'sms' });
  });

  it('takes each string from the first locale of the chain that has it', () => {
    const catalog: Catalog = {
      ...demoCatalogEUR,
      translations: {
        ...demoCatalogEUR.translations,
        'fr-CA': {
          features: { 'email-campaigns': 'Campagnes courriel' },
          addOns: { sms: { description: 'Textos en plus des courriels.' } },
        },
      },
    };
    const canadian = localizeCatalog(catalog, ['fr-CA', 'fr', 'en']);
    expect(canadian.features[0]!.name).toBe('Campagnes courriel'); // fr-CA
    expect(canadian.features[1]!.name).toBe('Automatisation marketing'); // fr
    expect(canadian.addOns[0]).toMatchObject({
      name: 'SMS',
      description: 'Textos en plus des courriels.',
    });
  });

  it('keeps the original of a string no locale of the chain translates', () => {
    const catalog: Catalog = {
      ...demoCatalogEUR,
      translations: { fr: { features: { 'email-campaigns': 'Campagnes e-mail' } } },
    };
    const french = localizeCatalog(catalog, ['fr', 'en']);
    expect(french.features[0]!.name).toBe('Campagnes e-mail');
    expect(french.features[1]!.name).toBe('Marketing automation');
    expect(french.products[1]!.name).toBe('Sales');
    expect(french.addOns[0]).toMatchObject({
      name: 'SMS campaigns',
      description: 'Send SMS campaigns alongside email.',
    });
  });

  it('returns the same catalog when no locale of the chain has a translation', () => {
    // The demo catalog has French and German names, no Spanish ones.
    expect(localizeCatalog(demoCatalogEUR, ['es-MX', 'es', 'en'])).toBe(demoCatalogEUR);
    expect(localizeCatalog(demoCatalogEUR, [])).toBe(demoCatalogEUR);
  });

  it('returns the same catalog when every translation equals the original', () => {
    const catalog: Catalog = {
      ...demoCatalogEUR,
      translations: { en: { products: { marketing: 'Marketing' }, plans: { pro: 'Pro' } } },
    };
    expect(localizeCatalog(catalog, ['en'])).toBe(catalog);
  });

  it('does not take an inherited property for a translation', () => {
    const catalog: Catalog = {
      ...demoCatalogEUR,
      products: [{ ...demoCatalogEUR.products[0]!, id: 'constructor' }],
      translations: { fr: { products: {}, features: { 'email-campaigns': 'Campagnes e-mail' } } },
    };
    expect(localizeCatalog(catalog, ['fr']).products[0]!.name).toBe('Marketing');
  });
});
