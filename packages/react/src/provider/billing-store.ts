import {
  CatalogValidationError,
  localizeCatalog,
  previewChange,
  validateCatalog,
} from '@tarif/core';
import type { Catalog, ChangePreview, Selection } from '@tarif/core';
import { toAdapterError } from '../adapter/adapter-error.js';
import type { AdapterError } from '../adapter/adapter-error.js';
import type {
  AccountSnapshot,
  BillingAdapter,
  CommitResult,
  ServerPreview,
} from '../adapter/adapter-types.js';
import { createIdempotencyKey } from '../internal/idempotency-key.js';
import { selectionKey } from '../internal/selection-key.js';

/** Why the account could not be shown: the backend failed, or its catalog did not validate. */
export type BillingAccountError = AdapterError | CatalogValidationError;

export interface AccountState {
  readonly status: 'loading' | 'error' | 'ready';
  readonly error: BillingAccountError | null;
  readonly snapshot: AccountSnapshot | null;
  /** The snapshot's catalog after validation, with names in the viewer's language. */
  readonly catalog: Catalog | null;
}

export interface ServerPreviewState {
  readonly open: boolean;
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  /** Selection key of the draft the preview (or the pending request) is for. */
  readonly key: string | null;
  readonly preview: ServerPreview | null;
  readonly error: AdapterError | null;
  /** Set when a commit answered price-changed; cleared by acknowledging. */
  readonly priceChanged: boolean;
}

export type PurchaseStatus = 'idle' | 'submitting' | 'succeeded' | 'failed';

export interface PurchaseState {
  readonly status: PurchaseStatus;
  readonly error: AdapterError | null;
  readonly result: CommitResult | null;
}

/** Where a cancel of the scheduled change stands: none in flight, in flight, or failed. */
export type CancelScheduledStatus = 'idle' | 'cancelling' | 'failed';

export interface CancelScheduledState {
  readonly status: CancelScheduledStatus;
  /** Why the last cancel failed; null unless `status` is 'failed'. */
  readonly error: AdapterError | null;
}

/** Why a cancel of the scheduled change is refused before any network call. */
export type CancelScheduledBlocker = 'not-ready' | 'read-only' | 'nothing-scheduled';

export interface BillingState {
  readonly account: AccountState;
  /** The selection being edited; null until the account is ready. */
  readonly draft: Selection | null;
  /** The contact slider sits past the last band: more contacts than any self-serve band. */
  readonly contactsBeyond: boolean;
  readonly review: ServerPreviewState;
  readonly purchase: PurchaseState;
  readonly cancelScheduled: CancelScheduledState;
}

export interface BillingStoreConfig {
  adapter: BillingAdapter;
  now: () => Date;
  previewDebounceMs: number;
}

/** Why a commit is refused before any network call. */
export type ConfirmBlocker =
  'not-ready' | 'read-only' | 'estimate' | 'blocked' | 'no-change' | 'request' | 'price-changed';

const initialReview: ServerPreviewState = {
  open: false,
  status: 'idle',
  key: null,
  preview: null,
  error: null,
  priceChanged: false,
};
const initialPurchase: PurchaseState = { status: 'idle', error: null, result: null };
const initialCancel: CancelScheduledState = { status: 'idle', error: null };

/**
 * The provider's state outside React, so async work (debounced previews, commits) reads the
 * latest values synchronously; twenty confirm clicks in one tick must see one 'submitting'.
 */
export class BillingStore {
  private state: BillingState;
  private readonly listeners = new Set<() => void>();
  private accountController: AbortController | null = null;
  private previewController: AbortController | null = null;
  private previewTimer: ReturnType<typeof setTimeout> | null = null;
  private previewSeq = 0;
  private commitPromise: Promise<void> | null = null;
  private cancelPromise: Promise<void> | null = null;
  private readonly keysByPreview = new Map<string, string>();
  private estimateMemo: {
    draft: Selection;
    snapshot: AccountSnapshot;
    catalog: Catalog;
    value: EstimateResult;
  } | null = null;
  /** The validated catalog before localization, so a new locale needs no reload. */
  private validCatalog: Catalog | null = null;

