import {
  createDemoSubscription,
  demoBillingDetails,
  demoCatalogEUR,
  demoCatalogUSD,
} from '@tarif/core/demo';
import { validateCatalog } from '@tarif/core';
import type { BillingStore } from '../store/store-types.js';
import { demoAccounts, demoUsers } from './demo-users.js';

export interface SeedDemoOptions {
  /** The demo subscriptions' periods are placed around this instant. */
  readonly now: Date;
}

/**
 * Creates the demo accounts, their users, and a subscription on each: 'acct_demo' on the EUR demo
 * catalog (users demo-admin and demo-member), a French business (TVA with a French seller's
 * table), 'acct_other' on the USD one (demo-other-admin), a US company (no VAT), and 'acct_de'
 * on the EUR one (demo-de-admin), a German business with a German VAT number (reverse charge).
 * Creates only what is missing, so every start can call it: purchases made since are kept.
 */
export async function seedDemo(store: BillingStore, { now }: SeedDemoOptions): Promise<void> {
  const catalogs = {
    acct_demo: validateCatalog(demoCatalogEUR),
    acct_other: validateCatalog(demoCatalogUSD),
    acct_de: validateCatalog(demoCatalogEUR),
  };
  const billing = {
    acct_demo: demoBillingDetails.frenchBusiness,
    acct_other: demoBillingDetails.usCompany,
    acct_de: demoBillingDetails.germanBusiness,
  };
  for (const [accountId, account] of Object.entries(demoAccounts)) {
    const catalog = catalogs[accountId as keyof typeof catalogs];
    // Both keep what is live: an existing account's credit and catalog, its subscription.
    await store.upsertAccount({
      id: accountId,
      name: account.name,
      primaryAdminUserId: account.primaryAdminUserId,
      catalog,
      balance: { amount: 0, currency: catalog.currency },
      billingDetails: billing[accountId as keyof typeof billing],
    });
    await store.ensureSubscription(accountId, {
      subscription: createDemoSubscription(now),
      scheduled: null,
    });
  }
  for (const user of Object.values(demoUsers)) {
    await store.putUser({
      id: user.userId,
      accountId: user.accountId,
      name: user.name,
      email: user.email,
    });
  }
}
