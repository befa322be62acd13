import type { Selection } from '@tarif/core';
import type { AccountSnapshot } from '../adapter/adapter-types.js';
import type { BillingEvent } from '../flow/flow-events.js';
import { initialBillingState } from '../flow/flow-state.js';
import type { BillingState } from '../flow/flow-state.js';
import { createEstimateSelector } from '../flow/select-estimate.js';
import { transition } from '../flow/transition.js';
import { createAccountLoading } from './account-loading.js';
import type { AccountLoading } from './account-loading.js';
import { createCancelScheduled } from './cancel-scheduled.js';
import { createCommitPurchase } from './commit-purchase.js';
import { createPreviewRequests } from './preview-requests.js';
import type { BillingStoreConfig, StoreHandle } from './store-handle.js';

export type { BillingStoreConfig };

/**
 * The provider's state outside React, so async work reads the latest state synchronously: twenty
 * confirm clicks in one tick see one commit. Every change is an event through the flow's
 * `transition`; the store adds only the effects around it (loading the account, asking the server
 * to price the draft, committing, cancelling the scheduled change) and the memoised estimate.
 */
export class BillingStore implements StoreHandle {
  private state: BillingState = initialBillingState;
  private readonly listeners = new Set<() => void>();
  private readonly account: AccountLoading;
  private readonly previews = createPreviewRequests(this);
  /** Commits the reviewed server preview; calls while one is in flight share it. */
  readonly confirm = createCommitPurchase(this);
  /** Cancels the scheduled change; calls while one is in flight share it. */
  readonly cancelScheduledChange = createCancelScheduled(this);
  /** Core's estimate of the draft at the injectable clock, computed once per draft. */
  readonly getEstimate = createEstimateSelector(() => this.config.now());

  constructor(
    public config: BillingStoreConfig,
    initialAccount?: AccountSnapshot,
    /** Where catalog text is looked up, e.g. ['fr-CA', 'fr', 'en']. */
    locales: readonly string[] = [],
  ) {
    this.account = createAccountLoading(this, locales);
    if (initialAccount) this.account.accept(initialAccount);
  }

  getState = (): BillingState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Feeds an event to the flow; listeners hear of it only when the state changed. */
  send(event: BillingEvent): void {
    const previous = this.state;
    const next = transition(previous, event);
    if (next === previous) return;
    this.state = next;
    this.previews.follow(previous, next, event);
    for (const listener of this.listeners) listener();
  }

  /** Sets the draft, from a value or an updater of the previous one; nothing before the account. */
  setDraft(next: Selection | ((previous: Selection) => Selection)): void {
    const current = this.state.draft;
    if (!current) return;
    const selection = typeof next === 'function' ? next(current) : next;
    if (selection !== current) this.send({ type: 'DRAFT_CHANGED', selection });
  }

  /** Loads (or reloads) the account; a newer load aborts an older one. */
  loadAccount(): Promise<void> {
    return this.account.load();
  }

  /** Looks catalog text up along a new locale chain; the account stays loaded. */
  setLocales(locales: readonly string[]): void {
    this.account.setLocales(locales);
  }

  /** Stops everything in flight; the provider calls it on unmount. */
  dispose(): void {
    this.account.dispose();
    this.previews.dispose();
  }
}
