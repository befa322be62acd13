import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from './browser.js';
import { BillingPageModel, normalizeSpaces } from './billing-page.model.js';
import type { Lang } from './billing-page.model.js';
import { readDemoAccount } from './database.js';
import { freshDatabasePath, startServer } from './server-process.js';
import type { RunningServer } from './server-process.js';

const languages: Lang[] = ['en', 'fr'];

describe('when things go wrong between the review and the charge', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let billing: BillingPageModel;

  beforeAll(async () => {
    server = await startServer(freshDatabasePath());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    // Also clears every fault queued by the previous test.
    await server.reset();
    context = await browser.newContext();
    billing = new BillingPageModel(await context.newPage(), server.url);
  });
  afterEach(async () => {
    expect(billing.pageErrors).toEqual([]);
    await context.close();
  });

  /** The story every case starts with: the admin raises the contact limit one band and opens the review. */
  async function reviewContactLimitRaise(lang: Lang) {
    await billing.open({ lang });
    await billing.editContactLimit();
    await billing.slider.focus();
    await billing.slider.press('ArrowRight');
    await billing.continueToReview();
  }

  it.each(languages)(
    '[%s] a server error after the charge shows a safe-to-retry error, and the retry charges once',
    async (lang) => {
      await reviewContactLimitRaise(lang);
      await billing.review.waitForServerPreview();
      const shownDueToday = await billing.review.dueToday();
      await server.faults({ commitError: 'after-charge' });

      await billing.review.confirm();
      await billing.review.purchaseError().waitFor();
      expect(normalizeSpaces(await billing.review.purchaseError().innerText())).toContain(
        billing.text('ui.review.purchaseError'),
      );
      expect(readDemoAccount(server.database).ledger).toHaveLength(1);

      await billing.review.confirm();
      expect(await billing.review.expectSuccess()).toContain(shownDueToday);
      const { ledger, subscription } = readDemoAccount(server.database);
      expect(ledger).toHaveLength(1);
      expect(billing.money({ amount: ledger[0]!.amount, currency: ledger[0]!.currency })).toBe(
        shownDueToday,
      );
      expect(subscription.selection.contactLimit).toBe(15000);
    },
  );

  it.each(languages)(
    '[%s] a slow preview shows the marked estimate first, then the server figures, and only these can be confirmed',
    async (lang) => {
      // The server holds every preview until the test has seen the estimate: no race with its answer.
      await server.faults({ holdPreviews: true });
      await reviewContactLimitRaise(lang);

      await billing.review.estimateMarker().waitFor();
      expect(await billing.review.status().innerText()).toBe(
        billing.t('ui.review.status.estimate'),
      );
      expect(await billing.review.confirmButton().getAttribute('aria-disabled')).toBe('true');
      const estimatedDueToday = await billing.review.dueToday();

      await server.faults({ holdPreviews: false });
      await billing.review.waitForServerPreview();
      const shownDueToday = await billing.review.dueToday();
      // The estimate was priced moments before the server's preview: the same proration,
      // give or take the rounding of each side to the cent.
      const estimated = billing.minorUnits(estimatedDueToday, 'EUR');
      expect(Math.abs(estimated - billing.minorUnits(shownDueToday, 'EUR'))).toBeLessThanOrEqual(2);
      await billing.review.confirm();
      await billing.review.expectSuccess();
      const { ledger } = readDemoAccount(server.database);
      expect(ledger).toHaveLength(1);
      expect(billing.money({ amount: ledger[0]!.amount, currency: ledger[0]!.currency })).toBe(
        shownDueToday,
      );
    },
  );

  it.each(languages)('[%s] twenty rapid clicks on Confirm charge exactly once', async (lang) => {
    await reviewContactLimitRaise(lang);
    await billing.review.waitForServerPreview();
    const shownDueToday = await billing.review.dueToday();

    await billing.review.confirmRapidly(20);
    expect(await billing.review.expectSuccess()).toContain(shownDueToday);
    const { ledger } = readDemoAccount(server.database);
    expect(ledger).toHaveLength(1);
    expect(billing.money({ amount: ledger[0]!.amount, currency: ledger[0]!.currency })).toBe(
      shownDueToday,
    );
  });

  it.each(languages)(
    '[%s] a price raised between review and confirm asks to review the new price, then charges the new amount once',
    async (lang) => {
      await reviewContactLimitRaise(lang);
      await billing.review.waitForServerPreview();
      const oldDueToday = await billing.review.dueToday();
      await server.faults({ bumpPrices: true });

      await billing.review.confirm();
      await billing.review.priceChangedAlert().waitFor();
      expect(readDemoAccount(server.database).ledger).toEqual([]);
      const newDueToday = await billing.review.dueToday();
      expect(newDueToday).not.toBe(oldDueToday);

      await billing.review.acknowledgeNewPrice();
      await billing.review.waitForServerPreview();
      expect(await billing.review.dueToday()).toBe(newDueToday);
      await billing.review.confirm();
      expect(await billing.review.expectSuccess()).toContain(newDueToday);

      const { ledger, catalog } = readDemoAccount(server.database);
      expect(catalog.version).toMatch(/\+bumped\./);
      expect(ledger).toHaveLength(1);
      expect(billing.money({ amount: ledger[0]!.amount, currency: ledger[0]!.currency })).toBe(
        newDueToday,
      );
    },
  );
});
