import { validateCatalog } from '@tarif/core';
import type { BillingDetails, Money, Subscription, TaxRates } from '@tarif/core';
import { createDemoSubscription, demoCatalogEUR, raisePrices } from '@tarif/core/demo';
import { AdapterError } from './adapter-error.js';
import type { AdapterErrorCode } from './adapter-error.js';
import { decideTax } from '@tarif/core/tax';
import { createMemoryBilling } from './memory-billing.js';
import { createGate, sleep } from './memory-timing.js';
import type { Gate } from './memory-timing.js';
import type {
  AccountSnapshot,
  AdapterOperation,
  BillingAdapter,
  NextActionOutcome,
  PaymentMethodSummary,
  ChangeRequestReceipt,
  PrimaryAdmin,
  ScheduledChange,
  Viewer,
} from './adapter-types.js';

/** A failure to inject into an operation's calls. */
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
  /**
   * Every commit's payment needs the customer's authentication (3-D Secure), and their bank's step
   * (`handleNextAction`) ends this way; `hold('handleNextAction')` keeps them at it.
   */
  authentication?: NextActionOutcome;
}

/** The account the memory adapter starts with, its clock, latency and faults. */
export interface MemoryAdapterOptions {
  /** Raw catalog JSON, validated by the client like a real backend's. Default: the EUR demo catalog. */
  readonly catalog?: unknown;
  readonly subscription?: Subscription;
  /** A change already waiting for the renewal. Default: none. */
  readonly scheduled?: ScheduledChange | null;
  readonly viewer?: Viewer;
  readonly primaryAdmin?: PrimaryAdmin;
  readonly balance?: Money;
  /**
   * The seller's tax table: previews and commits then carry tax as the reference server's do
   * (`demoTaxRates` from `@tarif/core/demo` for a French seller). Default: none, no tax.
   */
  readonly taxRates?: TaxRates | null;
  /** Who the account is for tax (with `taxRates`). Default: none (no tax collected). */
  readonly billingDetails?: BillingDetails | null;
  /** Latency of every call, in ms. Default 0. */
  readonly latencyMs?: number;
  /** The server's clock (previews price at this instant). */
  readonly now?: () => Date;
  /** How long a preview stays valid. Default 15 minutes. */
  readonly previewTtlMs?: number;
  readonly faults?: MemoryAdapterFaults;
  /** What purchases are charged to; default a Visa ending 4242 that expires in August 2028. */
  readonly paymentMethod?: PaymentMethodSummary | null;
  /**
   * What putting another payment method on file does (`updatePaymentMethod`, held with
   * `hold('updatePaymentMethod')`): 'updated' files a Visa ending 4242 valid until 2030. Default
   * 'updated'; `false` leaves the capability out, as a host without one.
   */
  readonly paymentMethodUpdate?: 'updated' | 'cancelled' | false;
}

/** One call the memory adapter received. */
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

/** The memory backend's card on file by default (Stripe's test Visa). */
const memoryCard: PaymentMethodSummary = {
  type: 'card',
  brand: 'visa',
  last4: '4242',
  expMonth: 8,
  expYear: 2028,
};

/** The card an update puts on file. */
const renewedCard: PaymentMethodSummary = { ...memoryCard, expYear: 2030 };

