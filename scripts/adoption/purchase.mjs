// One purchase in Chromium on the adoption app, as a user does it: open the billing page, add a
// seat, review, confirm. Fails on any console error or page error, and checks the backend charged.
import { chromium } from 'playwright-core';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Buys one seat through the page at `appUrl`; answers the seats the backend then holds. */
export async function buyOneSeat(appUrl, apiUrl) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  const problems = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        problems.push(`console ${message.type()}: ${message.text()}`);
      }
    });
    page.setDefaultTimeout(30_000);
    await page.goto(appUrl);
    await page.getByRole('heading', { name: 'Billing & upgrade' }).waitFor();
    const before = await seats(apiUrl);
    await page.getByRole('button', { name: 'Edit user seats', exact: true }).click();
    await page.getByRole('button', { name: 'Add a seat', exact: true }).click();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    // The confirm button stays aria-disabled until the server's price has arrived.
    const confirm = page.getByRole('button', { name: 'Confirm purchase', exact: true });
    await page.locator('button[aria-disabled="false"]', { hasText: 'Confirm purchase' }).waitFor();
    await confirm.click();
    await page.getByRole('dialog', { name: 'Purchase confirmed' }).waitFor();
    const after = await seats(apiUrl);
    if (after !== before + 1) throw new Error(`seats went from ${before} to ${after}, not +1`);
    if (problems.length > 0) throw new Error(`the page reported:\n  ${problems.join('\n  ')}`);
    return after;
  } finally {
    await browser.close();
  }
}

/** The seats of the account the guide's backend loads, read as its primary admin (docs' `ada`). */
export async function seats(apiUrl) {
  const response = await fetch(`${apiUrl}/api/billing/account`, {
    headers: { Authorization: 'Bearer ada' },
  });
  if (!response.ok) throw new Error(`GET /api/billing/account: ${response.status}`);
  const account = await response.json();
  return account.subscription.selection.seats;
}
