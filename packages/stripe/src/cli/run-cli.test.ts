import { demoCatalogEUR } from '@tarif/core/demo';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeStripe } from '../fake/fake-stripe.js';
import type { FakeStripe } from '../fake/fake-stripe.js';
import { seedPrices } from '../fake/seed-prices.js';
import { runCli, usage } from './run-cli.js';
import type { CliContext } from './run-cli.js';

let fake: FakeStripe;
beforeEach(async () => {
  fake = await startFakeStripe();
});
afterEach(async () => {
  await fake.close();
});

const files: Record<string, string> = { 'catalog.json': JSON.stringify(demoCatalogEUR) };

async function run(
  args: string[],
  env: Record<string, string> = { STRIPE_SECRET_KEY: 'sk_test_1' },
) {
  const out: string[] = [];
  const err: string[] = [];
  const keys: string[] = [];
  const context: CliContext = {
    env,
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
      return text;
    },
    createStripe: (key) => {
      keys.push(key);
      return fake.client();
    },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  const status = await runCli(args, context);
  return { status, out, err, keys };
}

describe('tarif-stripe check', () => {
  it('exits 0 and says so when the account has every price', async () => {
    seedPrices(fake, demoCatalogEUR);
    const { status, out, err, keys } = await run(['check', '--catalog', 'catalog.json']);
    expect({ status, out, err }).toEqual({
      status: 0,
      out: ['234 prices checked for catalog demo-eur-1: 0 mismatches'],
      err: [],
    });
    expect(keys).toEqual(['sk_test_1']);
  });

  it('prints every mismatch and exits 1', async () => {
    const prices = seedPrices(fake, demoCatalogEUR);
    const sms = 'tarif:demo-eur-1:eur:addon:sms:month';
    fake.prices.update(prices.get(sms)!.id, { unit_amount: 1600 });
    fake.prices.update(prices.get('tarif:demo-eur-1:eur:addon:sms:year')!.id, { active: false });
    const { status, out } = await run(['check', '--catalog', 'catalog.json']);
    expect(status).toBe(1);
    expect(out).toEqual([
      `amount: ${sms} (${prices.get(sms)!.id}) is 1600, expected 1500`,
      `inactive: tarif:demo-eur-1:eur:addon:sms:year is on ${prices.get('tarif:demo-eur-1:eur:addon:sms:year')!.id}, which is archived`,
      '234 prices checked for catalog demo-eur-1: 2 mismatches',
    ]);
  });

  it('prints one JSON document with --json', async () => {
    const { status, out } = await run(['check', '--catalog', 'catalog.json', '--json']);
    expect(status).toBe(1);
    const report = JSON.parse(out.join('\n'));
    expect(report).toMatchObject({ catalogVersion: 'demo-eur-1', checked: 234 });
    expect(report.mismatches).toHaveLength(234);
  });

  it('exits 2 without STRIPE_SECRET_KEY, before reading anything', async () => {
    const { status, err, keys } = await run(['check', '--catalog', 'catalog.json'], {});
    expect(status).toBe(2);
    expect(err).toEqual([
      'STRIPE_SECRET_KEY is not set: give the key of the Stripe account to check.',
    ]);
    expect(keys).toEqual([]);
    expect(fake.requests).toEqual([]);
  });

  it('exits 2 with the usage for anything but check --catalog', async () => {
    for (const args of [
      [],
      ['check'],
      ['sync', '--catalog', 'catalog.json'],
      ['check', '--bogus'],
    ]) {
      const { status, err } = await run(args);
      expect(status, args.join(' ')).toBe(2);
      expect(err.join('\n')).toContain(usage);
    }
    expect((await run(['--help'])).status).toBe(0);
  });

  it('exits 2 for a missing file, invalid JSON or an invalid catalog, listing the issues', async () => {
    files['broken.json'] = '{';
    files['invalid.json'] = JSON.stringify({ ...demoCatalogEUR, currency: 'XXX', version: 7 });
    expect((await run(['check', '--catalog', 'nope.json'])).err[0]).toMatch(
      /^Could not read the catalog nope.json: ENOENT/,
    );
    expect((await run(['check', '--catalog', 'broken.json'])).status).toBe(2);
    const invalid = await run(['check', '--catalog', 'invalid.json']);
    expect(invalid.status).toBe(2);
    expect(invalid.err[0]).toBe('invalid.json is not a valid Tarif catalog:');
    expect(invalid.err.slice(1).join('\n')).toMatch(/\$\.version: .*\n {2}\$\.currency: /);
    expect(fake.requests).toEqual([]);
  });

  it('exits 2 when the catalog has no exact Stripe form, or Stripe fails', async () => {
    files['ugx.json'] = JSON.stringify({ ...demoCatalogEUR, currency: 'UGX' });
    const ugx = await run(['check', '--catalog', 'ugx.json']);
    expect(ugx).toMatchObject({ status: 2 });
    expect(ugx.err[1]).toMatch(/UGX has no verified Stripe amount form/);

    fake.failNext('server_error');
    const down = await run(['check', '--catalog', 'catalog.json']);
    expect(down.status).toBe(2);
    expect(down.err).toEqual(['Stripe could not be read: An unknown error occurred.']);
  });
});
