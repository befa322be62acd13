import type { TaxRates } from '@tarif/core';
import { settleAccountCommit, settlePendingCommits } from '../billing/commit-change.js';
import type { CommitHooks } from '../billing/commit-change.js';
import type { AnyPaymentsPort } from '../payments/subscription-payments-port.js';
import type { BillingStore } from '../store/store-types.js';

export interface MaintenanceOptions {
  /**
   * How long a finished commit's answer is replayed for its Idempotency-Key. Default 24 hours, as
   * Stripe keeps its keys: a client retries within minutes, and the preview a key commits
   * expires after `previewTtlMs` anyway, so an older key can never charge again.
   */
  readonly idempotencyRetentionMs?: number;
  /** A commit still charging after this long is settled by the sweep. Default 30 s. */
  readonly settleAfterMs?: number;
  /** The sweep runs at most this often, on the next request. Default one minute. */
  readonly sweepEveryMs?: number;
  /**
   * How long a commit may wait for its customer to authenticate the payment (3-D Secure) before
   * the sweep abandons it at the provider and drops it. Default one hour (Stripe keeps a pending
   * update for 23 hours; a customer finishes in minutes or has left).
   */
  readonly authenticationWindowMs?: number;
}

export interface MaintenanceReport {
  readonly previews: number;
  readonly commits: number;
  readonly settled: number;
}

interface MaintenanceDeps extends MaintenanceOptions {
  readonly store: BillingStore;
  readonly payments: AnyPaymentsPort;
  readonly now: () => Date;
  readonly previewTtlMs: number;
  readonly hooks?: CommitHooks | undefined;
  readonly onError: (error: unknown) => void;
  readonly taxRates?: TaxRates | null | undefined;
}

/**
 * The housekeeping every instance does: settle commits a crash left charging, drop previews one
 * TTL after they expired (younger ones still earn a clear 410, not a 404), and drop idempotency
 * records past their retention. Each step is safe from any number of instances at once.
 */
export function createMaintenance(deps: MaintenanceDeps) {
  const retention = deps.idempotencyRetentionMs ?? 24 * 60 * 60_000;
  const settleAfter = deps.settleAfterMs ?? 30_000;
  const every = deps.sweepEveryMs ?? 60_000;
  const window = deps.authenticationWindowMs ?? 60 * 60_000;
  let last = Number.NEGATIVE_INFINITY;
  let running: Promise<MaintenanceReport> | null = null;

  async function sweep(): Promise<MaintenanceReport> {
    const at = deps.now().getTime();
    const settled = await settlePendingCommits(
      deps,
      new Date(at - settleAfter),
      deps.onError,
      new Date(at - window),
    );
    const removed = await deps.store.sweep({
      previewsExpiredBefore: new Date(at - deps.previewTtlMs).toISOString(),
      commitsCreatedBefore: new Date(at - retention).toISOString(),
    });
    return { ...removed, settled };
  }

  return {
    sweep,
    /**
     * Settles the account's open commit now: call it from your provider's webhook when a payment
     * succeeds (Stripe's `invoice.paid`), so a customer who authenticated and left still gets the
     * change, once. 'waiting' when it still waits for authentication, 'none' when nothing is open.
     */
    settleAccount: (accountId: string) => settleAccountCommit(deps, accountId),
    /** Sweeps when the last sweep is older than `sweepEveryMs`; never fails the request. */
    async maybeSweep(): Promise<void> {
      const at = deps.now().getTime();
      if (running || at - last < every) return;
      last = at;
      running = sweep();
      try {
        await running;
      } catch (error) {
        deps.onError(error);
      } finally {
        running = null;
      }
    },
  };
}