  constructor(
    public config: BillingStoreConfig,
    initialAccount?: AccountSnapshot,
    /** Where catalog text is looked up, e.g. ['fr-CA', 'fr', 'en']. */
    private locales: readonly string[] = [],
  ) {
    this.state = {
      account: { status: 'loading', error: null, snapshot: null, catalog: null },
      draft: null,
      contactsBeyond: false,
      review: initialReview,
      purchase: initialPurchase,
      cancelScheduled: initialCancel,
    };
    if (initialAccount) this.acceptSnapshot(initialAccount);
  }

  getState = (): BillingState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<BillingState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  // ---- account -------------------------------------------------------------

  /** Loads (or reloads) the account; a newer load aborts an older one. */
  async loadAccount(): Promise<void> {
    this.accountController?.abort();
    const controller = new AbortController();
    this.accountController = controller;
    if (this.state.account.status !== 'ready')
      this.set({ account: { ...this.state.account, status: 'loading', error: null } });
    try {
      const snapshot = await this.config.adapter.loadAccount({ signal: controller.signal });
      if (controller.signal.aborted) return;
      this.acceptSnapshot(snapshot);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.set({
        account: { status: 'error', error: toAdapterError(error), snapshot: null, catalog: null },
      });
    }
  }

  private acceptSnapshot(snapshot: AccountSnapshot): void {
    let catalog: Catalog;
    try {
      catalog = validateCatalog(snapshot.catalog);
    } catch (error) {
      const reason = error instanceof CatalogValidationError ? error : toAdapterError(error);
      this.set({ account: { status: 'error', error: reason, snapshot, catalog: null } });
      return;
    }
    this.validCatalog = catalog;
    this.set({
      account: {
        status: 'ready',
        error: null,
        snapshot,
        catalog: localizeCatalog(catalog, this.locales),
      },
      draft: this.state.draft ?? snapshot.subscription.selection,
    });
  }

  /** Looks catalog text up along a new locale chain; the account stays loaded. */
  setLocales(locales: readonly string[]): void {
    if (locales.join() === this.locales.join()) return;
    this.locales = locales;
    const { account } = this.state;
    if (account.status !== 'ready' || !this.validCatalog) return;
    const catalog = localizeCatalog(this.validCatalog, locales);
    if (catalog !== account.catalog) this.set({ account: { ...account, catalog } });
  }

  /** Stops everything in flight; the provider calls it on unmount. */
  dispose(): void {
    this.accountController?.abort();
    this.previewController?.abort();
    if (this.previewTimer) clearTimeout(this.previewTimer);
    this.previewTimer = null;
  }

  // ---- draft ---------------------------------------------------------------

  setDraft(next: Selection | ((previous: Selection) => Selection)): void {
    const current = this.state.draft;
    if (!current) return;
    const draft = typeof next === 'function' ? next(current) : next;
    if (draft === current) return;
    this.set({
      draft,
      contactsBeyond: false,
      purchase: this.state.purchase.status === 'succeeded' ? initialPurchase : this.state.purchase,
    });
    if (this.state.review.open) this.schedulePreview(this.config.previewDebounceMs);
  }

  setContactsBeyond(beyond: boolean): void {
    if (beyond === this.state.contactsBeyond) return;
    this.set({ contactsBeyond: beyond });
    if (this.state.review.open) this.schedulePreview(this.config.previewDebounceMs);
  }

  resetDraft(): void {
    const snapshot = this.state.account.snapshot;
    if (!snapshot) return;
    this.setDraft(snapshot.subscription.selection);
    this.set({ contactsBeyond: false });
  }

  /** Core's local estimate of the draft, at the injectable clock; memoised per draft. */
  getEstimate(): EstimateResult {
    const { draft, account } = this.state;
    if (!draft || !account.snapshot || !account.catalog) return { preview: null, error: null };
    const memo = this.estimateMemo;
    if (
      memo &&
      memo.draft === draft &&
      memo.snapshot === account.snapshot &&
      memo.catalog === account.catalog
    )
      return memo.value;
    let value: EstimateResult;
    try {
      const preview = previewChange({
        catalog: account.catalog,
        subscription: account.snapshot.subscription,
        desired: draft,
        at: this.config.now(),
      });
      value = { preview, error: null };
    } catch (error) {
      value = { preview: null, error };
    }
    this.estimateMemo = { draft, snapshot: account.snapshot, catalog: account.catalog, value };
    return value;
  }

