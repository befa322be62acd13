import { HttpError } from '../http/errors.js';
import type {
  AccountRecord,
  BillingStore,
  SubscriptionRecord,
  UserRecord,
} from '../store/store-types.js';
import { rollOver } from './roll-over.js';

export interface AccountState {
  readonly account: AccountRecord;
  readonly record: SubscriptionRecord;
}

/** Loads the account with its subscription rolled over to `now` (renewals are applied lazily, on read). */
export async function loadAccount(
  store: BillingStore,
  accountId: string,
  now: Date,
): Promise<AccountState> {
  const [account, stored] = await Promise.all([
    store.getAccount(accountId),
    store.getSubscription(accountId),
  ]);
  if (!account || !stored) throw new HttpError('not-found', 'This account has no subscription.');
  const record = rollOver(stored, now);
  // Rolling over is deterministic, so two requests doing it at once write the same thing.
  if (record !== stored) await store.saveSubscription(accountId, record);
  return { account, record };
}

/** Only the account's primary admin may buy, schedule or ask for changes. */
export function assertCanManageBilling(account: AccountRecord, user: UserRecord): void {
  if (account.primaryAdminUserId !== user.id) {
    throw new HttpError('forbidden', "Only the account's primary admin can change billing.");
  }
}
