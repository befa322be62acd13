import { HttpError } from '../http/errors.js';
import type {
  AccountRecord,
  BillingStore,
  SubscriptionRecord,
  UserRecord,
} from '../store/store-types.js';
import { rollOver } from '@tarif/core/commit';

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
  const account = await store.getAccount(accountId);
  const stored = await store.getSubscription(accountId);
  if (!account || !stored) throw new HttpError('not-found', 'This account has no subscription.');
  const record = rollOver(stored, now);
  if (record === stored) return { account, record };
  // A renewal passed: write it under the account's lock, as a commit would, so it can never
  // overwrite one. While a commit is charging, its outcome (computed from the stored version)
  // goes first; this read only shows the rolled-over view, and the next one writes it.
  const current = await store.withAccount(accountId, async (tx) => {
    const fresh = await tx.getSubscription();
    if (!fresh) return null;
    const rolled = rollOver(fresh, now);
    if (rolled === fresh || (await tx.getChargingCommit())) return rolled;
    await tx.updateSubscription(rolled, fresh.version);
    return rolled;
  });
  if (!current) throw new HttpError('not-found', 'This account has no subscription.');
  return { account, record: current };
}

/** Only the account's primary admin may buy, schedule or ask for changes. */
export function assertCanManageBilling(account: AccountRecord, user: UserRecord): void {
  if (account.primaryAdminUserId !== user.id) {
    throw new HttpError('forbidden', "Only the account's primary admin can change billing.");
  }
}
