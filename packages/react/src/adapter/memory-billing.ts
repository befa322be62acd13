import { add, isIdempotencyKey, validateCatalog } from '@tarif/core';
import type { Catalog, Money, Selection } from '@tarif/core';
import {
  agreedPrice,
  applyCommit,
  commitAmounts,
  previewWithTax,
  rollOver,
  sameAgreement,
} from '@tarif/core/commit';
import type { AgreedPrice, SubscriptionState, TaxContext } from '@tarif/core/commit';
import { AdapterError } from './adapter-error.js';
import type { CancelScheduledResult, CommitResult, ServerPreview } from './adapter-types.js';

interface StoredPreview {
  readonly selection: Selection;
  readonly at: Date;
  readonly expiresAt: string;
  readonly agreed: AgreedPrice;
  usedBy: string | null;
}

export interface MemoryBillingState {
  catalog: unknown;
  state: SubscriptionState;
  balance: Money;
  /** The seller's table and the account's billing details; null: no tax, as a server without one. */
  tax: TaxContext | null;
}

/**
 * The reference server's routes (packages/server) over one account held in memory, with the same
 * rules from @tarif/core/commit: renewals rolled over on every call, previews that cannot be
 * committed never stored, a commit re-priced at its preview's instant against the subscription as
 * it is now, merged with a change already scheduled, a new period when the interval changes, one
 * answer per key, one commit per preview. No faults and no latency here: the adapter adds those.
 */
export function createMemoryBilling(initial: MemoryBillingState, now: () => Date, ttlMs: number) {
  const data = initial;
  const previews = new Map<string, StoredPreview>();
  const commits = new Map<string, { previewId: string; body: CommitResult }>();
  let sequence = 0;
  const nextId = (prefix: string) => `${prefix}_${(++sequence).toString(36).padStart(4, '0')}`;

  const catalog = (): Catalog => validateCatalog(data.catalog);
  /** The subscription rolled over to now, kept: renewals apply lazily, as on the server. */
  const current = (): SubscriptionState => (data.state = rollOver(data.state, now()));

  function preview(selection: Selection, at: Date = now()): ServerPreview {
    const source = catalog();
    const { preview: priced, tax } = previewWithTax(source, current(), selection, at, data.tax);
    const committable = priced.mode === 'purchase' || priced.mode === 'scheduled';
    const id = nextId(committable ? 'pv' : 'pvx');
    const expiresAt = new Date(at.getTime() + ttlMs).toISOString();
    if (committable) {
      previews.set(id, {
        selection,
        at,
        expiresAt,
        agreed: agreedPrice(priced, tax),
        usedBy: null,
      });
    }
    return {
      id,
      expiresAt,
      catalogVersion: source.version,
      preview: priced,
      ...(tax ? { tax } : {}),
    };
  }

  function commit(previewId: string, key: string, canManageBilling: boolean): CommitResult {
    // In the server's order: who is asking, then the key, then the preview.
    if (!canManageBilling)
      throw new AdapterError('forbidden', 'Only the primary admin can change billing.', {
        status: 403,
      });
    if (!isIdempotencyKey(key))
      throw new AdapterError(
        'invalid-request',
        'Idempotency-Key must be 8 to 200 visible ASCII characters.',
        {
          status: 400,
        },
      );
    const known = commits.get(key);
    if (known) {
      if (known.previewId === previewId) return known.body;
      throw new AdapterError('idempotency-key-reused', 'This key was used for another preview.', {
        status: 422,
      });
    }
    if (previewId.startsWith('pvx_'))
      throw new AdapterError('preview-not-committable', 'This preview cannot be committed.', {
        status: 400,
      });
    const stored = previews.get(previewId);
    if (!stored) throw new AdapterError('not-found', 'Unknown preview.', { status: 404 });
    if (stored.usedBy !== null)
      throw new AdapterError('preview-already-used', 'This preview was already committed.', {
        status: 409,
      });
    if (Date.parse(stored.expiresAt) <= now().getTime())
      throw new AdapterError('preview-expired', 'The preview has expired.', { status: 410 });

    const source = catalog();
    const state = current();
    const stillInPeriod = stored.at.getTime() >= Date.parse(state.subscription.periodStart);
    const priced = stillInPeriod
      ? previewWithTax(source, state, stored.selection, stored.at, data.tax)
      : null;
    if (!priced || !sameAgreement(stored.agreed, agreedPrice(priced.preview, priced.tax))) {
      throw new AdapterError('price-changed', 'Prices changed since the preview.', {
        status: 409,
        preview: preview(stored.selection),
      });
    }
    const repriced = priced.preview;
    const mode = stored.agreed.mode as CommitResult['mode'];
    // The gross when taxed, as the server debits and credits it.
    const amounts = commitAmounts(mode, repriced, priced.tax);
    data.state = applyCommit(state, priced.renewal, repriced, stored.at);
    data.balance = add(data.balance, amounts.balanceCredit);
    stored.usedBy = key;
    const body: CommitResult = {
      id: nextId('cm'),
      status: 'succeeded',
      mode,
      charged: amounts.charged,
      ...(amounts.tax ? { tax: amounts.tax } : {}),
      subscription: data.state.subscription,
      scheduled: data.state.scheduled,
      balance: data.balance,
    };
    commits.set(key, { previewId, body });
    return body;
  }

  function cancelScheduled(canManageBilling: boolean): CancelScheduledResult {
    if (!canManageBilling)
      throw new AdapterError('forbidden', 'Only the primary admin can change billing.', {
        status: 403,
      });
    // Idempotent like the server's: nothing scheduled answers the same.
    data.state = { ...current(), scheduled: null };
    return { subscription: data.state.subscription, scheduled: null };
  }

  return {
    preview,
    commit,
    cancelScheduled,
    nextId,
    current,
    data,
    /** Every committable preview the server would still accept (for tests). */
    get previewCount() {
      return previews.size;
    },
  };
}