/** A backend in memory that answers like the reference server, with controls for tests. */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const now = options.now ?? (() => new Date());
  const ttl = options.previewTtlMs ?? 15 * 60_000;
  const rawCatalog: unknown = options.catalog ?? demoCatalogEUR;
  const currency = (rawCatalog as { currency?: Money['currency'] }).currency ?? 'EUR';
  const billing = createMemoryBilling(
    {
      catalog: rawCatalog,
      state: {
        subscription: options.subscription ?? createDemoSubscription(),
        scheduled: options.scheduled ?? null,
      },
      balance: options.balance ?? { amount: 0, currency },
      tax: options.taxRates
        ? { rates: options.taxRates, billingDetails: options.billingDetails ?? null }
        : null,
    },
    now,
    ttl,
  );
  const calls: Record<AdapterOperation, number> = {
    loadAccount: 0,
    previewChange: 0,
    commitChange: 0,
    requestChange: 0,
    cancelScheduledChange: 0,
    handleNextAction: 0,
    abandonCommit: 0,
    updatePaymentMethod: 0,
  };
  let paymentMethod: PaymentMethodSummary | null =
    options.paymentMethod === undefined ? memoryCard : options.paymentMethod;
  const methodUpdate = options.paymentMethodUpdate ?? 'updated';
  // Commits whose payment waits for the customer's bank, by idempotency key (confirmed: the bank said yes).
  const authentications = new Map<string, { readonly previewId: string; confirmed: boolean }>();
  const secretOf = (key: string) => `memory_secret_${key}`;
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

  const adapter: MemoryAdapter = {
    calls,
    log,
    faults: { ...options.faults },
    ...(methodUpdate !== false && {
      async updatePaymentMethod({ signal } = {}) {
        await enter('updatePaymentMethod', {}, signal);
        if (methodUpdate === 'updated') paymentMethod = renewedCard;
        return methodUpdate;
      },
    }),

    async loadAccount({ signal } = {}) {
      await enter('loadAccount', {}, signal);
      return adapter.snapshot();
    },

    async previewChange({ selection, signal }) {
      await enter('previewChange', { selection }, signal);
      try {
        return billing.preview(selection);
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
      if (adapter.faults.priceChangedOnNextCommit) {
        adapter.faults.priceChangedOnNextCommit = false;
        // Prices rise on the server between the review and the commit: the commit's own
        // re-pricing finds the new amounts and answers price-changed with a fresh preview.
        const current = validateCatalog(billing.data.catalog);
        billing.data.catalog = raisePrices(current, 10, `${current.version}+raised`);
      }
      const waiting = authentications.get(idempotencyKey);
      if (!waiting && adapter.faults.authentication && viewer().canManageBilling) {
        authentications.set(idempotencyKey, { previewId, confirmed: false });
      }
      if (authentications.get(idempotencyKey)?.confirmed === false) {
        // As the reference server: nothing applied, the commit open, the next action for the browser.
        throw new AdapterError(
          'payment-requires-action',
          'The bank asks the customer to authenticate this payment.',
          {
            status: 402,
            nextAction: { type: 'authenticate', clientSecret: secretOf(idempotencyKey) },
          },
        );
      }
      authentications.delete(idempotencyKey);
      return billing.commit(previewId, idempotencyKey, viewer().canManageBilling);
    },

    async handleNextAction({ action, signal }) {
      await enter('handleNextAction', { action }, signal);
      const outcome = adapter.faults.authentication ?? 'succeeded';
      for (const [key, waiting] of authentications) {
        if (secretOf(key) === action.clientSecret && outcome === 'succeeded')
          waiting.confirmed = true;
      }
      return outcome;
    },

    async abandonCommit({ idempotencyKey, signal }) {
      await enter('abandonCommit', { idempotencyKey }, signal);
      const waiting = authentications.get(idempotencyKey);
      if (!waiting) {
        throw new AdapterError('not-found', 'No commit with this key is open.', { status: 404 });
      }
      authentications.delete(idempotencyKey);
      // Paid before the give-up arrived: the commit goes through, once.
      if (waiting.confirmed) {
        return billing.commit(waiting.previewId, idempotencyKey, viewer().canManageBilling);
      }
      return { status: 'abandoned' };
    },

    async requestChange({ signal, ...input }) {
      await enter('requestChange', input, signal);
      const receipt: ChangeRequestReceipt = {
        id: billing.nextId('cr'),
        receivedAt: now().toISOString(),
      };
      return receipt;
    },

    async cancelScheduledChange({ signal } = {}) {
      await enter('cancelScheduledChange', {}, signal);
      return billing.cancelScheduled(viewer().canManageBilling);
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
      const { subscription, scheduled } = billing.current();
      return {
        accountId: 'acc_demo',
        catalog: billing.data.catalog,
        subscription,
        scheduled,
        balance: billing.data.balance,
        viewer: viewer(),
        primaryAdmin: options.primaryAdmin ?? { name: 'Alex Admin', email: 'alex@example.com' },
        ...(options.billingDetails !== undefined ? { billingDetails: options.billingDetails } : {}),
        ...(options.taxRates
          ? { taxDecision: decideTax(options.billingDetails ?? null, options.taxRates) }
          : {}),
        paymentMethod,
      };
    },
    setCatalog(next) {
      billing.data.catalog = next;
    },
  };
  return adapter;
}
