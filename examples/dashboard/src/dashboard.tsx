import { useEffect, useMemo, useState } from 'react';
import { BillingProvider, createHttpAdapter } from '@tarif/react';
import type { BrowserPayments } from '@tarif/react';
import { loadStripeBrowserPayments } from '@tarif/stripe/browser';
import type { StripeBrowserPayments } from '@tarif/stripe/browser';
import { BillingPage } from '@tarif/ui';
// English is built in; French is the one other language this host ships.
import { fr } from '@tarif/ui/locales/fr';
import { dashboardMessages, type DashboardLocale } from './dashboard-messages.js';

// Demo bearer tokens that the reference server accepts (packages/server/src/demo/demo-users.ts).
const users = { admin: 'demo-admin', member: 'demo-member', german: 'demo-de-admin' } as const;
type User = keyof typeof users;
const locales = ['en', 'fr'] as const satisfies readonly DashboardLocale[];
const userIds = ['admin', 'member', 'german'] as const satisfies readonly User[];
const shippedLocales = [fr];

function readChoice<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  const value = new URLSearchParams(window.location.search).get(key);
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function writeChoice(key: string, value: string) {
  const url = new URL(window.location.href);
  url.searchParams.set(key, value);
  window.history.replaceState(null, '', url);
}

// The demo's Stripe account is the loopback fake (`TARIF_PAYMENTS=stripe-fake`), so this key is
// made up; a host passes its own publishable key. Stripe.js is only loaded the first time a
// payment needs the customer's bank (3-D Secure), never with the demo's own payments.
const publishableKey = 'pk_test_tarif_demo';
let stripePayments: Promise<StripeBrowserPayments> | null = null;
const browserPayments: BrowserPayments = {
  async handleNextAction(action) {
    stripePayments ??= loadStripeBrowserPayments(publishableKey).catch((error: unknown) => {
      stripePayments = null;
      throw error;
    });
    return (await stripePayments).handleNextAction(action);
  },
};

/** A host app's settings screen with the billing page embedded. Locale and user live in the URL. */
export function Dashboard() {
  const [locale, setLocale] = useState<DashboardLocale>(() => readChoice('lang', locales, 'en'));
  const [user, setUser] = useState<User>(() => readChoice('user', userIds, 'admin'));
  const text = dashboardMessages[locale];
  const adapter = useMemo(
    () =>
      createHttpAdapter({
        baseUrl: '/api/billing',
        headers: { Authorization: `Bearer ${users[user]}` },
        browserPayments,
      }),
    [user],
  );

  // The whole document speaks the chosen language, so screen readers and hyphenation follow, and
  // the tab's title says it too.
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = dashboardMessages[locale].documentTitle;
  }, [locale]);

  return (
    <div className="dashboard">
      <header className="dashboard-header">
        <p className="dashboard-title">
          <span className="dashboard-brand">{text.product}</span>
          <span className="dashboard-section">{text.settings}</span>
        </p>
        <div className="dashboard-controls">
          <label className="dashboard-control">
            <span>{text.language}</span>
            <select
              value={locale}
              onChange={(event) => {
                const next = event.target.value as DashboardLocale;
                setLocale(next);
                writeChoice('lang', next);
              }}
            >
              <option value="en" lang="en">
                English
              </option>
              <option value="fr" lang="fr">
                Français
              </option>
            </select>
          </label>
          <label className="dashboard-control">
            <span>{text.user}</span>
            <select
              value={user}
              onChange={(event) => {
                const next = event.target.value as User;
                setUser(next);
                writeChoice('user', next);
              }}
            >
              <option value="admin">{text.admin}</option>
              <option value="member">{text.member}</option>
              <option value="german">{text.german}</option>
            </select>
          </label>
        </div>
      </header>
      <main className="dashboard-main">
        {/* A new user is a new session: remount so no draft leaks from one viewer to the other. */}
        <BillingProvider
          key={user}
          adapter={adapter}
          locale={locale}
          locales={shippedLocales}
          timeZone="Europe/Paris"
        >
          <BillingPage />
        </BillingProvider>
      </main>
    </div>
  );
}
