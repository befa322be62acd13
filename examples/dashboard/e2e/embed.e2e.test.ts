import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.js';
import { billingPageSession } from './billing-page-session.js';
import { copyFor, normalizeSpaces } from './billing-page.model.js';
import type { Lang } from './billing-page.model.js';
import { readDemoAccount } from './database.js';
import { demoApi } from './demo-api.js';
import { assembleEmbedHosts } from './embed-host.js';
import { freshDatabasePath, startServer } from './server-process.js';

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
  const open = (lang: Lang) => t.billing.open({ lang, path: '/index.html', theme: 'dark' });

  const t = billingPageSession(() =>
    startServer(freshDatabasePath(), undefined, assembleEmbedHosts()),
  );

  /** The purchase the host heard of is the one the database kept. */
  async function expectPurchaseEvent() {
    const { ledger } = readDemoAccount(t.server.database);
    const events = await hostEvents(t.billing.page);
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
      await t.billing.editContactLimit();
      await t.billing.slider.focus();
      await t.billing.slider.press('ArrowRight');
      await t.billing.continueToReview();
      await t.billing.review.waitForServerPreview();
      const shownDueToday = await t.billing.review.dueToday();
      await t.billing.review.confirm();
      expect(await t.billing.review.expectSuccess()).toContain(shownDueToday);
      const { ledger, subscription } = readDemoAccount(t.server.database);
      expect(ledger).toHaveLength(1);
      expect(t.billing.money({ amount: ledger[0]!.amount, currency: 'EUR' })).toBe(shownDueToday);
      expect(subscription.selection.contactLimit).toBe(15000);
      await expectPurchaseEvent();
    },
  );

  it.each(languages)('[%s] adding a seat charges once and tells the host', async (lang) => {
    await open(lang);
    await t.billing.editSeats();
    await t.billing.seats.increment();
    await t.billing.continueToReview();
    await t.billing.review.waitForServerPreview();
    await t.billing.review.confirm();
    await t.billing.review.expectSuccess();
    expect(readDemoAccount(t.server.database).subscription.selection.seats).toBe(4);
    await expectPurchaseEvent();
  });

  it.each(languages)(
    '[%s] upgrading from Plus to Pro charges once and tells the host',
    async (lang) => {
      await open(lang);
      await t.billing.tiers.choose('Pro');
      await t.billing.continueToReview();
      await t.billing.review.waitForServerPreview();
      await t.billing.review.confirm();
      await t.billing.review.expectSuccess();
      expect(readDemoAccount(t.server.database).subscription.selection.plan).toBe('pro');
      await expectPurchaseEvent();
    },
  );

  it.each(languages)(
    '[%s] a lower plan becomes a change request, and the host hears of it',
    async (lang) => {
      await open(lang);
      await t.billing.tiers.choose('Starter');
      await t.billing.tiers.requestDowngrade();
      const confirmation = await t.billing.requestChange({
        message: 'We only need one seat from next month.',
        contactEmail: 'camille@demo.example',
      });
      const { ledger, changeRequests } = readDemoAccount(t.server.database);
      expect(ledger).toEqual([]);
      expect(changeRequests).toHaveLength(1);
      expect(confirmation).toContain(changeRequests[0]!.id);
      const events = await hostEvents(t.billing.page);
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
    await t.billing.addOns.add(t.billing.addOnName('sms'));
    await t.billing.review.waitForServerPreview();
    await t.billing.review.confirm();
    await t.billing.review.expectSuccess();
    expect(readDemoAccount(t.server.database).subscription.selection.addOns).toEqual(['sms']);
    await expectPurchaseEvent();
  });

  it.each(languages)(
    '[%s] configuring the Marketing & Sales bundle charges once and tells the host',
    async (lang) => {
      await open(lang);
      await t.billing.configureBundle(t.billing.productName('marketing-sales'));
      await t.billing.tiers.choose('Pro');
      await t.billing.continueToReview();
      await t.billing.review.waitForServerPreview();
      await t.billing.review.confirm();
      await t.billing.review.expectSuccess();
      expect(readDemoAccount(t.server.database).subscription.selection).toMatchObject({
        product: 'marketing-sales',
        plan: 'pro',
      });
      await expectPurchaseEvent();
    },
  );

  it('[en] lowering the contact limit is scheduled and the host hears a scheduled purchase', async () => {
    const { subscription } = readDemoAccount(t.server.database);
    await demoApi(t.server.url, 'demo-admin').buy({
      ...subscription.selection,
      contactLimit: 15000,
    });
    await open('en');
    await t.billing.editContactLimit();
    await t.billing.slider.focus();
    await t.billing.slider.press('ArrowLeft');
    await t.billing.continueToReview();
    await t.billing.review.waitForServerPreview();
    await t.billing.review.confirm();
    await t.billing.review.expectSuccess({ scheduled: true });
    const events = await hostEvents(t.billing.page);
    expect(events.map((e) => e.type)).toEqual(['tarif:purchase']);
    expect(events[0]!.detail.result).toMatchObject({ mode: 'scheduled', charged: { amount: 0 } });
  });

  it('switching the locale attribute mid-session keeps the draft in the open dialog', async () => {
    await open('en');
    await t.billing.editSeats();
    await t.billing.seats.increment();
    expect(await t.billing.seats.valueText()).toBe(t.billing.text('seats.valueText', { count: 4 }));
    await t.billing.page
      .locator('tarif-billing-page')
      .evaluate((el) => el.setAttribute('locale', 'fr'));
    const fr = copyFor('fr');
    const stepper = t.billing.page.getByRole('spinbutton', { name: fr.t('seats.label') });
    await stepper.waitFor();
    expect(normalizeSpaces((await stepper.getAttribute('aria-valuetext')) ?? '')).toBe(
      normalizeSpaces(fr.t('seats.valueText', { count: 4 })),
    );
    await t.billing.page.getByRole('dialog', { name: fr.t('ui.seats.title') }).waitFor();
    expect(
      await t.billing.page.locator('tarif-billing-page .tarif-embed').getAttribute('lang'),
    ).toBe('fr');
  });

  it('renders dark, inside the element, untouched by the plain page, with dialogs portalled into it', async () => {
    await open('en');
    const styles = await t.billing.page.locator('[data-slot="billing-page"]').evaluate((el) => {
      const style = getComputedStyle(el);
      return {
        colorScheme: style.colorScheme,
        textAlign: style.textAlign,
        inElement: el.closest('tarif-billing-page') !== null,
      };
    });
    expect(styles).toEqual({ colorScheme: 'dark', textAlign: 'start', inElement: true });
    await t.billing.editSeats();
    const dialog = t.billing.page.getByRole('dialog', { name: t.billing.t('ui.seats.title') });
    expect(await dialog.evaluate((el) => el.closest('tarif-billing-page') !== null)).toBe(true);
    expect(await dialog.evaluate((el) => getComputedStyle(el).colorScheme)).toBe('dark');
    expect(await axeViolations(t.billing.page)).toEqual([]);
  });

  it.each(languages)('[%s] axe finds no violation on the page', async (lang) => {
    await open(lang);
    expect(await axeViolations(t.billing.page)).toEqual([]);
  });

  it('adds a seat with the keyboard alone', async () => {
    await open('en');
    const page = t.billing.page;
    /** Tabs until `target` has focus (at most 60 stops), as a keyboard user would. */
    const tabTo = async (target: ReturnType<Page['locator']>) => {
      for (let stop = 0; stop < 60; stop++) {
        if (await target.evaluate((el) => el === document.activeElement)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error('never reached with Tab');
    };
    await tabTo(t.billing.editSeatsButton);
    await page.keyboard.press('Enter');
    const stepper = page.getByRole('spinbutton', { name: t.billing.t('seats.label') });
    await tabTo(stepper);
    await page.keyboard.press('ArrowUp');
    expect(await t.billing.seats.valueText()).toBe(t.billing.text('seats.valueText', { count: 4 }));
    await tabTo(page.getByRole('button', { name: t.billing.t('ui.billing.seats.submit') }));
    await page.keyboard.press('Enter');
    await t.billing.review.waitForServerPreview();
    const confirm = t.billing.review.confirmButton();
    await expect
      .poll(() => confirm.getAttribute('aria-disabled'), { timeout: 15_000 })
      .not.toBe('true');
    await tabTo(confirm);
    await page.keyboard.press('Enter');
    await t.billing.review.expectSuccess();
    expect(readDemoAccount(t.server.database).subscription.selection.seats).toBe(4);
  });

  it('keeps keyboard focus inside an open dialog, and Escape gives it back to the opener', async () => {
    await open('en');
    const page = t.billing.page;
    await t.billing.editSeatsButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: t.billing.t('ui.seats.title') });
    await dialog.waitFor();
    const focusInDialog = () =>
      dialog.evaluate((el) => el.contains(document.activeElement) && document.activeElement !== el);
    // More stops than the dialog has controls, both ways round: focus wraps, never leaves.
    const stops: boolean[] = [];
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let stop = 0; stop < 8; stop++) {
        await page.keyboard.press(key);
        stops.push(await focusInDialog());
      }
    }
    expect(stops).toEqual(stops.map(() => true));
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(
      await t.billing.editSeatsButton.evaluate((button) => button === document.activeElement),
    ).toBe(true);
  });

  it('a viewer the API refuses gets the error state, and the host a tarif:error', async () => {
    await t.billing.page.goto(`${t.server.url}/index.html?user=nobody`);
    await t.billing.page.locator('[data-slot="billing-page"][data-state="error"]').waitFor();
    await expect
      .poll(() => hostEvents(t.billing.page))
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
  const t = billingPageSession(
    () => startServer(freshDatabasePath(), undefined, assembleEmbedHosts()),
    { reset: false },
  );

  it.each(languages)(
    '[%s] adding a seat charges once; the Vue app hears the purchase',
    async (lang) => {
      await t.server.reset();
      await t.billing.open({ lang, path: '/vue.html' });
      expect(await axeViolations(t.billing.page)).toEqual([]);
      await t.billing.editSeats();
      await t.billing.seats.increment();
      await t.billing.continueToReview();
      await t.billing.review.waitForServerPreview();
      const shownDueToday = await t.billing.review.dueToday();
      await t.billing.review.confirm();
      expect(await t.billing.review.expectSuccess()).toContain(shownDueToday);
      const { ledger, subscription } = readDemoAccount(t.server.database);
      expect(ledger).toHaveLength(1);
      expect(subscription.selection.seats).toBe(4);
      // By attribute: while the review is open, Radix hides the rest of the page from the tree.
      await t.billing.page.locator('[data-host-purchases="1"]').waitFor();
      const events = await hostEvents(t.billing.page);
      expect(events.map((e) => e.type)).toEqual(['tarif:purchase']);
      expect(events[0]!.detail.result).toMatchObject({ charged: { amount: ledger[0]!.amount } });
      expect(await axeViolations(t.billing.page)).toEqual([]);
    },
  );
});