  // ---- review --------------------------------------------------------------

  openReview(): void {
    if (this.state.review.open) return;
    this.set({ review: { ...this.state.review, open: true } });
    this.schedulePreview(0);
  }

  closeReview(): void {
    this.cancelPreview();
    this.set({ review: initialReview });
  }

  retryPreview(): void {
    this.schedulePreview(0);
  }

  acknowledgePriceChange(): void {
    if (!this.state.review.priceChanged) return;
    this.set({ review: { ...this.state.review, priceChanged: false }, purchase: initialPurchase });
  }

  private cancelPreview(): void {
    if (this.previewTimer) clearTimeout(this.previewTimer);
    this.previewTimer = null;
    this.previewController?.abort();
    this.previewController = null;
  }

  private schedulePreview(delayMs: number): void {
    const draft = this.state.draft;
    const snapshot = this.state.account.snapshot;
    if (!draft || !snapshot) return;
    const key = selectionKey(draft);
    const review = this.state.review;
    if (review.key === key && (review.status === 'ready' || review.status === 'loading')) return;
    this.cancelPreview();
    if (key === selectionKey(snapshot.subscription.selection) || this.state.contactsBeyond) {
      // Nothing to price on the server: no change, or a change only sales can quote.
      this.set({
        review: { ...review, status: 'idle', key, preview: null, error: null, priceChanged: false },
      });
      return;
    }
    this.set({ review: { ...review, status: 'loading', key, error: null, priceChanged: false } });
    const run = () => {
      this.previewTimer = null;
      void this.fetchPreview(draft, key);
    };
    if (delayMs <= 0) run();
    else this.previewTimer = setTimeout(run, delayMs);
  }

  private async fetchPreview(selection: Selection, key: string): Promise<void> {
    const seq = ++this.previewSeq;
    const controller = new AbortController();
    this.previewController = controller;
    try {
      const preview = await this.config.adapter.previewChange({
        selection,
        signal: controller.signal,
      });
      // Only the newest request may write: an older, slower answer is dropped.
      if (seq !== this.previewSeq || controller.signal.aborted) return;
      this.set({ review: { ...this.state.review, status: 'ready', key, preview, error: null } });
    } catch (error) {
      if (seq !== this.previewSeq || controller.signal.aborted) return;
      this.set({
        review: { ...this.state.review, status: 'error', key, error: toAdapterError(error) },
      });
    } finally {
      if (this.previewController === controller) this.previewController = null;
    }
  }

  /** The server preview, if it prices exactly the current draft. */
  currentServerPreview(): ServerPreview | null {
    const { review, draft } = this.state;
    if (
      !draft ||
      review.status !== 'ready' ||
      !review.preview ||
      review.key !== selectionKey(draft)
    )
      return null;
    return review.preview;
  }

  // ---- purchase ------------------------------------------------------------

  confirmBlocker(): ConfirmBlocker | null {
    const { account, review } = this.state;
    if (account.status !== 'ready' || !account.snapshot) return 'not-ready';
    if (!account.snapshot.viewer.canManageBilling) return 'read-only';
    if (review.priceChanged) return 'price-changed';
    const server = this.currentServerPreview();
    if (!server) {
      const estimate = this.getEstimate().preview;
      if (
        estimate?.mode === 'none' ||
        (this.state.draft &&
          selectionKey(this.state.draft) === selectionKey(account.snapshot.subscription.selection))
      )
        return 'no-change';
      return 'estimate';
    }
    switch (server.preview.mode) {
      case 'purchase':
      case 'scheduled':
        return null;
      case 'blocked':
        return 'blocked';
      case 'request':
        return 'request';
      case 'none':
        return 'no-change';
    }
  }

