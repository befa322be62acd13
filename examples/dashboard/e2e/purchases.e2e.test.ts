import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { previewChange } from '@tarif/core';
import { launchChromium } from './browser.js';
import { BillingPageModel } from './billing-page.model.js';
import type { Lang } from './billing-page.model.js';
import { readCommittedPreview, readDemoAccount } from './database.js';
import { freshDatabasePath, startServer } from './server-process.js';
import type { RunningServer } from './server-process.js';

const languages: Lang[] = ['en', 'fr'];

describe('given the demo account on Marketing Plus, monthly, 10 000 contacts (8 700 in use) and 3 seats (2 in use)', () => {
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
    await server.reset();
    context = await browser.newContext();
    billing = new BillingPageModel(await context.newPage(), server.url);
  });
  afterEach(async () => {
    expect(billing.pageErrors).toEqual([]);
    await context.close();
  });

  it.each(languages)('[%s] raising the contact limit charges exactly what the review showed as due today, once', async (lang) => {
    await billing.open({ lang });
    await billing.editContactLimit();
    await billing.slider.focus();
    await billing.slider.press('ArrowRight');
    expect(await billing.slider.valueText()).toBe(billing.text('ui.contactLimit.contacts', { count: 15000 }));
    await billing.continueToReview();
    await billing.review.waitForServerPreview();
    const shownDueToday = await billing.review.dueToday();
    await billing.review.confirm();
    const success = await billing.review.expectSuccess();

    const { ledger, subscription, scheduled } = readDemoAccount(server.database);
    expect(ledger).toHaveLength(1);
    expect(billing.money({ amount: ledger[0]!.amount, currency: ledger[0]!.currency })).toBe(shownDueToday);
    expect(success).toContain(shownDueToday);
    expect(subscription.selection).toMatchObject({ plan: 'plus', contactLimit: 15000, seats: 3 });
    expect(scheduled).toBeNull();

    await billing.review.done();
    expect(await billing.contactLimitText()).toBe(billing.text('ui.contactLimit.contacts', { count: 15000 }));
  });
});
