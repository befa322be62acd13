import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from './browser.js';
import { BillingPageModel, cspViolation } from './billing-page.model.js';
import { freshDatabasePath, startServer } from './server-process.js';
import type { RunningServer } from './server-process.js';

describe('the built dashboard under its Content-Security-Policy', () => {
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

  it('serves the page, its assets and the API with their security headers', async () => {
    const page = await fetch(`${server.url}/`);
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).toMatch(/frame-ancestors 'self'$/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await page.text())?.[1];
    const asset = await fetch(`${server.url}${script}`);
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
    const api = await fetch(`${server.url}/api/billing/account`);
    expect(api.status).toBe(401);
    expect(api.headers.get('www-authenticate')).toBe('Bearer realm="tarif"');
    expect(api.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  });

  it('runs the app and its review dialog without a single violation, and blocks inline script', async () => {
    await billing.open({ lang: 'en' });
    await billing.tiers.choose('Pro');
    await billing.continueToReview();
    await billing.review.waitForServerPreview();
    await billing.review.cancel();
    expect(billing.pageErrors).toEqual([]);

    // The policy is in force, and a violation would be seen: an injected inline script is refused.
    const reported = billing.page.waitForEvent('console', (message) =>
      message.text().startsWith(cspViolation),
    );
    // Settled by the close of the context if an expectation below fails first.
    reported.catch(() => undefined);
    const ran = await billing.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      return (window as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    expect((await reported).text()).toContain('script-src');
    billing.pageErrors.splice(0);
  });
});
