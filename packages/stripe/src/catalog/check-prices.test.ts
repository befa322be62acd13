import { demoCatalogEUR, demoCatalogJPY, demoCatalogUSD } from '@tarif/core/demo';
import Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeStripe } from '../fake/fake-stripe.js';
import type { FakeStripe } from '../fake/fake-stripe.js';
import { seedPrices } from '../fake/seed-prices.js';
import { checkStripePrices, describeMismatch } from './check-prices.js';
import { expectedStripePrices } from './expected-prices.js';

let fake: FakeStripe;
beforeEach(async () => {
  fake = await startFakeStripe();
});
afterEach(async () => {
  await fake.close();
});

const key = {
  plusMonth: 'tarif:demo-eur-1:eur:plan:marketing:plus:month:contacts-10000',
  plusYear: 'tarif:demo-eur-1:eur:plan:marketing:plus:year:contacts-10000',
  proMonth: 'tarif:demo-eur-1:eur:plan:marketing:pro:month:contacts-1000',
  seat: 'tarif:demo-eur-1:eur:seat:marketing:plus:month',
  sms: 'tarif:demo-eur-1:eur:addon:sms:month',
  smsYear: 'tarif:demo-eur-1:eur:addon:sms:year',
  reporting: 'tarif:demo-eur-1:eur:addon:custom-reporting:month',
  salesStarter: 'tarif:demo-eur-1:eur:plan:sales:starter:month:contacts-1000',
};

