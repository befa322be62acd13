import { previewChange, validateCatalog } from '@tarif/core';
import type { Catalog, Money, Selection, Subscription } from '@tarif/core';
import { createDemoSubscription, demoCatalogEUR } from '@tarif/core/demo';
import { AdapterError } from './adapter-error.js';
import type { AdapterErrorCode } from './adapter-error.js';
import type {
  AccountSnapshot,
  AdapterOperation,
  BillingAdapter,
  ChangeRequestReceipt,
  CommitResult,
  PrimaryAdmin,
  ScheduledChange,
  ServerPreview,
  Viewer,
} from './adapter-types.js';

export interface RejectFault {
  readonly code: AdapterErrorCode;
  /** How many calls fail before the operation works again; omit to fail every call. */
  readonly times?: number;
}

/** Failures to inject, per operation. Mutable at run time through the adapter's methods. */
export interface MemoryAdapterFaults {
  reject?: Partial<Record<AdapterOperation, RejectFault>>;
  /** Extra latency per operation, in ms. */
  slowMs?: Partial<Record<AdapterOperation, number>>;
  /** The next commit answers price-changed, as if prices rose 10 % since the preview. */
  priceChangedOnNextCommit?: boolean;
  /** The viewer is not the primary admin: read-only, commits and cancels answer forbidden. */
  forbidden?: boolean;
}

export interface MemoryAdapterOptions {
  /** Raw catalog JSON, validated by the client like a real backend's. Default: the EUR demo catalog. */
  readonly catalog?: unknown;
  readonly subscription?: Subscription;
  /** A change already waiting for the renewal. Default: none. */
  readonly scheduled?: ScheduledChange | null;
  readonly viewer?: Viewer;
  readonly primaryAdmin?: PrimaryAdmin;
  readonly balance?: Money;
  /** Latency of every call, in ms. Default 0. */
  readonly latencyMs?: number;
  /** The server's clock (previews price at this instant). */
  readonly now?: () => Date;
  /** How long a preview stays valid. Default 15 minutes. */
  readonly previewTtlMs?: number;
  readonly faults?: MemoryAdapterFaults;
}

export interface MemoryAdapterCall {
  readonly operation: AdapterOperation;
  readonly input: unknown;
}

/** A tiny in-memory billing server for Storybook and tests. */
export interface MemoryAdapter extends BillingAdapter {
  /** How many times each operation was called (including failed calls). */
  readonly calls: Record<AdapterOperation, number>;
  /** Every call with its input (without the signal), oldest first. */
  readonly log: readonly MemoryAdapterCall[];
  faults: MemoryAdapterFaults;
  /** Fails the next `times` calls (default 1) of `operation` with `code`. */
  rejectNext(operation: AdapterOperation, code: AdapterErrorCode, times?: number): void;
  /** Fails every call of `operation` with `code` until `clearFaults()`. */
  rejectAlways(operation: AdapterOperation, code: AdapterErrorCode): void;
  slow(operation: AdapterOperation, extraMs: number): void;
  /**
   * Holds every call of `operation` (made now or later) until `release(operation)`, so a test can
   * look at the in-flight state for as long as it needs instead of hoping the call is slow.
   */
  hold(operation: AdapterOperation): void;
  /** Lets the held calls of `operation` go on, and stops holding new ones. */
  release(operation: AdapterOperation): void;
  /** How many calls of `operation` are waiting on a hold right now. */
  held(operation: AdapterOperation): number;
  priceChangeNextCommit(): void;
  clearFaults(): void;
  /** The server's current state. */
  snapshot(): AccountSnapshot;
  /** Replaces the catalog (a price change on the server). */
  setCatalog(catalog: unknown): void;
}

interface StoredPreview {
  readonly server: ServerPreview;
  readonly desired: Selection;
  readonly at: Date;
}

