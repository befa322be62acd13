import { beforeEach, describe, expect, it } from 'vitest';
import { previewChange } from '@tarif/core';
import { previewWithTax } from '@tarif/core/commit';
import { demoBillingDetails, demoTaxRates } from '@tarif/core/demo';
import { billingPageSession } from './billing-page-session.js';
import { normalizeSpaces } from './billing-page.model.js';
import type { Lang } from './billing-page.model.js';
import {
  auditCharges,
  readCommittedPreview,
  readDemoAccount,
  readScheduledJson,
} from './database.js';
import { demoApi } from './demo-api.js';
import { freshDatabasePath, startServer } from './server-process.js';

const languages: Lang[] = ['en', 'fr'];

describe('given the demo account on Marketing Plus, monthly, 10 000 contacts (8 700 in use) and 3 seats (2 in use)', () => {
  const t = billingPageSession(() => startServer(freshDatabasePath()));

  it.each(languages)(
    '[%s] raising the contact limit charges exactly what the review showed as due today, once',
    async (lang) => {
      await t.billing.open({ lang });
      await t.billing.editContactLimit();
      await t.billing.slider.focus();
      await t.billing.slider.press('ArrowRight');
      expect(await t.billing.slider.valueText()).toBe(
        t.billing.text('ui.contactLimit.contacts', { count: 15000 }),
      );
      await t.billing.continueToReview();
      await t.billing.review.waitForServerPreview();
      const shownDueToday = await t.billing.review.dueToday();
      await t.billing.review.confirm();
      const success = await t.billing.review.expectSuccess();

      const { ledger, subscription, scheduled } = readDemoAccount(t.server.database);
      expect(ledger).toHaveLength(1);
      expect(t.billing.money({ amount: ledger[0]!.amount, currency: ledger[0]!.currency })).toBe(
        shownDueToday,
      );
      expect(t.billing.minorUnits(shownDueToday, 'EUR')).toBe(ledger[0]!.amount);
      expect(success).toContain(shownDueToday);
      expect(subscription.selection).toMatchObject({ plan: 'plus', contactLimit: 15000, seats: 3 });
      expect(scheduled).toBeNull();

      await t.billing.review.done();
      expect(await t.billing.contactLimitText()).toBe(
        t.billing.text('ui.contactLimit.contacts', { count: 15000 }),
      );
    },
  );

  it.each(languages)('[%s] adding a seat charges the prorated extra seat, once', async (lang) => {
    await t.billing.open({ lang });
    await t.billing.editSeats();
    await t.billing.seats.increment();
    expect(await t.billing.seats.valueText()).toBe(t.billing.text('seats.valueText', { count: 4 }));
    await t.billing.continueToReview();
    await t.billing.review.waitForServerPreview();
    const shownDueToday = await t.billing.review.dueToday();
    await t.billing.review.confirm();
    expect(await t.billing.review.expectSuccess()).toContain(shownDueToday);

    const { ledger, subscription } = readDemoAccount(t.server.database);
    expect(ledger).toHaveLength(1);
    expect(t.billing.money({ amount: ledger[0]!.amount, currency: ledger[0]!.currency })).toBe(
      shownDueToday,
    );
    expect(subscription.selection).toMatchObject({ plan: 'plus', contactLimit: 10000, seats: 4 });

    await t.billing.review.done();
    expect(await t.billing.seatsText()).toBe(t.billing.text('seats.valueText', { count: 4 }));
  });

  it.each(languages)(
    '[%s] upgrading from Plus to Pro mid-period charges the difference for the time left, once',
    async (lang) => {
      const before = readDemoAccount(t.server.database);
      await t.billing.open({ lang });
      await t.billing.tiers.choose('Pro');
      await t.billing.continueToReview();
      await t.billing.review.waitForServerPreview();
      const shownDueToday = await t.billing.review.dueToday();
      await t.billing.review.confirm();
      await t.billing.review.expectSuccess();

      const { ledger, subscription } = readDemoAccount(t.server.database);
      expect(ledger).toHaveLength(1);
      const charged = ledger[0]!;
      expect(t.billing.money({ amount: charged.amount, currency: charged.currency })).toBe(
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
        t.server.database,
        charged.idempotency_key,
      );
      const expected = previewChange({
        catalog: before.catalog,
        subscription: before.subscription,
        desired: selection,
        at: pricedAt,
      });
      // The demo account is a French business of a French seller: TVA 20 % on each prorated line.
      expect(charged.net_amount).toBe(expected.dueToday.amount);
      const taxed = previewWithTax(
        before.catalog,
        { subscription: before.subscription, scheduled: null },
        selection,
        new Date(pricedAt),
        { rates: demoTaxRates, billingDetails: demoBillingDetails.frenchBusiness },
      );
      expect(charged.amount).toBe(taxed.tax!.dueToday.amount);
      expect(charged.net_amount + charged.tax_amount).toBe(charged.amount);
      // By hand: Pro is 99 € and Plus 59 € a month at 10 000 contacts (Pro includes 5 seats, so the
      // 3 seats cost nothing extra): 40 € a month more, times the share of the period left, each side
      // rounded to the cent, so within a cent of 4000 × share.
      const start = Date.parse(before.subscription.periodStart);
      const end = Date.parse(before.subscription.periodEnd);
      const share = (end - Date.parse(pricedAt)) / (end - start);
      expect(Math.abs(charged.net_amount - 4000 * share)).toBeLessThanOrEqual(1);
    },
  );

  it.each(languages)(
    '[%s] configuring the Marketing & Sales bundle moves the account to it and charges once',
    async (lang) => {
      await t.billing.open({ lang });
      await t.billing.configureBundle(t.billing.productName('marketing-sales'));
      await t.billing.tiers.choose('Pro');
      await t.billing.slider.focus();
      await t.billing.slider.press('ArrowRight');
      expect(await t.billing.slider.valueText()).toBe(
        t.billing.text('ui.contactLimit.contacts', { count: 15000 }),
      );
      await t.billing.addOns.add(t.billing.addOnName('sms'));
      await t.billing.continueToReview();
      await t.billing.review.waitForServerPreview();
      const shownDueToday = await t.billing.review.dueToday();
      await t.billing.review.confirm();
      expect(await t.billing.review.expectSuccess()).toContain(shownDueToday);

      const { ledger, subscription } = readDemoAccount(t.server.database);
      expect(ledger).toHaveLength(1);
      expect(t.billing.money({ amount: ledger[0]!.amount, currency: ledger[0]!.currency })).toBe(
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

      await t.billing.review.done();
      expect(await t.billing.currentPlanText()).toBe(
        t.billing.text('ui.billing.summary.plan', {
          product: t.billing.productName('marketing-sales'),
          plan: 'Pro',
        }),
      );
    },
  );

  it.each(languages)(
    '[%s] adding the SMS add-on opens its review and charges it once',
    async (lang) => {
      await t.billing.open({ lang });
      await t.billing.addOns.add(t.billing.addOnName('sms'));
      await t.billing.review.waitForServerPreview();
      const shownDueToday = await t.billing.review.dueToday();
      await t.billing.review.confirm();
      expect(await t.billing.review.expectSuccess()).toContain(shownDueToday);

      const { ledger, subscription } = readDemoAccount(t.server.database);
      expect(ledger).toHaveLength(1);
      expect(t.billing.money({ amount: ledger[0]!.amount, currency: ledger[0]!.currency })).toBe(
        shownDueToday,
      );
      expect(subscription.selection.addOns).toEqual(['sms']);

      await t.billing.review.done();
      await t.billing.addOns.button(t.billing.addOnName('sms')).waitFor({ state: 'detached' });
    },
  );

  describe('given the contact limit was raised to 15 000 earlier this period', () => {
    beforeEach(async () => {
      const { subscription } = readDemoAccount(t.server.database);
      await demoApi(t.server.url, 'demo-admin').buy({
        ...subscription.selection,
        contactLimit: 15000,
      });
    });

    it.each(languages)(
      '[%s] lowering it back to 10 000 is scheduled for the renewal and charges nothing',
      async (lang) => {
        await t.billing.open({ lang });
        expect(await t.billing.contactLimitText()).toBe(
          t.billing.text('ui.contactLimit.contacts', { count: 15000 }),
        );
        await t.billing.editContactLimit();
        await t.billing.slider.focus();
        await t.billing.slider.press('ArrowLeft');
        expect(await t.billing.slider.valueText()).toBe(
          t.billing.text('ui.contactLimit.contacts', { count: 10000 }),
        );
        await t.billing.continueToReview();
        await t.billing.review.waitForServerPreview();
        await t.billing.review.scheduledNote().waitFor();
        await t.billing.review.confirm();
        await t.billing.review.expectSuccess({ scheduled: true });

        const { ledger, subscription, scheduled } = readDemoAccount(t.server.database);
        expect(ledger).toHaveLength(1); // the raise, and nothing since
        expect(subscription.selection.contactLimit).toBe(15000);
        expect(scheduled).toEqual({
          selection: { ...subscription.selection, contactLimit: 10000 },
          effectiveAt: subscription.periodEnd,
        });

        await t.billing.review.done();
        await t.billing.scheduledNotice.waitFor();
      },
    );

    it.each(languages)(
      '[%s] lowering seats after scheduling a lower contact limit keeps both decreases for the renewal',
      async (lang) => {
        const { subscription: raised } = readDemoAccount(t.server.database);
        await demoApi(t.server.url, 'demo-admin').buy({ ...raised.selection, contactLimit: 10000 });
        await t.billing.open({ lang });
        await t.billing.editSeats();
        await t.billing.seats.decrement();
        await t.billing.continueToReview();
        await t.billing.review.waitForServerPreview();
        await t.billing.review.scheduledNote().waitFor();
        await t.billing.review.confirm();
        await t.billing.review.expectSuccess({ scheduled: true });

        const { ledger, subscription, scheduled } = readDemoAccount(t.server.database);
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
      await t.billing.open({ lang });
      await t.billing.editSeats();
      await t.billing.seats.decrement();
      expect(await t.billing.seats.valueText()).toBe(
        t.billing.text('seats.valueText', { count: 2 }),
      );
      await t.billing.continueToReview();
      await t.billing.review.waitForServerPreview();
      await t.billing.review.scheduledNote().waitFor();
      await t.billing.review.confirm();
      await t.billing.review.expectSuccess({ scheduled: true });

      const { ledger, subscription, scheduled } = readDemoAccount(t.server.database);
      expect(ledger).toEqual([]);
      expect(subscription.selection.seats).toBe(3);
      expect(scheduled).toEqual({
        selection: { ...subscription.selection, seats: 2 },
        effectiveAt: subscription.periodEnd,
      });

      await t.billing.review.done();
      expect(await t.billing.seatsText()).toBe(t.billing.text('seats.valueText', { count: 3 }));
      await t.billing.scheduledNotice.waitFor();
    },
  );

  it.each(languages)(
    '[%s] one seat fewer, scheduled for the renewal, is cancelled from the page: nothing waits and nothing is charged',
    async (lang) => {
      await t.billing.open({ lang });
      await t.billing.editSeats();
      await t.billing.seats.decrement();
      await t.billing.continueToReview();
      await t.billing.review.waitForServerPreview();
      await t.billing.review.scheduledNote().waitFor();
      await t.billing.review.confirm();
      await t.billing.review.expectSuccess({ scheduled: true });
      await t.billing.review.done();

      const before = readDemoAccount(t.server.database);
      expect(before.scheduled).toEqual({
        selection: { ...before.subscription.selection, seats: 2 },
        effectiveAt: before.subscription.periodEnd,
      });
      expect(normalizeSpaces(await t.billing.scheduledNotice.innerText())).toContain(
        t.billing.text('ui.billing.summary.scheduled', {
          date: t.billing.date(before.scheduled!.effectiveAt),
        }),
      );

      const said = await t.billing.scheduledChange.cancel(before.scheduled!.effectiveAt);
      expect(said).toBe(
        t.billing.text('ui.billing.scheduled.cancelled', {
          date: t.billing.date(before.subscription.periodEnd),
        }),
      );

      // scheduled_json is NULL again; the subscription is untouched and no money moved.
      const after = readDemoAccount(t.server.database);
      expect(readScheduledJson(t.server.database)).toBeNull();
      expect(after.scheduled).toBeNull();
      expect(after.subscription).toEqual(before.subscription);
      expect(after.ledger).toEqual([]);
      expect((await auditCharges(t.server.database)).payments).toBe(0);
      expect(await t.billing.seatsText()).toBe(t.billing.text('seats.valueText', { count: 3 }));

      // The server's word, not the page's memory: after a reload nothing is scheduled.
      await t.billing.reload();
      expect(await t.billing.scheduledNotice.count()).toBe(0);
    },
  );

  it.each(languages)(
    '[%s] choosing a lower plan sends a change request that the database keeps, and charges nothing',
    async (lang) => {
      await t.billing.open({ lang });
      await t.billing.tiers.choose('Starter');
      await t.billing.tiers.requestDowngrade();
      const subject = await t.billing.changeRequest.subject().inputValue();
      expect(subject).toContain('Starter');
      const confirmation = await t.billing.requestChange({
        message: 'We only need one seat from next month.',
        contactEmail: 'camille@demo.example',
      });

      const { ledger, subscription, scheduled, changeRequests } = readDemoAccount(
        t.server.database,
      );
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