describe('checkStripePrices', () => {
  it.each([
    ['EUR', demoCatalogEUR],
    ['USD', demoCatalogUSD],
    ['JPY', demoCatalogJPY],
  ])(
    'finds nothing wrong in an account that has every price of the %s catalog',
    async (_, catalog) => {
      seedPrices(fake, catalog);
      const result = await checkStripePrices(fake.client(), catalog);
      expect(result).toEqual({ checked: expectedStripePrices(catalog).length, mismatches: [] });
    },
  );

  it('asks for every key, at most 10 per prices.list call, and writes nothing', async () => {
    seedPrices(fake, demoCatalogEUR);
    await checkStripePrices(fake.client(), demoCatalogEUR);
    const expected = expectedStripePrices(demoCatalogEUR).map((price) => price.lookupKey);
    const asked = fake.requests.flatMap((request) => {
      expect(request).toMatchObject({ method: 'GET', path: '/v1/prices' });
      expect(request.stripeVersion).toBe(Stripe.API_VERSION);
      const keys = request.params['lookup_keys'] as string[];
      expect(keys.length).toBeLessThanOrEqual(10);
      return keys;
    });
    expect(asked).toEqual(expected);
    expect(fake.requests).toHaveLength(Math.ceil(expected.length / 10));
    expect(fake.effects).toEqual([]);
  });

  it('follows has_more pages', async () => {
    seedPrices(fake, demoCatalogEUR);
    const result = await checkStripePrices(fake.client(), demoCatalogEUR, { pageSize: 3 });
    expect(result.mismatches).toEqual([]);
    const pages = fake.requests.filter((request) => request.params['starting_after'] !== undefined);
    expect(pages.length).toBeGreaterThan(0);
    expect(pages[0]?.params['limit']).toBe('3');
  });

  it('lists every kind of mismatch, each against its lookup key and Stripe price', async () => {
    const prices = seedPrices(fake, demoCatalogEUR);
    const id = (lookupKey: string) => prices.get(lookupKey)!.id;
    const change = (lookupKey: string, fields: Parameters<FakeStripe['prices']['update']>[1]) =>
      fake.prices.update(id(lookupKey), fields);
    const recurring = prices.get(key.plusMonth)!.recurring!;

    // Gone from Stripe: its key now on nothing.
    change(key.salesStarter, { lookup_key: null });
    change(key.plusMonth, { active: false });
    change(key.proMonth, { unit_amount: 5000, unit_amount_decimal: '5000' });
    change(key.seat, { currency: 'usd' });
    change(key.plusYear, { recurring: { ...recurring, interval: 'month' } });
    change(key.smsYear, { recurring: { ...recurring, interval: 'month', interval_count: 12 } });
    change(key.sms, { type: 'one_time', recurring: null });
    change(key.reporting, {
      billing_scheme: 'tiered',
      unit_amount: null,
      tax_behavior: 'inclusive',
      recurring: { ...recurring, usage_type: 'metered' },
      transform_quantity: { divide_by: 10, round: 'up' },
    });

    const { mismatches } = await checkStripePrices(fake.client(), demoCatalogEUR);
    const found = mismatches.map((mismatch) => ({
      ...mismatch,
      ...('expected' in mismatch && typeof mismatch.expected === 'object'
        ? { expected: mismatch.expected.lookupKey }
        : {}),
    }));
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: 'missing', lookupKey: key.salesStarter, expected: key.salesStarter },
        { kind: 'inactive', lookupKey: key.plusMonth, priceId: id(key.plusMonth) },
        {
          kind: 'amount',
          lookupKey: key.proMonth,
          priceId: id(key.proMonth),
          expected: 4900,
          actual: 5000,
        },
        {
          kind: 'currency',
          lookupKey: key.seat,
          priceId: id(key.seat),
          expected: 'eur',
          actual: 'usd',
        },
        {
          kind: 'interval',
          lookupKey: key.plusYear,
          priceId: id(key.plusYear),
          expected: 'year',
          actual: 'month',
        },
        {
          kind: 'interval',
          lookupKey: key.smsYear,
          priceId: id(key.smsYear),
          expected: 'year',
          actual: '12 month',
        },
        {
          kind: 'interval',
          lookupKey: key.sms,
          priceId: id(key.sms),
          expected: 'month',
          actual: 'one-time',
        },
        {
          kind: 'billing',
          lookupKey: key.reporting,
          priceId: id(key.reporting),
          expected: 'per_unit licensed',
          actual: 'tiered, metered, transform_quantity',
        },
        {
          kind: 'amount',
          lookupKey: key.reporting,
          priceId: id(key.reporting),
          expected: 2900,
          actual: null,
        },
        {
          kind: 'tax-behavior',
          lookupKey: key.reporting,
          priceId: id(key.reporting),
          expected: 'exclusive',
          actual: 'inclusive',
        },
      ]),
    );
    expect(mismatches).toHaveLength(10);
  });

  it("passes a price whose tax behaviour is 'unspecified' (Stripe applies the account's default)", async () => {
    const prices = seedPrices(fake, demoCatalogEUR);
    fake.prices.update(prices.get(key.sms)!.id, { tax_behavior: 'unspecified' });
    const { mismatches } = await checkStripePrices(fake.client(), demoCatalogEUR);
    expect(mismatches).toEqual([]);
  });

  it("a price of another catalog version does not stand in for this version's price", async () => {
    seedPrices(fake, demoCatalogEUR);
    const next = { ...demoCatalogEUR, version: 'demo-eur-2' };
    const { mismatches, checked } = await checkStripePrices(fake.client(), next);
    expect(mismatches).toHaveLength(checked);
    expect(mismatches.every((mismatch) => mismatch.kind === 'missing')).toBe(true);
  });

  it("lets Stripe's errors through", async () => {
    fake.failNext('server_error');
    await expect(checkStripePrices(fake.client(), demoCatalogEUR)).rejects.toBeInstanceOf(
      Stripe.errors.StripeAPIError,
    );
  });
});

describe('describeMismatch', () => {
  it('says what differs, where, in one line', async () => {
    const prices = seedPrices(fake, demoCatalogEUR);
    fake.prices.update(prices.get(key.proMonth)!.id, { unit_amount: 5000 });
    fake.prices.update(prices.get(key.salesStarter)!.id, { lookup_key: null });
    const { mismatches } = await checkStripePrices(fake.client(), demoCatalogEUR);
    expect(mismatches.map(describeMismatch)).toEqual([
      `amount: ${key.proMonth} (${prices.get(key.proMonth)!.id}) is 5000, expected 4900`,
      `missing: ${key.salesStarter} (1200 eur per month)`,
    ]);
  });
});

// Against a real Stripe test-mode account, only when STRIPE_TEST_KEY is set (never in CI here).
describe.skipIf(!process.env['STRIPE_TEST_KEY'])(
  'checkStripePrices against Stripe test mode',
  () => {
    it('reads the account and reports on every price of the catalog', async () => {
      const stripe = new Stripe(process.env['STRIPE_TEST_KEY']!, { telemetry: false });
      const result = await checkStripePrices(stripe, demoCatalogEUR);
      expect(result.checked).toBe(expectedStripePrices(demoCatalogEUR).length);
    });
  },
);