export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const now = options.now ?? (() => new Date());
  const ttl = options.previewTtlMs ?? 15 * 60_000;
  let rawCatalog: unknown = options.catalog ?? demoCatalogEUR;
  let subscription: Subscription = options.subscription ?? createDemoSubscription();
  let scheduled: ScheduledChange | null = options.scheduled ?? null;
  const currency = (rawCatalog as { currency?: Money['currency'] }).currency ?? 'EUR';
  let balance: Money = options.balance ?? { amount: 0, currency };
  const previews = new Map<string, StoredPreview>();
  const commitsByKey = new Map<string, { previewId: string; result: CommitResult }>();
  let sequence = 0;
  const nextId = (prefix: string) => `${prefix}_${(++sequence).toString(36).padStart(4, '0')}`;
  const calls: Record<AdapterOperation, number> = {
    loadAccount: 0,
    previewChange: 0,
    commitChange: 0,
    requestChange: 0,
    cancelScheduledChange: 0,
  };
  const log: MemoryAdapterCall[] = [];
  const holds = new Map<AdapterOperation, Gate>();

  const viewer = (): Viewer =>
    adapter.faults.forbidden
      ? {
          userId: options.viewer?.userId ?? 'u_viewer',
          name: options.viewer?.name ?? 'Camille Martin',
          canManageBilling: false,
          reason: 'not-primary-admin',
        }
      : (options.viewer ?? { userId: 'u_admin', name: 'Alex Admin', canManageBilling: true });

  /** Counts the call, waits the configured latency (abortable), then applies injected rejections. */
  async function enter(
    operation: AdapterOperation,
    input: unknown,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    calls[operation] += 1;
    log.push({ operation, input });
    await sleep((options.latencyMs ?? 0) + (adapter.faults.slowMs?.[operation] ?? 0), signal);
    const gate = holds.get(operation);
    if (gate) await gate.wait(signal);
    const fault = adapter.faults.reject?.[operation];
    if (fault) {
      if (fault.times !== undefined) {
        const left = fault.times - 1;
        adapter.faults.reject = {
          ...adapter.faults.reject,
          [operation]: left > 0 ? { ...fault, times: left } : undefined,
        };
      }
      throw new AdapterError(fault.code, `Injected ${fault.code} for ${operation}.`);
    }
  }

  function catalog(): Catalog {
    return validateCatalog(rawCatalog);
  }

  function price(desired: Selection, at: Date, source: Catalog = catalog()): ServerPreview {
    const preview = previewChange({ catalog: source, subscription, desired, at });
    const server: ServerPreview = {
      id: nextId('pv'),
      expiresAt: new Date(at.getTime() + ttl).toISOString(),
      catalogVersion: source.version,
      preview,
    };
    previews.set(server.id, { server, desired, at });
    return server;
  }

  const adapter: MemoryAdapter = {
    calls,
    log,
    faults: { ...options.faults },

    async loadAccount({ signal } = {}) {
      await enter('loadAccount', {}, signal);
      return adapter.snapshot();
    },

    async previewChange({ selection, signal }) {
      await enter('previewChange', { selection }, signal);
      try {
        return price(selection, now());
      } catch (cause) {
        throw new AdapterError('invalid-request', 'The selection cannot be priced.', {
          status: 400,
          cause,
          fields: [{ path: 'selection', message: String(cause) }],
        });
      }
    },

    async commitChange({ previewId, idempotencyKey, signal }) {
      await enter('commitChange', { previewId, idempotencyKey }, signal);
      if (idempotencyKey.length < 8 || idempotencyKey.length > 200)
        throw new AdapterError(
          'invalid-request',
          'Idempotency-Key must have 8 to 200 characters.',
          { status: 400 },
        );
      const replay = commitsByKey.get(idempotencyKey);
      if (replay) {
        if (replay.previewId === previewId) return replay.result;
        throw new AdapterError('idempotency-key-reused', 'This key was used for another preview.', {
          status: 422,
        });
      }
      if (adapter.faults.forbidden)
        throw new AdapterError('forbidden', 'Only the primary admin can change billing.', {
          status: 403,
        });
      const stored = previews.get(previewId);
      if (!stored) throw new AdapterError('not-found', 'Unknown preview.', { status: 404 });
      if (Date.parse(stored.server.expiresAt) <= now().getTime())
        throw new AdapterError('preview-expired', 'The preview has expired.', { status: 410 });
      if (adapter.faults.priceChangedOnNextCommit) {
        adapter.faults.priceChangedOnNextCommit = false;
        rawCatalog = raisePrices(rawCatalog, 1.1);
        const fresh = price(stored.desired, stored.at);
        throw new AdapterError('price-changed', 'Prices changed since the preview.', {
          status: 409,
          preview: fresh,
        });
      }
      const { preview } = stored.server;
      if (preview.mode !== 'purchase' && preview.mode !== 'scheduled') {
        throw new AdapterError(
          'invalid-request',
          `A ${preview.mode} preview cannot be committed.`,
          { status: 400 },
        );
      }
      const renewsLater =
        preview.mode === 'scheduled' || !sameJson(preview.effectiveNow, stored.desired);
      subscription = { ...subscription, selection: preview.effectiveNow };
      scheduled = renewsLater
        ? { selection: stored.desired, effectiveAt: subscription.periodEnd }
        : null;
      balance = {
        amount: balance.amount + preview.balanceCredit.amount,
        currency: balance.currency,
      };
      const result: CommitResult = {
        id: nextId('cm'),
        status: 'succeeded',
        mode: preview.mode,
        charged: preview.dueToday,
        subscription,
        scheduled,
        balance,
      };
      commitsByKey.set(idempotencyKey, { previewId, result });
      previews.delete(previewId);
      return result;
    },

    async requestChange({ signal, ...input }) {
      await enter('requestChange', input, signal);
      const receipt: ChangeRequestReceipt = { id: nextId('cr'), receivedAt: now().toISOString() };
      return receipt;
    },

    async cancelScheduledChange({ signal } = {}) {
      await enter('cancelScheduledChange', {}, signal);
      if (!viewer().canManageBilling)
        throw new AdapterError('forbidden', 'Only the primary admin can change billing.', {
          status: 403,
        });
      // Idempotent like the server's: nothing scheduled answers the same.
      scheduled = null;
      return { subscription, scheduled: null };
    },

    rejectNext(operation, code, times = 1) {
      adapter.faults.reject = { ...adapter.faults.reject, [operation]: { code, times } };
    },
    rejectAlways(operation, code) {
      adapter.faults.reject = { ...adapter.faults.reject, [operation]: { code } };
    },
    slow(operation, extraMs) {
      adapter.faults.slowMs = { ...adapter.faults.slowMs, [operation]: extraMs };
    },
    hold(operation) {
      if (!holds.has(operation)) holds.set(operation, createGate());
    },
    release(operation) {
      holds.get(operation)?.open();
      holds.delete(operation);
    },
    held(operation) {
      return holds.get(operation)?.waiting ?? 0;
    },
    priceChangeNextCommit() {
      adapter.faults.priceChangedOnNextCommit = true;
    },
    clearFaults() {
      adapter.faults = {};
      for (const operation of holds.keys()) adapter.release(operation);
    },
    snapshot() {
      return {
        accountId: 'acc_demo',
        catalog: rawCatalog,
        subscription,
        scheduled,
        balance,
        viewer: viewer(),
        primaryAdmin: options.primaryAdmin ?? { name: 'Alex Admin', email: 'alex@example.com' },
      };
    },
    setCatalog(next) {
      rawCatalog = next;
    },
  };
  return adapter;
}

