import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { quote } from '@tarif/core';
import { launchChromium } from '../../dashboard/e2e/browser.js';
import { BillingPageModel, normalizeSpaces } from '../../dashboard/e2e/billing-page.model.js';
import type { Lang } from '../../dashboard/e2e/billing-page.model.js';
import { readDemoAccount } from '../../dashboard/e2e/database.js';
import { freshDatabasePath } from '../../dashboard/e2e/server-process.js';
import { startNext } from './next-process.js';
import type { RunningNext } from './next-process.js';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const languages: Lang[] = ['en', 'fr'];
const billingPath = (lang: Lang) => `/${lang}/billing`;

/** Every console error and warning of the page, hydration's included: the test fails on any. */
function collectConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      messages.push(`${message.type()}: ${message.text()}`);
  });
  return messages;
}

describe('the Next.js example, on the demo account (Marketing Plus, monthly, 10 000 contacts, 3 seats)', () => {
  let next: RunningNext;
  let browser: Browser;
  let database: string;
  let context: BrowserContext;

  beforeAll(async () => {
    database = freshDatabasePath();
    next = await startNext(database);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await next?.stop();
  });
  afterEach(async () => {
    await context?.close();
  });

  it.each(languages)(
    '[%s] the first HTML, before any script runs, shows the plan and its price for the locale',
    async (lang) => {
      context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const billing = new BillingPageModel(page, next.url, billingPath);
      const { catalog, subscription } = readDemoAccount(database);
      const price = quote(catalog, subscription.selection).total;

      await billing.open({ lang });

      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await billing.seatsText()).toBe(
        billing.text('seats.valueText', { count: subscription.selection.seats }),
      );
      const shownPrice = await page
        .locator('[data-slot="billing-page-summary-price"] .tarif-amount')
        .innerText();
      expect(normalizeSpaces(shownPrice)).toBe(billing.money(price));
    },
  );

  it.each(languages)(
    '[%s] adding a seat charges what the review showed, once, with no console error or warning and no axe violation',
    async (lang) => {
      context = await browser.newContext();
      const page = await context.newPage();
      const consoleMessages = collectConsole(page);
      const billing = new BillingPageModel(page, next.url, billingPath);
      const before = readDemoAccount(database);
      const seats = before.subscription.selection.seats;

      await billing.open({ lang });
      await page.addScriptTag({ path: axeSource });
      const violations = await page.evaluate(async () => {
        const { violations } = await (
          window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string }> }> } }
        ).axe.run();
        return violations.map((violation) => violation.id);
      });
      expect(violations).toEqual([]);

      await billing.editSeats();
      await billing.seats.increment();
      expect(await billing.seats.valueText()).toBe(
        billing.text('seats.valueText', { count: seats + 1 }),
      );
      await billing.continueToReview();
      await billing.review.waitForServerPreview();
      const shownDueToday = await billing.review.dueToday();
      await billing.review.confirm();
      expect(await billing.review.expectSuccess()).toContain(shownDueToday);

      const after = readDemoAccount(database);
      expect(after.ledger).toHaveLength(before.ledger.length + 1);
      const charge = after.ledger.at(-1)!;
      expect(billing.money({ amount: charge.amount, currency: charge.currency })).toBe(
        shownDueToday,
      );
      expect(after.subscription.selection.seats).toBe(seats + 1);

      await billing.review.done();
      expect(await billing.seatsText()).toBe(billing.text('seats.valueText', { count: seats + 1 }));
      expect(billing.pageErrors).toEqual([]);
      expect(consoleMessages).toEqual([]);
    },
  );
});
