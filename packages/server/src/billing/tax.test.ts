import { describe, expect, it } from 'vitest';
import { demoBillingDetails, demoTaxRates } from '@tarif/core/demo';
import type { CommitResult, ServerPreview } from '@tarif/core';
import { demoSelection, setup } from '../test-utils/setup.js';
import type { TestServer } from '../test-utils/setup.js';

const upgrade = { ...demoSelection, plan: 'pro' };

async function preview(server: TestServer, selection: object): Promise<ServerPreview> {
  const response = await server.call('POST', '/previews', { body: { selection } });
  expect(response.status).toBe(200);
  return response.json();
}

function commit(server: TestServer, previewId: string, key: string) {
  return server.call('POST', '/commits', {
    body: { previewId },
    headers: { 'idempotency-key': key },
  });
}

async function billedAs(server: TestServer, billingDetails: object | null) {
  const account = (await server.store.getAccount('acct_demo'))!;
  await server.store.putAccount({ ...account, billingDetails: billingDetails as never });
}

describe('tax on the reference server', () => {
  it('adds French TVA to a French business: HT, TVA 20 % and TTC per line and in total', async () => {
    const server = await setup({ taxRates: demoTaxRates });
    const body = await preview(server, upgrade);
    // Plus → Pro with 22.5 of 31 days left: 27.74 € HT today, 5.55 € of TVA, 33.29 € TTC.
    expect(body.preview.dueToday).toEqual({ amount: 2774, currency: 'EUR' });
    const tax = body.tax!;
    expect(tax.decision).toEqual({ treatment: 'standard', country: 'FR', rate: 2000 });
    expect(tax.today.lines).toHaveLength(body.preview.proratedLines.length);
    expect(tax.today.net).toEqual({ amount: 2774, currency: 'EUR' });
    const lineTax = tax.today.lines.reduce((s, line) => s + (line.taxes[0]?.amount.amount ?? 0), 0);
    expect(tax.today.taxes).toEqual([
      {
        treatment: 'standard',
        country: 'FR',
        rate: 2000,
        taxable: { amount: 2774, currency: 'EUR' },
        amount: { amount: lineTax, currency: 'EUR' },
      },
    ]);
    expect(tax.dueToday).toEqual({ amount: 2774 + lineTax, currency: 'EUR' });
    // Pro at 10 000 contacts renews at 99.00 € HT: 19.80 € of TVA, 118.80 € TTC.
    expect(tax.renewal.net).toEqual({ amount: 9900, currency: 'EUR' });
    expect(tax.renewal.gross).toEqual({ amount: 11880, currency: 'EUR' });
  });

  it('charges the gross, answers it with its tax, and the ledger keeps net, tax and gross', async () => {
    const server = await setup({ taxRates: demoTaxRates });
    const shown = await preview(server, upgrade);
    const response = await commit(server, shown.id, 'key-taxed-commit');
    expect(response.status).toBe(200);
    const result = (await response.json()) as CommitResult;
    expect(result.charged).toEqual(shown.tax!.dueToday);
    expect(result.tax).toEqual({
      net: shown.tax!.today.net,
      taxes: shown.tax!.today.taxes,
      gross: shown.tax!.today.gross,
    });
    expect(await server.store.listCharges('acct_demo')).toEqual([
      expect.objectContaining({
        amount: shown.tax!.dueToday,
        net: shown.tax!.today.net,
        tax: shown.tax!.today.taxes[0]!.amount,
      }),
    ]);
    const paid = server.store.db
      .prepare('SELECT amount FROM demo_payments WHERE account_id = ?')
      .all('acct_demo')
      .map((row) => ({ ...row }));
    expect(paid).toEqual([{ amount: shown.tax!.dueToday.amount }]);
  });

  it('reverse-charges a German business: a zero tax named, gross equal to net', async () => {
    const server = await setup({ taxRates: demoTaxRates });
    await billedAs(server, demoBillingDetails.germanBusiness);
    const shown = await preview(server, upgrade);
    const tax = shown.tax!;
    expect(tax.decision.treatment).toBe('reverse-charge');
    expect(tax.today.taxes).toEqual([
      expect.objectContaining({
        treatment: 'reverse-charge',
        rate: 0,
        amount: { amount: 0, currency: 'EUR' },
      }),
    ]);
    expect(tax.dueToday).toEqual(shown.preview.dueToday);
    const result = (await (await commit(server, shown.id, 'key-reverse-1')).json()) as CommitResult;
    expect(result.charged).toEqual(shown.preview.dueToday);
  });

  it('collects nothing from a US company, and says so by carrying no tax line', async () => {
    const server = await setup({ taxRates: demoTaxRates });
    await billedAs(server, demoBillingDetails.usCompany);
    const tax = (await preview(server, upgrade)).tax!;
    expect(tax.decision.treatment).toBe('not-collected');
    expect(tax.today.taxes).toEqual([]);
    expect(tax.dueToday).toEqual(tax.today.net);
  });

  it('answers price-changed when the billing details changed the tax since the preview', async () => {
    const server = await setup({ taxRates: demoTaxRates });
    const shown = await preview(server, upgrade);
    await billedAs(server, demoBillingDetails.germanBusiness);
    const response = await commit(server, shown.id, 'key-vat-changed');
    expect(response.status).toBe(409);
    const error = await response.json();
    expect(error.error.code).toBe('price-changed');
    expect(error.preview.tax.decision.treatment).toBe('reverse-charge');
    expect(await server.store.listCharges('acct_demo')).toEqual([]);
  });

  it('extracts the tax from an inclusive catalog: the price shown is the price debited', async () => {
    const server = await setup({ taxRates: demoTaxRates });
    const account = (await server.store.getAccount('acct_demo'))!;
    await server.store.saveCatalog('acct_demo', { ...account.catalog, taxMode: 'inclusive' });
    const shown = await preview(server, upgrade);
    expect(shown.tax!.dueToday).toEqual(shown.preview.dueToday);
    expect(shown.tax!.today.net.amount).toBeLessThan(shown.preview.dueToday.amount);
    const result = (await (await commit(server, shown.id, 'key-inclusive')).json()) as CommitResult;
    expect(result.charged).toEqual(shown.preview.dueToday);
  });

  it('shows the account its billing details and how it is taxed', async () => {
    const server = await setup({ taxRates: demoTaxRates });
    const account = await (await server.call('GET', '/account')).json();
    expect(account.billingDetails).toEqual(demoBillingDetails.frenchBusiness);
    expect(account.taxDecision).toEqual({ treatment: 'standard', country: 'FR', rate: 2000 });
    const untaxed = await (await (await setup()).call('GET', '/account')).json();
    expect(untaxed).not.toHaveProperty('taxDecision');
  });

  it('computes no tax without a tax table', async () => {
    const server = await setup();
    const shown = await preview(server, upgrade);
    expect(shown.tax).toBeUndefined();
    const result = (await (await commit(server, shown.id, 'key-untaxed-1')).json()) as CommitResult;
    expect(result.charged).toEqual(shown.preview.dueToday);
    expect(result.tax).toBeUndefined();
    expect(await server.store.listCharges('acct_demo')).toEqual([
      expect.objectContaining({ net: shown.preview.dueToday, tax: { amount: 0, currency: 'EUR' } }),
    ]);
  });
});
