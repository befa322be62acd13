import { describe, expect, it } from 'vitest';
import { billingPageSession } from './billing-page-session.js';
import { cspViolation } from './billing-page.model.js';
import { freshDatabasePath, startServer } from './server-process.js';

describe('the built dashboard under its Content-Security-Policy', () => {
  const t = billingPageSession(() => startServer(freshDatabasePath()));

  it('serves the page, its assets and the API with their security headers', async () => {
    const page = await fetch(`${t.server.url}/`);
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).toMatch(/frame-ancestors 'self'$/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await page.text())?.[1];
    const asset = await fetch(`${t.server.url}${script}`);
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
    const api = await fetch(`${t.server.url}/api/billing/account`);
    expect(api.status).toBe(401);
    expect(api.headers.get('www-authenticate')).toBe('Bearer realm="tarif"');
    expect(api.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  });

  it('runs the app and its review dialog without a single violation, and blocks inline script', async () => {
    await t.billing.open({ lang: 'en' });
    await t.billing.tiers.choose('Pro');
    await t.billing.continueToReview();
    await t.billing.review.waitForServerPreview();
    await t.billing.review.cancel();
    expect(t.billing.pageErrors).toEqual([]);

    // The policy is in force, and a violation would be seen: an injected inline script is refused.
    const reported = t.billing.page.waitForEvent('console', (message) =>
      message.text().startsWith(cspViolation),
    );
    // Settled by the close of the context if an expectation below fails first.
    reported.catch(() => undefined);
    const ran = await t.billing.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      return (window as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    expect((await reported).text()).toContain('script-src');
    t.billing.pageErrors.splice(0);
  });
});
