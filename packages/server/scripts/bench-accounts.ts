// The accounts the server benchmarks load and the changes they buy, shared by load-instances.ts
// (over HTTP, several instances) and commit-round-trips.ts (in process, one store).
import { validateCatalog } from '@tarif/core';
import type { Selection } from '@tarif/core';
import { createDemoSubscription, demoCatalogEUR, demoContactBands } from '@tarif/core/demo';
import type { BillingStore } from '../src/index.js';

export interface Account {
  readonly id: string;
  readonly authorization: string;
  /** The subscription's selection as the benchmark's commits left it. */
  selection: Selection;
}

export const benchAccountIds = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => `acct_bench_${i}`);

export const userOf = (accountId: string) => accountId.replace('acct_', 'usr_');

// Every account starts on Marketing Pro with the 5 seats Pro includes: each further seat is charged.
export const startSelection: Selection = {
  ...createDemoSubscription(new Date()).selection,
  plan: 'pro',
  seats: 5,
};

/** Loads the accounts through the store API; each authenticates as `Bearer bench:<account>:<user>`. */
export async function loadAccounts(
  store: BillingStore,
  accountIds: readonly string[],
  now: Date,
): Promise<Account[]> {
  const catalog = validateCatalog(demoCatalogEUR);
  const subscription = { ...createDemoSubscription(now), selection: startSelection };
  for (const id of accountIds) {
    const userId = userOf(id);
    await store.putAccount({
      id,
      name: `Bench ${id}`,
      primaryAdminUserId: userId,
      catalog,
      balance: { amount: 0, currency: catalog.currency },
    });
    await store.putUser({ id: userId, accountId: id, name: 'Bench Admin', email: 'a@bench.test' });
    await store.putSubscription(id, { subscription, scheduled: null });
  }
  return accountIds.map((id) => ({
    id,
    authorization: `Bearer bench:${id}:${userOf(id)}`,
    selection: startSelection,
  }));
}

/** The next change that charges: one more seat up to Pro's 50, then the next contact band. */
export function nextSelection(selection: Selection): Selection | null {
  if (selection.seats < 50) return { ...selection, seats: selection.seats + 1 };
  const band = demoContactBands.find((limit) => limit > selection.contactLimit);
  return band === undefined ? null : { ...selection, contactLimit: band };
}
