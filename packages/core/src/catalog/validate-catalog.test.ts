import { describe, expect, it } from 'vitest';
import { demoCatalogEUR, demoCatalogJPY, demoCatalogUSD } from '../demo/index.js';
import { CatalogValidationError, parseCatalog, validateCatalog } from './validate-catalog.js';

// Mutations work on a JSON copy, the way a catalog arrives from a backend.
type Draft = any;
const draft = (): Draft => JSON.parse(JSON.stringify(demoCatalogEUR));

function issuesOf(input: unknown) {
  const result = parseCatalog(input);
  return result.ok ? [] : result.error.issues;
}

describe('validateCatalog', () => {
  it.each([
    ['EUR', demoCatalogEUR],
    ['USD', demoCatalogUSD],
    ['JPY', demoCatalogJPY],
  ])('accepts the %s demo catalog and returns it unchanged', (_, catalog) => {
    expect(validateCatalog(catalog)).toBe(catalog);
  });

  it.each<[string, (c: Draft) => void, string, string]>([
    ['an unknown currency', (c) => (c.currency = 'EURO'), '$.currency', 'unknown-currency'],
    ['a missing version', (c) => delete c.version, '$.version', 'required'],
    ['a tax mode that does not exist', (c) => (c.taxMode = 'gross'), '$.taxMode', 'invalid-value'],
    [
      'an interval that does not exist',
      (c) => c.intervals.push('week'),
      '$.intervals[2]',
      'invalid-value',
    ],
    ['an interval listed twice', (c) => c.intervals.push('month'), '$.intervals[2]', 'duplicate'],
    [
      'bands not strictly increasing',
      (c) => (c.contactBands[3] = 5000),
      '$.contactBands[3]',
      'bands-not-increasing',
    ],
    ['a zero band', (c) => (c.contactBands[0] = 0), '$.contactBands[0]', 'invalid-band'],
    ['a fractional band', (c) => (c.contactBands[1] = 2500.5), '$.contactBands[1]', 'invalid-band'],
    [
      'a band that is a string',
      (c) => (c.contactBands[1] = '2500'),
      '$.contactBands[1]',
      'invalid-type',
    ],
    [
      'a negative price',
      (c) => (c.products[0].plans[1].prices.month[3] = -100),
      '$.products[0].plans[1].prices.month[3]',
      'invalid-amount',
    ],
    [
      'a fractional price',
      (c) => (c.products[0].plans[1].prices.month[3] = 59.5),
      '$.products[0].plans[1].prices.month[3]',
      'invalid-amount',
    ],
    [
      'a NaN price',
      (c) => (c.products[0].plans[1].prices.month[3] = Number.NaN),
      '$.products[0].plans[1].prices.month[3]',
      'not-finite',
    ],
    [
      'an infinite price',
      (c) => (c.products[1].plans[2].prices.year[0] = Number.POSITIVE_INFINITY),
      '$.products[1].plans[2].prices.year[0]',
      'not-finite',
    ],
    [
      'a price past the safe integer range',
      (c) => (c.products[0].plans[0].prices.month[11] = 2 ** 53),
      '$.products[0].plans[0].prices.month[11]',
      'invalid-amount',
    ],
    [
      'a price as a string',
      (c) => (c.products[0].plans[0].prices.month[0] = '9.00'),
      '$.products[0].plans[0].prices.month[0]',
      'invalid-type',
    ],
    [
      'a price falling as the band rises',
      (c) => (c.products[0].plans[2].prices.month[5] = 100),
      '$.products[0].plans[2].prices.month[5]',
      'price-decreasing',
    ],
    [
      'fewer prices than bands',
      (c) => c.products[0].plans[1].prices.month.pop(),
      '$.products[0].plans[1].prices.month',
      'price-length',
    ],
    [
      'more prices than bands',
      (c) => c.products[2].plans[0].prices.year.push(999999),
      '$.products[2].plans[0].prices.year',
      'price-length',
    ],
    [
      'a self-serve plan missing an offered interval',
      (c) => delete c.products[0].plans[1].prices.year,
      '$.products[0].plans[1].prices.year',
      'missing-price',
    ],
    [
      'a self-serve plan without prices',
      (c) => delete c.products[0].plans[0].prices,
      '$.products[0].plans[0].prices',
      'required',
    ],
    [
      'a price for an interval not offered',
      (c) => (c.intervals = ['month']),
      '$.products[0].plans[0].prices.year',
      'interval-not-offered',
    ],
    [
      'a duplicate product id',
      (c) => (c.products[1].id = 'marketing'),
      '$.products[1].id',
      'duplicate-id',
    ],
    [
      'a duplicate plan id',
      (c) => (c.products[0].plans[1].id = 'starter'),
      '$.products[0].plans[1].id',
      'duplicate-id',
    ],
    ['a duplicate add-on id', (c) => (c.addOns[2].id = 'sms'), '$.addOns[2].id', 'duplicate-id'],
    [
      'a duplicate feature id',
      (c) => (c.features[1].id = 'email-campaigns'),
      '$.features[1].id',
      'duplicate-id',
    ],
    [
      'a feature referenced but not defined',
      (c) => c.products[0].plans[0].features.push('teleport'),
      '$.products[0].plans[0].features[1]',
      'unknown-feature',
    ],
    [
      'an add-on allowed on an unknown plan',
      (c) => c.addOns[0].plans.push('platinum'),
      '$.addOns[0].plans[3]',
      'unknown-plan',
    ],
    [
      'an add-on included in an unknown plan',
      (c) => (c.addOns[2].includedIn = ['platinum']),
      '$.addOns[2].includedIn[0]',
      'unknown-plan',
    ],
    [
      'an add-on without a price for an offered interval',
      (c) => delete c.addOns[1].price.year,
      '$.addOns[1].price.year',
      'missing-price',
    ],
    [
      'a bundle of an unknown product',
      (c) => (c.products[2].bundleOf[1] = 'crm'),
      '$.products[2].bundleOf[1]',
      'unknown-product',
    ],
    [
      'a bundle of itself',
      (c) => c.products[2].bundleOf.push('marketing-sales'),
      '$.products[2].bundleOf[2]',
      'bundle-self',
    ],
    [
      'seat minimum above maximum',
      (c) => (c.products[0].plans[1].seats.min = 11),
      '$.products[0].plans[1].seats',
      'seats-range',
    ],
    [
      'negative included seats',
      (c) => (c.products[0].plans[1].seats.included = -1),
      '$.products[0].plans[1].seats.included',
      'invalid-count',
    ],
    [
      'a negative seat minimum',
      (c) => (c.products[0].plans[2].seats.min = -1),
      '$.products[0].plans[2].seats.min',
      'invalid-count',
    ],
    [
      'extra seats sold without a price',
      (c) => delete c.products[0].plans[1].seats.price.month,
      '$.products[0].plans[1].seats.price.month',
      'missing-price',
    ],
    [
      'a policy for an unknown kind of change',
      (c) => (c.policy = { teleport: 'now' }),
      '$.policy.teleport',
      'unknown-change-kind',
    ],
    [
      'a policy with an unknown effect',
      (c) => (c.policy = { planDown: 'later' }),
      '$.policy.planDown',
      'unknown-change-effect',
    ],
    [
      'nearLimitPercent of 0',
      (c) => (c.nearLimitPercent = 0),
      '$.nearLimitPercent',
      'near-limit-range',
    ],
    [
      'nearLimitPercent above 100',
      (c) => (c.nearLimitPercent = 150),
      '$.nearLimitPercent',
      'near-limit-range',
    ],
    ['no products', (c) => (c.products = []), '$.products', 'empty'],
    [
      'a plan name that is not a string',
      (c) => (c.products[1].plans[0].name = 42),
      '$.products[1].plans[0].name',
      'invalid-type',
    ],
    [
      'contactSales that is not a boolean',
      (c) => (c.products[0].plans[3].contactSales = 'yes'),
      '$.products[0].plans[3].contactSales',
      'invalid-type',
    ],
    [
      'a plan without seats',
      (c) => delete c.products[0].plans[2].seats,
      '$.products[0].plans[2].seats',
      'required',
    ],
    [
      'a dearest total past the safe integer range',
      (c) => (c.products[0].plans[2].seats.max = 2 ** 52),
      '$.products[0].plans[2]',
      'amount-overflow',
    ],
  ])('rejects %s at %s', (_, mutate, path, code) => {
    const catalog = draft();
    mutate(catalog);
    expect(issuesOf(catalog)).toContainEqual(expect.objectContaining({ path, code }));
  });

  it.each([[null], [[]], ['catalog'], [42]])('rejects the non-object %j at the root', (input) => {
    expect(issuesOf(input)).toEqual([expect.objectContaining({ path: '$', code: 'invalid-type' })]);
  });

  it('lists every problem, not only the first', () => {
    const catalog = draft();
    catalog.currency = 'XXX';
    catalog.products[0].plans[1].prices.month[3] = -1;
    catalog.addOns[0].plans.push('platinum');
    expect(issuesOf(catalog).map((issue) => issue.path)).toEqual([
      '$.currency',
      '$.products[0].plans[1].prices.month[3]',
      '$.addOns[0].plans[3]',
    ]);
  });

  it('throws a CatalogValidationError carrying the issues', () => {
    const catalog = draft();
    catalog.contactBands = [];
    let error: unknown;
    try {
      validateCatalog(catalog);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CatalogValidationError);
    expect(error).toBeInstanceOf(Error);
    expect((error as CatalogValidationError).issues[0]).toMatchObject({
      path: '$.contactBands',
      code: 'empty',
    });
    expect((error as CatalogValidationError).message).toContain('$.contactBands');
  });

  it('lets a contact-sales plan go without prices', () => {
    const catalog = draft();
    expect(catalog.products[0].plans[3].prices).toBeUndefined();
    expect(parseCatalog(catalog).ok).toBe(true);
  });

  it('ignores unknown keys', () => {
    const catalog = draft();
    catalog.marketingNote = 'spring sale';
    catalog.products[0].color = 'teal';
    expect(parseCatalog(catalog).ok).toBe(true);
  });

  describe('translations', () => {
    it.each<[string, (c: Draft) => void, string, string]>([
      [
        'translations that are a list',
        (c) => (c.translations = []),
        '$.translations',
        'invalid-type',
      ],
      [
        'a locale that is a string',
        (c) => (c.translations.de = 'Deutsch'),
        '$.translations.de',
        'invalid-type',
      ],
      [
        'a locale key that is not a tag',
        (c) => (c.translations['français'] = {}),
        '$.translations.français',
        'invalid-locale',
      ],
      [
        'an underscore locale key',
        (c) => (c.translations.fr_CA = {}),
        '$.translations.fr_CA',
        'invalid-locale',
      ],
      // Lookups go by the canonical form (what Intl.getCanonicalLocales gives), so fr-ca would never match.
      [
        'a locale key in lower case',
        (c) => (c.translations['fr-ca'] = {}),
        '$.translations.fr-ca',
        'invalid-locale',
      ],
      [
        'features that are a list',
        (c) => (c.translations.fr.features = ['Campagnes e-mail']),
        '$.translations.fr.features',
        'invalid-type',
      ],
      [
        'a feature name that is a number',
        (c) => (c.translations.fr.features['ab-testing'] = 42),
        '$.translations.fr.features.ab-testing',
        'invalid-type',
      ],
      [
        'an empty product name',
        (c) => (c.translations.fr.products.sales = ''),
        '$.translations.fr.products.sales',
        'empty',
      ],
      [
        'a plan name that is null',
        (c) => (c.translations.fr.plans = { pro: null }),
        '$.translations.fr.plans.pro',
        'invalid-type',
      ],
      [
        'a product the catalog does not define',
        (c) => (c.translations.fr.products.crm = 'CRM'),
        '$.translations.fr.products.crm',
        'unknown-product',
      ],
      [
        'a plan the catalog does not define',
        (c) => (c.translations.fr.plans = { platinum: 'Platine' }),
        '$.translations.fr.plans.platinum',
        'unknown-plan',
      ],
      [
        'a feature the catalog does not define',
        (c) => (c.translations.fr.features.chat = 'Messagerie'),
        '$.translations.fr.features.chat',
        'unknown-feature',
      ],
      [
        'an add-on the catalog does not define',
        (c) => (c.translations.fr.addOns.whatsapp = { name: 'WhatsApp' }),
        '$.translations.fr.addOns.whatsapp',
        'unknown-add-on',
      ],
      [
        'an add-on given as a bare string',
        (c) => (c.translations.fr.addOns.sms = 'SMS'),
        '$.translations.fr.addOns.sms',
        'invalid-type',
      ],
      [
        'an empty add-on name',
        (c) => (c.translations.fr.addOns.sms.name = ''),
        '$.translations.fr.addOns.sms.name',
        'empty',
      ],
      [
        'an add-on description that is not a string',
        (c) => (c.translations.fr.addOns.sms.description = ['SMS']),
        '$.translations.fr.addOns.sms.description',
        'invalid-type',
      ],
    ])('rejects %s at %s', (_, mutate, path, code) => {
      const catalog = draft();
      mutate(catalog);
      expect(issuesOf(catalog)).toContainEqual(expect.objectContaining({ path, code }));
    });

    it('accepts a regional locale, a partial translation and an add-on with only a name', () => {
      const catalog = draft();
      catalog.translations['fr-CA'] = { features: { 'email-campaigns': 'Campagnes courriel' } };
      catalog.translations.de = {
        addOns: { sms: { name: 'SMS-Kampagnen' } },
        plans: { pro: 'Profi' },
      };
      expect(parseCatalog(catalog)).toEqual({ ok: true, catalog });
    });

    it('accepts a catalog without translations', () => {
      const catalog = draft();
      delete catalog.translations;
      expect(parseCatalog(catalog).ok).toBe(true);
    });

    it('reports every problem in a translation, each at its own path', () => {
      const catalog = draft();
      catalog.translations.fr = { features: { chat: '', 'ab-testing': 'Tests A/B' }, plans: 7 };
      expect(issuesOf(catalog).map(({ path, code }) => `${path} ${code}`)).toEqual([
        '$.translations.fr.plans invalid-type',
        '$.translations.fr.features.chat unknown-feature',
        '$.translations.fr.features.chat empty',
      ]);
    });
  });

  it('accepts a policy override and a custom nearLimitPercent', () => {
    const catalog = draft();
    catalog.policy = { planDown: 'renewal', addOnRemove: 'renewal' };
    catalog.nearLimitPercent = 80;
    expect(parseCatalog(catalog)).toEqual({ ok: true, catalog });
  });
});
