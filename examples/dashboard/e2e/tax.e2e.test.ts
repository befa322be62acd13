import { describe, expect, it } from 'vitest';
import { formatMoney } from '@tarif/core';
import { billingPageSession } from './billing-page-session.js';
import { readDemoAccount } from './database.js';
import { freshDatabasePath, startServer } from './server-process.js';

// The default demo (demo payments): the seller is French, the demo account a French business.
describe('tax in the default demo, for its French business account', () => {
  const t = billingPageSession(() => startServer(freshDatabasePath()));

  it.each([
    ['fr', 'Total HT', 'TVA 20\u202f%', 'Prélevé aujourd’hui', '\u00a0TTC'],
    ['en', 'Subtotal excl. tax', 'VAT 20%', 'Charged today', '\u00a0incl.\u00a0tax'],
  ] as const)(
    '[%s] the review shows HT, TVA 20 % and TTC that equal the ledger to the cent',
    async (lang, subtotal, vat, dueToday, mention) => {
      await t.billing.open({ lang });
      await t.billing.editSeats();
      await t.billing.seats.increment();
      await t.billing.continueToReview();
      await t.billing.review.waitForServerPreview();
      const rows = await t.billing.review.rows('today');
      const shownGross = await t.billing.review.dueToday();
      await t.billing.review.confirm();
      const success = await t.billing.review.expectSuccess();

      const { ledger } = readDemoAccount(t.server.database);
      expect(ledger).toHaveLength(1);
      const row = ledger[0]!;
      const money = (amount: number) => formatMoney({ amount, currency: 'EUR' }, lang);
      // The exact characters: no-break spaces inside amounts, a narrow one before % in French.
      expect(rows.slice(-3)).toEqual([
        `${subtotal}: ${money(row.net_amount)}`,
        `${vat}: ${money(row.tax_amount)}`,
        `${dueToday}: ${money(row.amount)}${mention}`,
      ]);
      expect(row.net_amount + row.tax_amount).toBe(row.amount);
      expect(t.billing.minorUnits(shownGross, 'EUR')).toBe(row.amount);
      expect(success).toContain(t.billing.money({ amount: row.amount, currency: 'EUR' }));
    },
  );

  it.each([
    ['fr', 'Total HT', 'Autoliquidation de la TVA', 'Prélevé aujourd’hui', '\u00a0HT'],
    ['en', 'Subtotal excl. tax', 'Reverse charge', 'Charged today', '\u00a0excl.\u00a0tax'],
  ] as const)(
    '[%s] a German business with a German VAT number sees reverse charge and pays the net',
    async (lang, subtotal, reverse, dueToday, mention) => {
      await t.billing.open({ lang, user: 'german' });
      await t.billing.editSeats();
      await t.billing.seats.increment();
      await t.billing.continueToReview();
      await t.billing.review.waitForServerPreview();
      const rows = await t.billing.review.rows('today');
      await t.billing.review.confirm();
      await t.billing.review.expectSuccess();

      const { ledger } = readDemoAccount(t.server.database, 'acct_de');
      expect(ledger).toHaveLength(1);
      const row = ledger[0]!;
      const money = (amount: number) => formatMoney({ amount, currency: 'EUR' }, lang);
      expect(rows.slice(-3)).toEqual([
        `${subtotal}: ${money(row.net_amount)}`,
        `${reverse}: ${money(0)}`,
        `${dueToday}: ${money(row.amount)}${mention}`,
      ]);
      expect([row.tax_amount, row.amount]).toEqual([0, row.net_amount]);
      // The French account was not touched.
      expect(readDemoAccount(t.server.database).ledger).toEqual([]);
    },
  );
});
