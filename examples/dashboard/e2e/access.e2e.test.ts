import { describe, expect, it } from 'vitest';
import { billingPageSession } from './billing-page-session.js';
import { dashboardMessages } from '../src/dashboard-messages.js';
import type { Lang } from './billing-page.model.js';
import { readDemoAccount } from './database.js';
import { demoApi } from './demo-api.js';
import { freshDatabasePath, startServer } from './server-process.js';

const languages: Lang[] = ['en', 'fr'];

describe('given Noah, a member of the demo account who is not its primary admin (Camille)', () => {
  const t = billingPageSession(() => startServer(freshDatabasePath()));

  it.each(languages)(
    '[%s] the billing page shows everything but lets Noah change nothing, and says who can',
    async (lang) => {
      await t.billing.open({ lang, user: 'member' });

      await t.billing.readOnlyNotice('Camille Martin').waitFor();
      expect(await t.billing.readOnlyNotice('Camille Martin').count()).toBe(1);
      expect(await t.billing.contactLimitText()).toBe(
        t.billing.text('ui.contactLimit.contacts', { count: 10000 }),
      );
      expect(await t.billing.editContactLimitButton.isDisabled()).toBe(true);
      expect(await t.billing.editSeatsButton.isDisabled()).toBe(true);
      expect(await t.billing.addOns.button(t.billing.addOnName('sms')).isDisabled()).toBe(true);
      expect(await t.billing.tiers.group().getAttribute('aria-disabled')).toBe('true');
      const bundle = t.billing.page.getByRole('button', {
        name: t.billing.t('ui.billing.bundle.configure', {
          bundle: t.billing.productName('marketing-sales'),
        }),
      });
      expect(await bundle.isDisabled()).toBe(true);

      // Clicking a tier does nothing either: the plan stays Plus and no review opens.
      await t.billing.tiers
        .group()
        .getByRole('radio', { name: 'Pro', exact: true })
        .click({ force: true });
      expect(
        await t.billing.tiers
          .group()
          .getByRole('radio', { name: 'Plus', exact: true })
          .getAttribute('aria-checked'),
      ).toBe('true');
      expect(await t.billing.review.dialog().count()).toBe(0);
    },
  );

  it.each(languages)(
    '[%s] the dashboard around the page speaks the page’s language, tab title included',
    async (lang) => {
      await t.billing.open({ lang, user: 'member' });
      const text = dashboardMessages[lang];
      expect(await t.billing.page.title()).toBe(text.documentTitle);
      expect(await t.billing.page.getByLabel(text.user).count()).toBe(1);
      if (lang === 'fr') {
        expect(await t.billing.page.title()).toBe('Acme Mail · Facturation');
        // A noun, true whoever is signed in (« Connecté » would not agree with Camille).
        expect(text.user).toBe('Connexion en tant que');
      }
    },
  );

  it('calling the API directly with Noah’s token is refused with 403 for anything billable', async () => {
    const api = demoApi(t.server.url, 'demo-member');
    const account = await api.call('GET', '/account');
    expect(account.status).toBe(200);
    const { subscription, viewer } = await account.json();
    expect(viewer).toMatchObject({ canManageBilling: false, reason: 'not-primary-admin' });

    // Looking at a price is allowed (it changes nothing); buying it is not.
    const preview = await api.call('POST', '/previews', {
      selection: { ...subscription.selection, contactLimit: 15000 },
    });
    expect(preview.status).toBe(200);
    const { id } = await preview.json();
    const commit = await api.call(
      'POST',
      '/commits',
      { previewId: id },
      { 'idempotency-key': 'member-tries-to-buy' },
    );
    expect(commit.status).toBe(403);
    expect((await commit.json()).error.code).toBe('forbidden');
    const request = await api.call('POST', '/change-requests', {
      subject: 'Downgrade',
      message: 'Please move us to Starter.',
      contactEmail: 'noah@demo.example',
    });
    expect(request.status).toBe(403);

    const { ledger, subscription: after, changeRequests } = readDemoAccount(t.server.database);
    expect(ledger).toEqual([]);
    expect(changeRequests).toEqual([]);
    expect(after).toEqual(subscription);
  });
});
