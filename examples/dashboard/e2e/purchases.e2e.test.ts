import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { previewChange } from '@tarif/core';
import { launchChromium } from './browser.js';
import { BillingPageModel, normalizeSpaces } from './billing-page.model.js';
import type { Lang } from './billing-page.model.js';
import {
  auditCharges,
  readCommittedPreview,
  readDemoAccount,
  readScheduledJson,
} from './database.js';
import { demoApi } from './demo-api.js';
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

  it.each(languages)(
    '[%s] raising the contact limit charges exactly what the review showed as due today, once',
    async (lang) => {
      await billing.open({ lang });
      await billing.editContactLimit();
      await billing.slider.focus();
      await billing.slider.press('ArrowRight');
      expect(await billing.slider.valueText()).toBe(
        billing.text('ui.contactLimit.contacts', { count: 15000 }),
      );
      await billing.continueToReview();
      await billing.review.waitForServerPreview();
      const shownDueToday = await billing.review.dueToday();
      await billing.review.confirm();
      const success = await billing.review.expectSuccess();

      const { ledger, subscription, scheduled } = readDemoAccount(server.database);
      expect(ledger).toHaveLength(1);
      expect(billing.money({ amount: ledger[0]!.amount, currency: ledger[0]!.currency })).toBe(
        shownDueToday,
      );
      expect(billing.minorUnits(shownDueToday, 'EUR')).toBe(ledger[0]!.amount);
      expect(success).toContain(shownDueToday);
      expect(subscription.selection).toMatchObject({ plan: 'plus', contactLimit: 15000, seats: 3 });
      expect(scheduled).toBeNull();

      await billing.review.done();
      expect(await billing.contactLimitText()).toBe(
        billing.text('ui.contactLimit.contacts', { count: 15000 }),
      );
    },
  );

  it.each(languages)('[%s] adding a seat charges the prorated extra seat, once', async (lang) => {
    await billing.open({ lang });
    await billing.editSeats();
    await billing.seats.increment();
    expect(await billing.seats.valueText()).toBe(billing.text('seats.valueText', { count: 4 }));
    await billing.continueToReview();
    await billing.review.waitForServerPreview();
    const shownDueToday = await billing.review.dueToday();
    await billing.review.confirm();
    expect(await billing.review.expectSuccess()).toContain(shownDueToday);

    const { ledger, subscription } = readDemoAccount(server.database);
    expect(ledger).toHaveLength(1);
    expect(billing.money({ amount: ledger[0]!.amount, currency: ledger[0]!.currency })).toBe(
      shownDueToday,
    );
    expect(subscription.selection).toMatchObject({ plan: 'plus', contactLimit: 10000, seats: 4 });

    await billing.review.done();
    expect(await billing.seatsText()).toBe(billing.text('seats.valueText', { count: 4 }));
  });

  it.each(languages)(
    '[%s] upgrading from Plus to Pro mid-period charges the difference for the time left, once',
    async (lang) => {
      const before = readDemoAccount(server.database);
      await billing.open({ lang });
      await billing.tiers.choose('Pro');
      await billing.continueToReview();
      await billing.review.waitForServerPreview();
      const shownDueToday = await billing.review.dueToday();
      await billing.review.confirm();
      await billing.review.expectSuccess();

      const { ledger, subscription } = readDemoAccount(server.database);
      expect(ledger).toHaveLength(1);
      const charged = ledger[0]!;
      expect(billing.money({ amount: charged.amount, currency: charged.currency })).toBe(
        shownDueToday,
      );
      expect(subscription.selection).toMatchObject({
        product: 'marketing',
        plan: 'pro',
        contactLimit: 10000,
        seats: 3,
      });
      // The period does not move on an upgrade: only the remaining share of it is charged.
      expect([subscription.periodStart, subscription.periodEnd]).toEqual([
        before.subscription.periodStart,
        before.subscription.periodEnd,
      ]);

      // The engine, run here on the subscription as it was and at the instant the server priced the
      // review, must give the very amount charged.
      const { pricedAt, selection } = readCommittedPreview(
        server.database,
        charged.idempotency_key,
      );
      const expected = previewChange({
        catalog: before.catalog,
        subscription: before.subscription,
        desired: selection,
        at: pricedAt,
      });
      expect(charged.amount).toBe(expected.dueToday.amount);
      // By hand: Pro is 99 € and Plus 59 € a month at 10 000 contacts (Pro includes 5 seats, so the
      // 3 seats cost nothing extra): 40 € a month more, times the share of the period left, each side
      // rounded to the cent, so within a cent of 4000 × share.
      const start = Date.parse(before.subscription.periodStart);
      const end = Date.parse(before.subscription.periodEnd);
      const share = (end - Date.parse(pricedAt)) / (end - start);
      expect(Math.abs(charged.amount - 4000 * share)).toBeLessThanOrEqual(1);
    },
  );

  it.each(languages)(
    '[%s] configuring the Marketing & Sales bundle moves the account to it and charges once',
    async (lang) => {
      await billing.open({ lang });
      await billing.configureBundle(billing.productName('marketing-sales'));
      await billing.tiers.choose('Pro');
      await billing.slider.focus();
      await billing.slider.press('ArrowRight');
      expect(await billing.slider.valueText()).toBe(
        billing.text('ui.contactLimit.contacts', { count: 15000 }),
      );
      await billing.addOns.add(billing.addOnName('sms'));
      await billing.continueToReview();
      await billing.review.waitForServerPreview();
      const shownDueToday = await billing.review.dueToday();
      await billing.review.confirm();
      expect(await billing.review.expectSuccess()).toContain(shownDueToday);

      const { ledger, subscription } = readDemoAccount(server.database);
      expect(ledger).toHaveLength(1);
      expect(billing.money({ amount: ledger[0]!.amount, currency: ledger[0]!.currency })).toBe(
        shownDueToday,
      );
      expect(subscription.selection).toEqual({
        product: 'marketing-sales',
        plan: 'pro',
        interval: 'month',
        contactLimit: 15000,
        seats: 3,
        addOns: ['sms'],
      });

      await billing.review.done();
      expect(await billing.currentPlanText()).toBe(
        billing.text('ui.billing.summary.plan', {
          product: billing.productName('marketing-sales'),
          plan: 'Pro',
        }),
      );
    },
  );

  it.each(languages)(
    '[%s] adding the SMS add-on opens its review and charges it once',
    async (lang) => {
      await billing.open({ lang });
      await billing.addOns.add(billing.addOnName('sms'));
      await billing.review.waitForServerPreview();
      const shownDueToday = await billing.review.dueToday();
      await billing.review.confirm();
      expect(await billing.review.expectSuccess()).toContain(shownDueToday);

      const { ledger, subscription } = readDemoAccount(server.database);
      expect(ledger).toHaveLength(1);
      expect(billing.money({ amount: ledger[0]!.amount, currency: ledger[0]!.currency })).toBe(
        shownDueToday,
      );
      expect(subscription.selection.addOns).toEqual(['sms']);

      await billing.review.done();
      await billing.addOns.button(billing.addOnName('sms')).waitFor({ state: 'detached' });
    },
  );

  describe('given the contact limit was raised to 15 000 earlier this period', () => {
    beforeEach(async () => {
      const { subscription } = readDemoAccount(server.database);
      await demoApi(server.url, 'demo-admin').buy({
        ...subscription.selection,
        contactLimit: 15000,
      });
    });

    it.each(languages)(
      '[%s] lowering it back to 10 000 is scheduled for the renewal and charges nothing',
      async (lang) => {
        await billing.open({ lang });
        expect(await billing.contactLimitText()).toBe(
          billing.text('ui.contactLimit.contacts', { count: 15000 }),
        );
        await billing.editContactLimit();
        await billing.slider.focus();
        await billing.slider.press('ArrowLeft');
        expect(await billing.slider.valueText()).toBe(
          billing.text('ui.contactLimit.contacts', { count: 10000 }),
        );
        await billing.continueToReview();
        await billing.review.waitForServerPreview();
        await billing.review.scheduledNote().waitFor();
        await billing.review.confirm();
        await billing.review.expectSuccess({ scheduled: true });

        const { ledger, subscription, scheduled } = readDemoAccount(server.database);
        expect(ledger).toHaveLength(1); // the raise, and nothing since
        expect(subscription.selection.contactLimit).toBe(15000);
        expect(scheduled).toEqual({
          selection: { ...subscription.selection, contactLimit: 10000 },
          effectiveAt: subscription.periodEnd,
        });

        await billing.review.done();
        await billing.scheduledNotice.waitFor();
      },
    );

    it.each(languages)(
      '[%s] lowering seats after scheduling a lower contact limit keeps both decreases for the renewal',
      async (lang) => {
        const { subscription: raised } = readDemoAccount(server.database);
        await demoApi(server.url, 'demo-admin').buy({ ...raised.selection, contactLimit: 10000 });
        await billing.open({ lang });
        await billing.editSeats();
        await billing.seats.decrement();
        await billing.continueToReview();
        await billing.review.waitForServerPreview();
        await billing.review.scheduledNote().waitFor();
        await billing.review.confirm();
        await billing.review.expectSuccess({ scheduled: true });

        const { ledger, subscription, scheduled } = readDemoAccount(server.database);
        expect(ledger).toHaveLength(1); // the raise, and nothing since
        expect(subscription.selection).toMatchObject({ contactLimit: 15000, seats: 3 });
        expect(scheduled).toEqual({
          selection: { ...subscription.selection, contactLimit: 10000, seats: 2 },
          effectiveAt: subscription.periodEnd,
        });
      },
    );
  });

  it.each(languages)(
    '[%s] removing an unused seat is scheduled for the renewal and charges nothing',
    async (lang) => {
      await billing.open({ lang });
      await billing.editSeats();
      await billing.seats.decrement();
      expect(await billing.seats.valueText()).toBe(billing.text('seats.valueText', { count: 2 }));
      await billing.continueToReview();
      await billing.review.waitForServerPreview();
      await billing.review.scheduledNote().waitFor();
      await billing.review.confirm();
      await billing.review.expectSuccess({ scheduled: true });

      const { ledger, subscription, scheduled } = readDemoAccount(server.database);
      expect(ledger).toEqual([]);
      expect(subscription.selection.seats).toBe(3);
      expect(scheduled).toEqual({
        selection: { ...subscription.selection, seats: 2 },
        effectiveAt: subscription.periodEnd,
      });

      await billing.review.done();
      expect(await billing.seatsText()).toBe(billing.text('seats.valueText', { count: 3 }));
      await billing.scheduledNotice.waitFor();
    },
  );

  it.each(languages)(
    '[%s] one seat fewer, scheduled for the renewal, is cancelled from the page: nothing waits and nothing is charged',
    async (lang) => {
      await billing.open({ lang });
      await billing.editSeats();
      await billing.seats.decrement();
      await billing.continueToReview();
      await billing.review.waitForServerPreview();
      await billing.review.scheduledNote().waitFor();
      await billing.review.confirm();
      await billing.review.expectSuccess({ scheduled: true });
      await billing.review.done();

      const before = readDemoAccount(server.database);
      expect(before.scheduled).toEqual({
        selection: { ...before.subscription.selection, seats: 2 },
        effectiveAt: before.subscription.periodEnd,
      });
      expect(normalizeSpaces(await billing.scheduledNotice.innerText())).toContain(
        billing.text('ui.billing.summary.scheduled', {
          date: billing.date(before.scheduled!.effectiveAt),
        }),
      );

      const said = await billing.scheduledChange.cancel(before.scheduled!.effectiveAt);
      expect(said).toBe(
        billing.text('ui.billing.scheduled.cancelled', {
          date: billing.date(before.subscription.periodEnd),
        }),
      );

      // scheduled_json is NULL again; the subscription is untouched and no money moved.
      const after = readDemoAccount(server.database);
      expect(readScheduledJson(server.database)).toBeNull();
      expect(after.scheduled).toBeNull();
      expect(after.subscription).toEqual(before.subscription);
      expect(after.ledger).toEqual([]);
      expect((await auditCharges(server.database)).payments).toBe(0);
      expect(await billing.seatsText()).toBe(billing.text('seats.valueText', { count: 3 }));

      // The server's word, not the page's memory: after a reload nothing is scheduled.
      await billing.reload();
      expect(await billing.scheduledNotice.count()).toBe(0);
    },
  );

  it.each(languages)(
    '[%s] choosing a lower plan sends a change request that the database keeps, and charges nothing',
    async (lang) => {
      await billing.open({ lang });
      await billing.tiers.choose('Starter');
      await billing.tiers.requestDowngrade();
      const subject = await billing.changeRequest.subject().inputValue();
      expect(subject).toContain('Starter');
      const confirmation = await billing.requestChange({
        message: 'We only need one seat from next month.',
        contactEmail: 'camille@demo.example',
      });

      const { ledger, subscription, scheduled, changeRequests } = readDemoAccount(server.database);
      expect(changeRequests).toEqual([
        {
          id: expect.stringMatching(/^cr_/),
          user_id: 'usr_demo_admin',
          subject,
          message: 'We only need one seat from next month.',
          contact_email: 'camille@demo.example',
          selection: expect.objectContaining({ product: 'marketing', plan: 'starter' }),
        },
      ]);
      expect(confirmation).toContain(changeRequests[0]!.id);
      expect(ledger).toEqual([]);
      expect(subscription.selection.plan).toBe('plus');
      expect(scheduled).toBeNull();
    },
  );
});