  /** Commits the reviewed server preview once; concurrent calls share the same attempt. */
  confirm(): Promise<void> {
    if (this.commitPromise) return this.commitPromise;
    if (this.confirmBlocker() !== null) return Promise.resolve();
    const server = this.currentServerPreview();
    if (!server) return Promise.resolve();
    let key = this.keysByPreview.get(server.id);
    if (!key) {
      key = createIdempotencyKey();
      this.keysByPreview.set(server.id, key);
    }
    this.set({ purchase: { status: 'submitting', error: null, result: null } });
    this.commitPromise = this.commit(server, key).finally(() => {
      this.commitPromise = null;
    });
    return this.commitPromise;
  }

  private async commit(server: ServerPreview, idempotencyKey: string): Promise<void> {
    try {
      const result = await this.config.adapter.commitChange({
        previewId: server.id,
        idempotencyKey,
      });
      const { snapshot, catalog } = this.state.account;
      if (snapshot && catalog) {
        const next: AccountSnapshot = {
          ...snapshot,
          subscription: result.subscription,
          scheduled: result.scheduled,
          balance: result.balance,
        };
        this.cancelPreview();
        this.set({
          account: { status: 'ready', error: null, snapshot: next, catalog },
          draft: result.subscription.selection,
          review: {
            ...initialReview,
            open: this.state.review.open,
            key: selectionKey(result.subscription.selection),
          },
          purchase: { status: 'succeeded', error: null, result },
        });
      } else {
        this.set({ purchase: { status: 'succeeded', error: null, result } });
      }
    } catch (raw) {
      const error = toAdapterError(raw);
      if (error.code === 'price-changed' && error.preview) {
        // The server re-priced: show the new numbers and make the user confirm them again.
        this.set({
          review: {
            ...this.state.review,
            status: 'ready',
            preview: error.preview,
            error: null,
            priceChanged: true,
          },
          purchase: { status: 'failed', error, result: null },
        });
        return;
      }
      this.set({ purchase: { status: 'failed', error, result: null } });
      if (error.code === 'preview-expired') {
        // The preview is gone on the server: ask for a fresh one so the user can confirm again.
        this.set({ review: { ...this.state.review, status: 'idle', preview: null } });
        this.schedulePreview(0);
      }
    }
  }

  resetPurchase(): void {
    if (this.state.purchase.status !== 'submitting') this.set({ purchase: initialPurchase });
  }

  // ---- scheduled change ----------------------------------------------------

  cancelBlocker(): CancelScheduledBlocker | null {
    const { account } = this.state;
    if (account.status !== 'ready' || !account.snapshot) return 'not-ready';
    if (!account.snapshot.viewer.canManageBilling) return 'read-only';
    return account.snapshot.scheduled ? null : 'nothing-scheduled';
  }

  /** Cancels the scheduled change once; concurrent calls share the same attempt. */
  cancelScheduledChange(): Promise<void> {
    if (this.cancelPromise) return this.cancelPromise;
    if (this.cancelBlocker() !== null) return Promise.resolve();
    this.set({ cancelScheduled: { status: 'cancelling', error: null } });
    this.cancelPromise = this.runCancel().finally(() => {
      this.cancelPromise = null;
    });
    return this.cancelPromise;
  }

  private async runCancel(): Promise<void> {
    try {
      const result = await this.config.adapter.cancelScheduledChange();
      const { account, draft } = this.state;
      if (!account.snapshot) {
        this.set({ cancelScheduled: initialCancel });
        return;
      }
      const was = selectionKey(account.snapshot.subscription.selection);
      const now = result.subscription.selection;
      this.set({
        account: {
          ...account,
          snapshot: { ...account.snapshot, subscription: result.subscription, scheduled: null },
        },
        // The server may have renewed the subscription meanwhile: a draft that held it as it was
        // follows it; a draft being edited is left alone.
        draft: draft && selectionKey(draft) === was && selectionKey(now) !== was ? now : draft,
        cancelScheduled: initialCancel,
      });
    } catch (raw) {
      this.set({ cancelScheduled: { status: 'failed', error: toAdapterError(raw) } });
    }
  }

  /** Forgets a failed cancel (the user chose to keep the change). */
  resetCancelScheduled(): void {
    if (this.state.cancelScheduled.status === 'failed')
      this.set({ cancelScheduled: initialCancel });
  }
}

export interface EstimateResult {
  readonly preview: ChangePreview | null;
  readonly error: unknown;
}
