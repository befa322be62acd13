import { DatabaseSync } from 'node:sqlite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import type { Catalog } from '@tarif/core';
import { launchChromium } from './browser.js';
import { BillingPageModel } from './billing-page.model.js';
import type { Lang } from './billing-page.model.js';
import { freshDatabasePath, startServer } from './server-process.js';
import type { RunningServer } from './server-process.js';

const languages: Lang[] = ['en', 'fr'];
const markup = '<img src=x onerror=alert(1)>';

/** Writes markup into names and descriptions the page shows, as a careless catalog import might. */
function plantMarkup(file: string): void {
  const db = new DatabaseSync(file);
  try {
    const { catalog_json } = db
      .prepare("SELECT catalog_json FROM accounts WHERE id = 'acct_demo'")
      .get() as { catalog_json: string };
    const catalog = JSON.parse(catalog_json) as Catalog;
    const hostile: Catalog = {
      ...catalog,
      products: catalog.products.map((product) => ({
        ...product,
        plans: product.plans.map((plan) =>
          plan.id === 'pro' ? { ...plan, name: `Pro ${markup}` } : plan,
        ),
      })),
      addOns: catalog.addOns.map((addOn) =>
        addOn.id === 'sms' ? { ...addOn, name: `SMS ${markup}`, description: markup } : addOn,
      ),
      features: catalog.features.map((feature) =>
        feature.id === 'landing-pages' ? { ...feature, name: `Landing ${markup}` } : feature,
      ),
      // The French text too, so the page shows the same markup in both languages.
      translations: {
        fr: {
          ...catalog.translations?.['fr'],
          addOns: { sms: { name: `SMS ${markup}`, description: markup } },
          features: { 'landing-pages': `Landing ${markup}` },
        },
      },
    };
    db.prepare(
      "UPDATE accounts SET catalog_json = ?, catalog_revision = catalog_revision + 1 WHERE id = 'acct_demo'",
    ).run(JSON.stringify(hostile));
  } finally {
    db.close();
  }
}

describe('given a catalog whose names contain markup', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let billing: BillingPageModel;
  let dialogs: string[];

  beforeAll(async () => {
    const database = freshDatabasePath();
    // A first start seeds the demo; the catalog is then edited while no server holds the file.
    await (await startServer(database)).stop();
    plantMarkup(database);
    server = await startServer(database);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    billing = new BillingPageModel(page, server.url);
  });
  afterEach(async () => {
    expect(billing.pageErrors).toEqual([]);
    await context.close();
  });

  it.each(languages)(
    '[%s] shows the markup as text on the page and in the review, and never runs it',
    async (lang) => {
      await billing.open({ lang });
      const page = billing.page;
      await page.getByRole('heading', { name: `SMS ${markup}`, exact: true }).waitFor();
      await page.getByText(markup, { exact: true }).waitFor();
      await page.getByRole('radio', { name: `Pro ${markup}`, exact: true }).waitFor();
      await page.getByText(`Landing ${markup}`, { exact: true }).waitFor();

      await billing.tiers.choose(`Pro ${markup}`);
      await billing.continueToReview();
      await billing.review.waitForServerPreview();
      expect(await billing.review.dialog().innerText()).toContain(`Pro ${markup}`);
      await billing.review.cancel();

      await billing.addOns.add(`SMS ${markup}`);
      await billing.review.waitForServerPreview();
      expect(await billing.review.dialog().innerText()).toContain(`SMS ${markup}`);

      // A broken image would have fired its error handler by now; give it a moment to prove it did not.
      await page.waitForTimeout(300);
      expect(await page.locator('img').count()).toBe(0);
      expect(dialogs).toEqual([]);
    },
  );
});