interface Gate {
  readonly waiting: number;
  wait(signal: AbortSignal | undefined): Promise<void>;
  open(): void;
}

/** A latch: every `wait` resolves on `open`, or rejects as aborted when its signal aborts first. */
function createGate(): Gate {
  const waiters = new Set<() => void>();
  return {
    get waiting() {
      return waiters.size;
    },
    wait(signal) {
      return new Promise((resolve, reject) => {
        const aborted = () => new AdapterError('aborted', 'The request was aborted.');
        if (signal?.aborted) return reject(aborted());
        const go = () => {
          waiters.delete(go);
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
        const onAbort = () => {
          waiters.delete(go);
          reject(aborted());
        };
        waiters.add(go);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
    open() {
      for (const go of waiters) go(); // each go() deletes itself: a Set visits the rest
    },
  };
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = () => new AdapterError('aborted', 'The request was aborted.');
    if (signal?.aborted) return reject(aborted());
    // Zero latency still yields once, like a network round trip would.
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(aborted());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function sameJson(a: Selection, b: Selection): boolean {
  return (
    JSON.stringify({ ...a, addOns: [...a.addOns].sort() }) ===
    JSON.stringify({ ...b, addOns: [...b.addOns].sort() })
  );
}

/** Every price in the catalog times `factor`, with a new version: a price change on the server. */
function raisePrices(raw: unknown, factor: number): unknown {
  const c = raw as Catalog;
  const up = (amount: number) => Math.round(amount * factor);
  const upIntervals = <T extends Record<string, number | undefined>>(prices: T): T =>
    Object.fromEntries(
      Object.entries(prices).map(([k, v]) => [k, v === undefined ? v : up(v)]),
    ) as T;
  return {
    ...c,
    version: `${c.version}+raised`,
    products: c.products.map((product) => ({
      ...product,
      plans: product.plans.map((plan) => ({
        ...plan,
        ...(plan.prices
          ? {
              prices: Object.fromEntries(
                Object.entries(plan.prices).map(([k, list]) => [k, list?.map(up)]),
              ),
            }
          : {}),
        seats: { ...plan.seats, price: upIntervals(plan.seats.price) },
      })),
    })),
    addOns: c.addOns.map((addOn) => ({ ...addOn, price: upIntervals(addOn.price) })),
  };
}
