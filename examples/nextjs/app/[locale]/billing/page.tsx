import { notFound } from 'next/navigation';
import { loadAccountOnServer } from '../../../lib/billing-backend';
import { isLocale } from '../../../lib/locales';
import { BillingSection } from './billing-section';

// The account is read per request: a purchase must show on the next load, never a cached page.
export const dynamic = 'force-dynamic';

/**
 * A server component: it reads the account before any HTML is sent, so the first paint already
 * shows the subscription and its prices in the route's language. The browser then hydrates the
 * same state and talks to the route handler from there on.
 */
export default async function BillingRoute({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const account = await loadAccountOnServer().catch((error: unknown) => {
    // The page still renders: the provider loads in the browser and, if that fails too, shows its
    // own error with a retry, in the viewer's language, rather than Next.js's error page.
    console.error('[billing] the account could not be read for the first render', error);
    return null;
  });
  return <BillingSection locale={locale} initialAccount={account} />;
}
