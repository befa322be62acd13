import { describe, expect, it } from 'vitest';
import { billingPageSession } from './billing-page-session.js';
import { normalizeSpaces } from './billing-page.model.js';
import type { Lang } from './billing-page.model.js';
import { readDemoAccount } from './database.js';
import { freshDatabasePath, startServer } from './server-process.js';

const languages: Lang[] = ['en', 'fr'];

describe('when things go wrong between the review and the charge', () => {
  // The reset before each test also clears every fault queued by the previous test.
  const t = billingPageSession(() => startServer(freshDatabasePath()));

  /** The story every case starts with: the admin raises the contact limit one band and opens the review. */
  async function reviewContactLimitRaise(lang: Lang) {
    await t.billing.open({ lang });
    await t.billing.editContactLimit();
    await t.billing.slider.focus();
    await t.billing.slider.press('ArrowRight');
    await t.billing.continueToReview();
  }

  it.each(languages)(
    '[%s] a server error after the charge shows a safe-to-retry error, and the retry charges once',
    async (lang) => {
      await reviewContactLimitRaise(lang);
      await t.billing.review.waitForServerPreview();
      const shownDueToday = await t.billing.review.dueToday();
      await t.server.faults({ commitError: 'after-charge' });

      await t.billing.review.confirm();
      await t.billing.review.purchaseError().waitFor();
      expect(normalizeSpaces(await t.billing.review.purchaseError().innerText())).toContain(
        t.billing.text('ui.review.purchaseError'),
      );
      expect(readDemoAccount(t.server.database).ledger).toHaveLength(1);

      await t.billing.review.confirm();
      expect(await t.billing.review.expectSuccess()).toContain(shownDueToday);
      const { ledger, subscription } = readDemoAccount(t.server.database);
      expect(ledger).toHaveLength(1);
      expect(t.billing.money({ amount: ledger[0]!.amount, currency: ledger[0]!.currency })).toBe(
        shownDueToday,
      );
      expect(subscription.selection.contactLimit).toBe(15000);
    },
  );

  it.each(languages)(
    '[%s] a slow preview shows the marked estimate first, then the server figures, and only these can be confirmed',
    async (lang) => {
      // The server holds every preview until the test has seen the estimate: no race with its answer.
      await t.server.faults({ holdPreviews: true });
      await reviewContactLimitRaise(lang);

      await t.billing.review.estimateMarker().waitFor();
      expect(await t.billing.review.status().innerText()).toBe(
        t.billing.t('ui.review.status.estimate'),
      );
      expect(await t.billing.review.confirmButton().getAttribute('aria-disabled')).toBe('true');
      const estimatedDueToday = await t.billing.review.dueToday();

      await t.server.faults({ holdPreviews: false });
      await t.billing.review.waitForServerPreview();
      const shownDueToday = await t.billing.review.dueToday();
      // The estimate was priced moments before the server's preview: the same proration,
      // give or take the rounding of each side to the cent.
      const estimated = t.billing.minorUnits(estimatedDueToday, 'EUR');
      expect(Math.abs(estimated - t.billing.minorUnits(shownDueToday, 'EUR'))).toBeLessThanOrEqual(
        2,
      );
      await t.billing.review.confirm();
      await t.billing.review.expectSuccess();
      const { ledger } = readDemoAccount(t.server.database);
      expect(ledger).toHaveLength(1);
      expect(t.billing.money({ amount: ledger[0]!.amount, currency: ledger[0]!.currency })).toBe(
        shownDueToday,
      );
    },
  );

  it.each(languages)('[%s] twenty rapid clicks on Confirm charge exactly once', async (lang) => {
    await reviewContactLimitRaise(lang);
    await t.billing.review.waitForServerPreview();
    const shownDueToday = await t.billing.review.dueToday();

    await t.billing.review.confirmRapidly(20);
    expect(await t.billing.review.expectSuccess()).toContain(shownDueToday);
    const { ledger } = readDemoAccount(t.server.database);
    expect(ledger).toHaveLength(1);
    expect(t.billing.money({ amount: ledger[0]!.amount, currency: ledger[0]!.currency })).toBe(
      shownDueToday,
    );
  });

  it.each(languages)(
    '[%s] a price raised between review and confirm asks to review the new price, then charges the new amount once',
    async (lang) => {
      await reviewContactLimitRaise(lang);
      await t.billing.review.waitForServerPreview();
      const oldDueToday = await t.billing.review.dueToday();
      await t.server.faults({ bumpPrices: true });

      await t.billing.review.confirm();
      await t.billing.review.priceChangedAlert().waitFor();
      expect(readDemoAccount(t.server.database).ledger).toEqual([]);
      const newDueToday = await t.billing.review.dueToday();
      expect(newDueToday).not.toBe(oldDueToday);

      await t.billing.review.acknowledgeNewPrice();
      await t.billing.review.waitForServerPreview();
      expect(await t.billing.review.dueToday()).toBe(newDueToday);
      await t.billing.review.confirm();
      expect(await t.billing.review.expectSuccess()).toContain(newDueToday);

      const { ledger, catalog } = readDemoAccount(t.server.database);
      expect(catalog.version).toMatch(/\+bumped\./);
      expect(ledger).toHaveLength(1);
      expect(t.billing.money({ amount: ledger[0]!.amount, currency: ledger[0]!.currency })).toBe(
        newDueToday,
      );
    },
  );
});
