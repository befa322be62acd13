import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from './browser.js';
import { BillingPageModel } from './billing-page.model.js';
import { readDemoAccount } from './database.js';
import { freshDatabasePath, startServer } from './server-process.js';
import type { RunningServer } from './server-process.js';

describe('when the server restarts in the middle of a session', () => {
  const database = freshDatabasePath();
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let billing: BillingPageModel;

  /** Stops the server as a deploy would (SIGTERM) and starts it again on the same file and port. */
  async function restart() {
    await server.stop();
    server = await startServer(database, server.port);
  }

  beforeAll(async () => {
    server = await startServer(database);
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
    await context.close();
  });

  it('[en] a committed purchase is still there after the restart and a reload', async () => {
    await billing.open({ lang: 'en' });
    await billing.editContactLimit();
    await billing.slider.focus();
    await billing.slider.press('ArrowRight');
    await billing.continueToReview();
    await billing.review.confirm();
    await billing.review.expectSuccess();
    await billing.review.done();

    await restart();
    await billing.reload();

    expect(await billing.contactLimitText()).toBe(
      billing.text('ui.contactLimit.contacts', { count: 15000 }),
    );
    const { ledger, subscription } = readDemoAccount(database);
    expect(ledger).toHaveLength(1);
    expect(subscription.selection.contactLimit).toBe(15000);
    expect(billing.pageErrors).toEqual([]);
  });

  it('[fr] confirming while the server is down charges nothing; once it is back, the same review confirms once', async () => {
    await billing.open({ lang: 'fr' });
    await billing.editSeats();
    await billing.seats.increment();
    await billing.continueToReview();
    await billing.review.waitForServerPreview();
    const shownDueToday = await billing.review.dueToday();

    await server.stop();
    await billing.review.confirm();
    await billing.review.purchaseError().waitFor();
    expect(readDemoAccount(database).ledger).toEqual([]);

    // The preview lives in the database, so the review opened before the restart is still good.
    server = await startServer(database, server.port);
    await billing.review.confirm();
    expect(await billing.review.expectSuccess()).toContain(shownDueToday);
    const { ledger, subscription } = readDemoAccount(database);
    expect(ledger).toHaveLength(1);
    expect(billing.money({ amount: ledger[0]!.amount, currency: ledger[0]!.currency })).toBe(
      shownDueToday,
    );
    expect(subscription.selection.seats).toBe(4);
  });

  it('[en] a review opened while the server is down shows the estimate, then previews again once it is back', async () => {
    await billing.open({ lang: 'en' });
    await server.stop();
    await billing.editSeats();
    await billing.seats.increment();
    await billing.continueToReview();
    await billing.review.previewError().waitFor({ timeout: 15_000 });
    await billing.review.estimateMarker().waitFor();
    expect(await billing.review.confirmButton().getAttribute('aria-disabled')).toBe('true');

    server = await startServer(database, server.port);
    await billing.review.retryPreview();
    await billing.review.waitForServerPreview();
    const shownDueToday = await billing.review.dueToday();
    await billing.review.confirm();
    expect(await billing.review.expectSuccess()).toContain(shownDueToday);
    const { ledger } = readDemoAccount(database);
    expect(ledger).toHaveLength(1);
    expect(billing.money({ amount: ledger[0]!.amount, currency: ledger[0]!.currency })).toBe(
      shownDueToday,
    );
  });
});
