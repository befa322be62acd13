'use client';
import { useMemo } from 'react';
import { BillingProvider, createHttpAdapter } from '@tarif/react';
import type { AccountSnapshot } from '@tarif/react';
import { BillingPage } from '@tarif/ui';
import { demoAuthorization } from '../../../lib/demo-session';
import { billingLocales, timeZone } from '../../../lib/locales';
import type { Locale } from '../../../lib/locales';

export interface BillingSectionProps {
  locale: Locale;
  /** The account as the server read it for this request; null when it could not, then the browser loads it. */
  initialAccount: AccountSnapshot | null;
}

/** The billing page in the browser: the provider starts ready, then talks to the route handler. */
export function BillingSection({ locale, initialAccount }: BillingSectionProps) {
  const adapter = useMemo(
    () => createHttpAdapter({ baseUrl: '/api/billing', headers: demoAuthorization }),
    [],
  );
  return (
    <BillingProvider
      adapter={adapter}
      locale={locale}
      locales={billingLocales}
      timeZone={timeZone}
      {...(initialAccount ? { initialAccount } : {})}
    >
      <BillingPage />
    </BillingProvider>
  );
}
