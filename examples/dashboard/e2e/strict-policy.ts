import type { Page } from 'playwright-core';

/** The policy of a dashboard that allows nothing inline, as issue 20 gives it. */
export const strictPolicy = "default-src 'self'; script-src 'self'; style-src 'self'";

/**
 * Serves the host's pages (`.html`) with `policy` as their only Content-Security-Policy, in place of
 * the reference server's (which allows inline styles for the React dashboard's sake). The policy of
 * the document governs every script and style the page loads, so the pages are all it needs.
 */
export async function servePagesUnder(page: Page, policy: string): Promise<void> {
  await page.route(/\.html(\?|$)/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': policy },
    });
  });
}

/**
 * Collects what Chromium writes to the console when a policy refuses something ("Refused to apply
 * inline style because it violates the following Content Security Policy directive …").
 */
export function policyConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  return errors;
}
