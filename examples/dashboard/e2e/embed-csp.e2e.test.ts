import { describe, expect, it } from 'vitest';
import { billingPageSession } from './billing-page-session.js';
import { assembleEmbedHosts } from './embed-host.js';
import { freshDatabasePath, startServer } from './server-process.js';
import { policyConsoleErrors, servePagesUnder, strictPolicy } from './strict-policy.js';

// Many dashboards allow nothing inline: `style-src 'self'` refuses a `<style>` element added at run
// time and every `style="…"` attribute. The element must still render styled, and its dialogs lock
// the page's scrolling, without the policy refusing anything. The billing page model turns every
// `securitypolicyviolation` into a page error, which fails the test after it.
describe(`<tarif-billing-page> under "${strictPolicy}"`, () => {
  const t = billingPageSession(() =>
    startServer(freshDatabasePath(), undefined, assembleEmbedHosts()),
  );

  it('renders styled and opens its dialogs with no violation', async () => {
    const page = t.billing.page;
    await servePagesUnder(page, strictPolicy);
    const refused = policyConsoleErrors(page);
    await t.billing.open({ lang: 'en', path: '/index.html', theme: 'dark' });

    // The widgets' stylesheet is in force: the element paints its dark surface, the page's text
    // is left-aligned in the theme's font size, a button is one of ours.
    const painted = await page.locator('tarif-billing-page .tarif-embed').evaluate((el) => {
      const button = el.querySelector('.tarif-button');
      return {
        background: getComputedStyle(el).backgroundColor,
        buttonDisplay: button && getComputedStyle(button).display,
        buttonCursor: button && getComputedStyle(button).cursor,
      };
    });
    expect(painted).toEqual({
      background: 'rgb(14, 16, 20)',
      // inline-flex, or flex where its parent lays it out; a browser's button is inline-block.
      buttonDisplay: expect.stringMatching(/flex$/),
      buttonCursor: 'pointer',
    });

    // A dialog locks the page's scrolling (react-remove-scroll's stylesheet) and Radix's focus
    // guards are invisible (styles it sets through the CSSOM, which no policy governs).
    await t.billing.editSeats();
    const locked = await page.evaluate(() => ({
      bodyOverflow: getComputedStyle(document.body).overflow,
      guards: [...document.querySelectorAll('[data-radix-focus-guard]')].map(
        (guard) => `${getComputedStyle(guard).position} ${getComputedStyle(guard).opacity}`,
      ),
    }));
    expect(locked.bodyOverflow).toBe('hidden');
    expect(locked.guards.length).toBeGreaterThan(0);
    expect(new Set(locked.guards)).toEqual(new Set(['fixed 0']));
    await t.billing.seats.increment();
    await t.billing.continueToReview();
    await t.billing.review.waitForServerPreview();
    await t.billing.review.cancel();

    expect(refused).toEqual([]);
    expect(t.billing.pageErrors).toEqual([]);
  });

  it('is under the policy: a style element added at run time is refused and reported', async () => {
    const page = t.billing.page;
    await servePagesUnder(page, strictPolicy);
    await t.billing.open({ lang: 'en', path: '/index.html' });
    const applied = await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline-offset: 7px }';
      document.head.append(style);
      return getComputedStyle(document.body).outlineOffset === '7px';
    });
    expect(applied).toBe(false);
    await expect.poll(() => t.billing.pageErrors.length).toBeGreaterThan(0);
    expect(t.billing.pageErrors[0]).toContain('style-src');
    t.billing.pageErrors.splice(0);
  });
});
