import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './axe.js';
import { launchChromium } from './browser.js';
import { BillingPageModel, copyFor, normalizeSpaces } from './billing-page.model.js';
import type { Lang } from './billing-page.model.js';
import { readDemoAccount } from './database.js';
import { demoApi } from './demo-api.js';
import { assembleEmbedHosts } from './embed-host.js';
import { freshDatabasePath, startServer } from './server-process.js';
import type { RunningServer } from './server-process.js';

/** What the host page's listeners received (examples/embed-host/host.js). */
interface HostEvent {
  type: string;
  detail: Record<string, any>;
  bubbles?: boolean;
  composed?: boolean;
}
const hostEvents = (page: Page) =>
  page.evaluate(() => (window as unknown as { hostEvents: HostEvent[] }).hostEvents);

const languages: Lang[] = ['en', 'fr'];

describe('<tarif-billing-page> in a plain HTML page (one module script, no React in the host), dark theme', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let billing: BillingPageModel;
  const open = (lang: Lang) => billing.open({ lang, path: '/index.html', theme: 'dark' });

  beforeAll(async () => {
    server = await startServer(freshDatabasePath(), undefined, assembleEmbedHosts());
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

  /** The purchase the host heard of is the one the database kept. */
  async function expectPurchaseEvent() {
    const { ledger } = readDemoAccount(server.database);
    const events = await hostEvents(billing.page);
    expect(events.map((e) => e.type)).toEqual(['tarif:purchase']);
    expect(events[0]).toMatchObject({ bubbles: true, composed: true });
    expect(events[0]!.detail.result).toMatchObject({
      status: 'succeeded',
      mode: 'purchase',
      charged: { amount: ledger[0]!.amount, currency: ledger[0]!.currency },
    });
  }

  it.each(languages)(
    '[%s] raising the contact limit charges once and tells the host',
    async (lang) => {
      await open(lang);
      await billing.editContactLimit();
      await billing.slider.focus();
      await billing.slider.press('ArrowRight');
      await billing.continueToReview();
      await billing.review.waitForServerPreview();
      const shownDueToday = await billing.review.dueToday();
      await billing.review.confirm();
      expect(await billing.review.expectSuccess()).toContain(shownDueToday);
      const { ledger, subscription } = readDemoAccount(server.database);
      expect(ledger).toHaveLength(1);
      expect(billing.money({ amount: ledger[0]!.amount, currency: 'EUR' })).toBe(shownDueToday);
      expect(subscription.selection.contactLimit).toBe(15000);
      await expectPurchaseEvent();
    },
  );

  it.each(languages)('[%s] adding a seat charges once and tells the host', async (lang) => {
    await open(lang);
    await billing.editSeats();
    await billing.seats.increment();
    await billing.continueToReview();
    await billing.review.waitForServerPreview();
    await billing.review.confirm();
    await billing.review.expectSuccess();
    expect(readDemoAccount(server.database).subscription.selection.seats).toBe(4);
    await expectPurchaseEvent();
  });

  it.each(languages)(
    '[%s] upgrading from Plus to Pro charges once and tells the host',
    async (lang) => {
      await open(lang);
      await billing.tiers.choose('Pro');
      await billing.continueToReview();
      await billing.review.waitForServerPreview();
      await billing.review.confirm();
      await billing.review.expectSuccess();
      expect(readDemoAccount(server.database).subscription.selection.plan).toBe('pro');
      await expectPurchaseEvent();
    },
  );

  it.each(languages)(
    '[%s] a lower plan becomes a change request, and the host hears of it',
    async (lang) => {
      await open(lang);
      await billing.tiers.choose('Starter');
      await billing.tiers.requestDowngrade();
      const confirmation = await billing.requestChange({
        message: 'We only need one seat from next month.',
        contactEmail: 'camille@demo.example',
      });
      const { ledger, changeRequests } = readDemoAccount(server.database);
      expect(ledger).toEqual([]);
      expect(changeRequests).toHaveLength(1);
      expect(confirmation).toContain(changeRequests[0]!.id);
      const events = await hostEvents(billing.page);
      expect(events.map((e) => e.type)).toEqual(['tarif:change-request']);
      expect(events[0]).toMatchObject({ bubbles: true, composed: true });
      expect(events[0]!.detail.receipt).toMatchObject({ id: changeRequests[0]!.id });
      expect(events[0]!.detail.request).toMatchObject({
        message: 'We only need one seat from next month.',
        contactEmail: 'camille@demo.example',
      });
    },
  );

  it.each(languages)('[%s] adding the SMS add-on charges once and tells the host', async (lang) => {
    await open(lang);
    await billing.addOns.add(billing.addOnName('sms'));
    await billing.review.waitForServerPreview();
    await billing.review.confirm();
    await billing.review.expectSuccess();
    expect(readDemoAccount(server.database).subscription.selection.addOns).toEqual(['sms']);
    await expectPurchaseEvent();
  });

  it.each(languages)(
    '[%s] configuring the Marketing & Sales bundle charges once and tells the host',
    async (lang) => {
      await open(lang);
      await billing.configureBundle(billing.productName('marketing-sales'));
      await billing.tiers.choose('Pro');
      await billing.continueToReview();
      await billing.review.waitForServerPreview();
      await billing.review.confirm();
      await billing.review.expectSuccess();
      expect(readDemoAccount(server.database).subscription.selection).toMatchObject({
        product: 'marketing-sales',
        plan: 'pro',
      });
      await expectPurchaseEvent();
    },
  );

  it('[en] lowering the contact limit is scheduled and the host hears a scheduled purchase', async () => {
    const { subscription } = readDemoAccount(server.database);
    await demoApi(server.url, 'demo-admin').buy({ ...subscription.selection, contactLimit: 15000 });
    await open('en');
    await billing.editContactLimit();
    await billing.slider.focus();
    await billing.slider.press('ArrowLeft');
    await billing.continueToReview();
    await billing.review.waitForServerPreview();
    await billing.review.confirm();
    await billing.review.expectSuccess({ scheduled: true });
    const events = await hostEvents(billing.page);
    expect(events.map((e) => e.type)).toEqual(['tarif:purchase']);
    expect(events[0]!.detail.result).toMatchObject({ mode: 'scheduled', charged: { amount: 0 } });
  });

  it('switching the locale attribute mid-session keeps the draft in the open dialog', async () => {
    await open('en');
    await billing.editSeats();
    await billing.seats.increment();
    expect(await billing.seats.valueText()).toBe(billing.text('seats.valueText', { count: 4 }));
    await billing.page
      .locator('tarif-billing-page')
      .evaluate((el) => el.setAttribute('locale', 'fr'));
    const fr = copyFor('fr');
    const stepper = billing.page.getByRole('spinbutton', { name: fr.t('seats.label') });
    await stepper.waitFor();
    expect(normalizeSpaces((await stepper.getAttribute('aria-valuetext')) ?? '')).toBe(
      normalizeSpaces(fr.t('seats.valueText', { count: 4 })),
    );
    await billing.page.getByRole('dialog', { name: fr.t('ui.seats.title') }).waitFor();
    expect(await billing.page.locator('tarif-billing-page .tarif-embed').getAttribute('lang')).toBe(
      'fr',
    );
  });

  it('renders dark, inside the element, untouched by the plain page, with dialogs portalled into it', async () => {
    await open('en');
    const styles = await billing.page.locator('[data-slot="billing-page"]').evaluate((el) => {
      const style = getComputedStyle(el);
      return {
        colorScheme: style.colorScheme,
        textAlign: style.textAlign,
        inElement: el.closest('tarif-billing-page') !== null,
      };
    });
    expect(styles).toEqual({ colorScheme: 'dark', textAlign: 'start', inElement: true });
    await billing.editSeats();
    const dialog = billing.page.getByRole('dialog', { name: billing.t('ui.seats.title') });
    expect(await dialog.evaluate((el) => el.closest('tarif-billing-page') !== null)).toBe(true);
    expect(await dialog.evaluate((el) => getComputedStyle(el).colorScheme)).toBe('dark');
    expect(await axeViolations(billing.page)).toEqual([]);
  });

  it.each(languages)('[%s] axe finds no violation on the page', async (lang) => {
    await open(lang);
    expect(await axeViolations(billing.page)).toEqual([]);
  });

  it('adds a seat with the keyboard alone', async () => {
    await open('en');
    const page = billing.page;
    /** Tabs until `target` has focus (at most 60 stops), as a keyboard user would. */
    const tabTo = async (target: ReturnType<Page['locator']>) => {
      for (let stop = 0; stop < 60; stop++) {
        if (await target.evaluate((el) => el === document.activeElement)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error('never reached with Tab');
    };
    await tabTo(billing.editSeatsButton);
    await page.keyboard.press('Enter');
    const stepper = page.getByRole('spinbutton', { name: billing.t('seats.label') });
    await tabTo(stepper);
    await page.keyboard.press('ArrowUp');
    expect(await billing.seats.valueText()).toBe(billing.text('seats.valueText', { count: 4 }));
    await tabTo(page.getByRole('button', { name: billing.t('ui.billing.seats.submit') }));
    await page.keyboard.press('Enter');
    await billing.review.waitForServerPreview();
    const confirm = billing.review.confirmButton();
    await expect
      .poll(() => confirm.getAttribute('aria-disabled'), { timeout: 15_000 })
      .not.toBe('true');
    await tabTo(confirm);
    await page.keyboard.press('Enter');
    await billing.review.expectSuccess();
    expect(readDemoAccount(server.database).subscription.selection.seats).toBe(4);
  });

  it('a viewer the API refuses gets the error state, and the host a tarif:error', async () => {
    await billing.page.goto(`${server.url}/index.html?user=nobody`);
    await billing.page.locator('[data-slot="billing-page"][data-state="error"]').waitFor();
    await expect
      .poll(() => hostEvents(billing.page))
      .toContainEqual(
        expect.objectContaining({
          type: 'tarif:error',
          bubbles: true,
          composed: true,
          detail: expect.objectContaining({ operation: 'loadAccount' }),
        }),
      );
  });
});

describe('<tarif-billing-page> in a Vue 3 host (Vue from npm, no build tool)', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let billing: BillingPageModel;

  beforeAll(async () => {
    server = await startServer(freshDatabasePath(), undefined, assembleEmbedHosts());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    context = await browser.newContext();
    billing = new BillingPageModel(await context.newPage(), server.url);
  });
  afterEach(async () => {
    expect(billing.pageErrors).toEqual([]);
    await context.close();
  });

  it.each(languages)(
    '[%s] adding a seat charges once; the Vue app hears the purchase',
    async (lang) => {
      await server.reset();
      await billing.open({ lang, path: '/vue.html' });
      expect(await axeViolations(billing.page)).toEqual([]);
      await billing.editSeats();
      await billing.seats.increment();
      await billing.continueToReview();
      await billing.review.waitForServerPreview();
      const shownDueToday = await billing.review.dueToday();
      await billing.review.confirm();
      expect(await billing.review.expectSuccess()).toContain(shownDueToday);
      const { ledger, subscription } = readDemoAccount(server.database);
      expect(ledger).toHaveLength(1);
      expect(subscription.selection.seats).toBe(4);
      // By attribute: while the review is open, Radix hides the rest of the page from the tree.
      await billing.page.locator('[data-host-purchases="1"]').waitFor();
      const events = await hostEvents(billing.page);
      expect(events.map((e) => e.type)).toEqual(['tarif:purchase']);
      expect(events[0]!.detail.result).toMatchObject({ charged: { amount: ledger[0]!.amount } });
      expect(await axeViolations(billing.page)).toEqual([]);
    },
  );
});
