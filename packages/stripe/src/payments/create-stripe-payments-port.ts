import type { Catalog, Money, PaymentMethodSummary } from '@tarif/core';
import type {
  CarryOutResult,
  CommitChange,
  ScheduledCancel,
  SubscriptionPaymentsPort,
} from '@tarif/server';
import Stripe from 'stripe';
import { stripeItemsFor } from '../catalog/expected-prices.js';
import { fromStripeAmount } from '../catalog/stripe-amounts.js';
import { mapStripeError } from '../errors/map-stripe-error.js';
import { toPortError } from '../errors/provider-unavailable.js';
import { idempotencyKeyFor } from './idempotency-key.js';
import { diffItems } from './item-diff.js';
import { sendWithNumberedKeys } from './numbered-keys.js';
import { reconcile } from './reconcile.js';
import { releaseSchedule, scheduleId, syncSchedule } from './sync-schedule.js';
import type { PhaseItem } from './sync-schedule.js';

/** The Stripe objects that bill one Tarif account. */
export interface StripeIds {
  readonly customer: string;
  readonly subscription: string;
}

/** Where the port reports what an operator must see (a refused reconciliation). */
export interface StripePortLogger {
  warn(message: string, details: Readonly<Record<string, unknown>>): void;
}

export interface StripePaymentsPortOptions {
  readonly stripe: Stripe;
  /** The catalog versions sold, each checked against Stripe (`checkStripePrices`) before sale. */
  readonly catalogs: readonly Catalog[];
  /** The account's Stripe customer and subscription (the host's mapping). */
  stripeIdsFor(accountId: string): Promise<StripeIds>;
  readonly logger: StripePortLogger;
}

/** The metadata key that proves on Stripe's subscription that an intent was carried out. */
export const paymentKeyMetadata = 'tarif_payment_key';

/**
 * `@tarif/server`'s SubscriptionPaymentsPort on Stripe Billing (DESIGN.md): a purchase updates the
 * subscription's items at the preview's instant (`proration_date`) and invoices and charges at
 * once (`always_invoice`, `error_if_incomplete`), after Stripe's own preview of that invoice agreed
 * with Tarif's to the minor unit; what changes at renewal goes into a subscription schedule's next
 * phase. Every mutating call carries an Idempotency-Key derived from the intent's payment key.
 */
export function createStripePaymentsPort(
  options: StripePaymentsPortOptions,
): SubscriptionPaymentsPort {
  const { stripe, logger } = options;
  const versions = new Set(options.catalogs.map((catalog) => catalog.version));
  const priceIdCache = new Map<string, string>();

  async function priceIds(keys: readonly string[]): Promise<ReadonlyMap<string, string>> {
    const missing = keys.filter((key) => !priceIdCache.has(key));
    // Stripe takes at most 10 lookup keys per list.
    for (let start = 0; start < missing.length; start += 10) {
      const lookup_keys = missing.slice(start, start + 10);
      const page = await stripe.prices.list({ lookup_keys, active: true, limit: 100 });
      for (const price of page.data) {
        if (price.lookup_key !== null) priceIdCache.set(price.lookup_key, price.id);
      }
    }
    return priceIdCache;
  }

  function checkCatalog(change: CommitChange): void {
    if (!versions.has(change.catalog.version)) {
      throw new Error(
        `Catalog ${change.catalog.version} is not one this port sells; check its prices on Stripe first.`,
      );
    }
  }

  function invoiceOf(subscription: Stripe.Subscription): Stripe.Invoice | null {
    const latest = subscription.latest_invoice;
    return latest !== null && typeof latest === 'object' ? latest : null;
  }

  /** What Stripe charged for the update that set the payment key: its latest invoice. */
  function charged(change: CommitChange, subscription: Stripe.Subscription): CarryOutResult {
    const currency = change.catalog.currency;
    const invoice = invoiceOf(subscription);
    const paid = invoice === null ? 0 : fromStripeAmount(invoice.amount_paid, currency);
    if (paid === null) throw new Error(`Invoice ${invoice?.id ?? ''} paid a fraction of a unit`);
    const money: Money = { amount: paid, currency };
    const done = {
      status: 'done',
      chargeId: paid > 0 && invoice ? invoice.id : null,
      charged: money,
    } as const;
    if (change.now.interval === change.from.interval) return done;
    // `billing_cycle_anchor: 'now'` started Stripe's period when Stripe ran the update, not at the
    // preview's instant where core starts it: Tarif records Stripe's, from the items.
    const item = subscription.items.data[0];
    if (!item) throw new Error(`Subscription ${subscription.id} has no items`);
    const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
    return {
      ...done,
      period: { start: iso(item.current_period_start), end: iso(item.current_period_end) },
    };
  }

  /**
   * Sends the update under the intent's keys (`sendWithNumberedKeys`: the update sets the payment
   * key on the subscription in the same request as the items, so that metadata is its trace) and
   * maps a definite refusal to its result.
   */
  async function updateOnce(
    change: CommitChange,
    subscriptionId: string,
    params: Stripe.SubscriptionUpdateParams,
  ): Promise<CarryOutResult | { readonly subscription: Stripe.Subscription }> {
    try {
      const subscription = await sendWithNumberedKeys({
        paymentKey: change.paymentKey,
        step: 'update',
        send: (idempotencyKey) =>
          stripe.subscriptions.update(subscriptionId, params, { idempotencyKey }),
        trace: async () => {
          const now = await stripe.subscriptions.retrieve(subscriptionId, {
            expand: ['latest_invoice'],
          });
          return now.metadata[paymentKeyMetadata] === change.paymentKey ? now : null;
        },
      });
      return { subscription };
    } catch (error) {
      const failure = mapStripeError(error);
      if (failure.kind === 'declined') return { status: 'declined' };
      // 3-D Secure: 'error_if_incomplete' left the subscription as it was. The same change goes
      // again as a pending update, which Stripe applies once its invoice is paid (DESIGN.md §6).
      if (failure.kind === 'requires-action')
        return holdForAuthentication(change, subscriptionId, params);
      // Unknown outcome (outage, timeout, rate limit after the SDK's retries): the server
      // keeps the intent charging, and `settle` reads Stripe before anything is sent again.
      throw error;
    }
  }

  /**
   * The change as a pending update (`pending_if_incomplete`): Stripe keeps today's items until the
   * invoice's PaymentIntent succeeds, which the customer confirms with Stripe.js from the client
   * secret (`latest_invoice.confirmation_secret`, API 2025-03-31 on). A pending update takes no
   * metadata, so the invoice carries the payment key instead (`invoice-mark`): that is its trace.
   */
  async function holdForAuthentication(
    change: CommitChange,
    subscriptionId: string,
    params: Stripe.SubscriptionUpdateParams,
  ): Promise<CarryOutResult> {
    const { metadata: _metadata, expand: _expand, ...rest } = params;
    const pending = await stripe.subscriptions.update(
      subscriptionId,
      { ...rest, payment_behavior: 'pending_if_incomplete', expand: ['latest_invoice'] },
      { idempotencyKey: idempotencyKeyFor(change.paymentKey, 'pending-update') },
    );
    const invoice = invoiceOf(pending);
    if (!invoice?.id) throw new Error(`The pending update of ${subscriptionId} made no invoice`);
    const marked = await stripe.invoices.update(
      invoice.id,
      { metadata: { [paymentKeyMetadata]: change.paymentKey }, expand: ['confirmation_secret'] },
      { idempotencyKey: idempotencyKeyFor(change.paymentKey, 'invoice-mark') },
    );
    return fromPendingInvoice(change, marked, pending);
  }

  /** The pending update's invoice, read: paid (the change is applied), open (still to confirm), void. */
  function fromPendingInvoice(
    change: CommitChange,
    invoice: Stripe.Invoice,
    subscription: Stripe.Subscription,
  ): CarryOutResult {
    if (invoice.status === 'paid')
      return charged(change, { ...subscription, latest_invoice: invoice });
    if (invoice.status === 'open') {
      const secret = invoice.confirmation_secret?.client_secret ?? null;
      return {
        status: 'requires-action',
        // A PaymentIntent's client secret is `<its id>_secret_<…>`.
        paymentIntentId: secret?.split('_secret_')[0] ?? '',
        clientSecret: secret,
      };
    }
    return { status: 'declined' };
  }

  /** The latest invoice when it carries this intent's payment key: a pending update's trace. */
  function markedInvoice(change: CommitChange, subscription: Stripe.Subscription) {
    const invoice = invoiceOf(subscription);
    return invoice?.metadata?.[paymentKeyMetadata] === change.paymentKey ? invoice : null;
  }

  async function carryOut(change: CommitChange): Promise<CarryOutResult> {
    checkCatalog(change);
    const ids = await options.stripeIdsFor(change.accountId);
    const subscription = await stripe.subscriptions.retrieve(ids.subscription, {
      expand: ['latest_invoice'],
    });
    let result: CarryOutResult = {
      status: 'done',
      chargeId: null,
      charged: { amount: 0, currency: change.catalog.currency },
    };
    let current: Stripe.Subscription = subscription;
    if (change.mode === 'purchase') {
      const pendingInvoice = markedInvoice(change, subscription);
      if (subscription.metadata[paymentKeyMetadata] === change.paymentKey) {
        // Carried out before (the answer was lost): finish from what Stripe recorded.
        result = charged(change, subscription);
      } else if (pendingInvoice) {
        // Held for authentication before: only a paid invoice goes on to the schedule.
        result = fromPendingInvoice(change, pendingInvoice, subscription);
        if (result.status !== 'done') return result;
      } else {
        const target = stripeItemsFor(change.catalog, change.now);
        const prices = await priceIds(target.map((item) => item.lookupKey));
        const items = diffItems(subscription.items.data, target, prices);
        if (items.length > 0) {
          const proration_date = Math.floor(Date.parse(change.at) / 1000);
          // A new interval starts a new period when Stripe runs the update, minutes after `at`
          // where core starts it: `charged` answers Stripe's period, which the server records.
          const anchorNow = change.now.interval !== change.from.interval;
          const refused = await reconcile(
            { stripe, logger },
            {
              change,
              customer: ids.customer,
              subscription: subscription.id,
              items,
              proration_date,
              anchorNow,
            },
          );
          if (refused) return refused;
          const params: Stripe.SubscriptionUpdateParams = {
            items,
            proration_behavior: 'always_invoice',
            proration_date,
            payment_behavior: 'error_if_incomplete',
            metadata: { [paymentKeyMetadata]: change.paymentKey },
            expand: ['latest_invoice'],
          };
          // stripe 23.1's declaration of this parameter's type does not resolve ('now' is refused).
          if (anchorNow) Object.assign(params, { billing_cycle_anchor: 'now' });
          const updated = await updateOnce(change, subscription.id, params);
          if ('status' in updated) return updated;
          current = updated.subscription;
          result = charged(change, current);
        }
      }
    }
    const renewal = change.mode === 'scheduled' ? (change.renewal ?? change.now) : change.renewal;
    let phase: PhaseItem[] | null = null;
    if (renewal !== null) {
      const target = stripeItemsFor(change.catalog, renewal);
      const prices = await priceIds(target.map((item) => item.lookupKey));
      phase = target.map((item) => ({
        price: prices.get(item.lookupKey)!,
        quantity: item.quantity,
      }));
    }
    // A purchase while a decrease waits in a schedule: the update above billed it; the schedule's
    // current phase now takes the purchased items and its next phase Tarif's merged renewal, or the
    // schedule goes when nothing is left to change at renewal.
    await syncSchedule(stripe, { change, subscription: current, renewal: phase });
    return result;
  }

  async function settle(
    change: CommitChange,
  ): Promise<CarryOutResult | { readonly status: 'not-started' }> {
    const ids = await options.stripeIdsFor(change.accountId);
    const subscription = await stripe.subscriptions.retrieve(ids.subscription, {
      expand: ['latest_invoice.confirmation_secret', 'schedule'],
    });
    const schedule = subscription.schedule;
    const ours =
      schedule !== null &&
      typeof schedule === 'object' &&
      schedule.metadata?.[paymentKeyMetadata] === change.paymentKey;
    // What renews is carried out when the schedule holds this intent's renewal, or, when nothing
    // changes at renewal, when no schedule is left attached.
    const renewalDone =
      change.mode === 'scheduled' || change.renewal !== null
        ? ours
        : scheduleId(subscription) === null;
    if (change.mode === 'purchase') {
      const pendingInvoice = markedInvoice(change, subscription);
      if (pendingInvoice) {
        const held = fromPendingInvoice(change, pendingInvoice, subscription);
        // Paid: the schedule step still has to show, as for any purchase; carrying the intent out
        // again finishes it without another update.
        if (held.status === 'done' && !renewalDone) return { status: 'not-started' };
        return held;
      }
      if (subscription.metadata[paymentKeyMetadata] !== change.paymentKey)
        return { status: 'not-started' };
      // The charge happened; a schedule still to write or release is finished by carrying out
      // again, which skips the update Stripe already made.
      if (!renewalDone) return { status: 'not-started' };
      return charged(change, subscription);
    }
    if (!renewalDone) return { status: 'not-started' };
    return {
      status: 'done',
      chargeId: null,
      charged: { amount: 0, currency: change.catalog.currency },
    };
  }

  /**
   * Releases the schedule that bills the cancelled change at renewal, so Stripe renews the items the
   * subscription has now, as Tarif renews its current selection (release, not a rewritten next
   * phase: nothing is left to schedule, and a released subscription takes direct updates again).
   * The key is the schedule's own: a schedule is released once, so a retried cancel replays it, and
   * one whose release went through finds no schedule and sends nothing.
   */
  async function cancelScheduled(input: ScheduledCancel): Promise<void> {
    const ids = await options.stripeIdsFor(input.accountId);
    const subscription = await stripe.subscriptions.retrieve(ids.subscription);
    const attached = scheduleId(subscription);
    if (attached === null) return;
    await releaseSchedule(stripe, {
      paymentKey: `${input.accountId}/cancel-scheduled/${attached}`,
      subscription: ids.subscription,
      schedule: attached,
    });
  }

  /**
   * The customer gave up authenticating, or the server superseded the intent: the pending update's
   * invoice is voided, so its PaymentIntent can no longer be confirmed and Stripe discards the
   * pending update. A paid invoice stays paid (voiding it fails; the server's `settle` then finds
   * it paid and applies the change).
   */
  async function abandon(change: CommitChange): Promise<void> {
    const ids = await options.stripeIdsFor(change.accountId);
    const subscription = await stripe.subscriptions.retrieve(ids.subscription, {
      expand: ['latest_invoice'],
    });
    const invoice = markedInvoice(change, subscription);
    if (!invoice?.id || invoice.status !== 'open') return;
    await stripe.invoices.voidInvoice(
      invoice.id,
      {},
      { idempotencyKey: idempotencyKeyFor(change.paymentKey, 'invoice-void') },
    );
  }

  /**
   * The customer's default payment method for invoices (what `always_invoice` charges), as Tarif
   * shows it: a card's brand, last four and expiry, or a SEPA mandate's last four; null when none
   * is set or it is of another type.
   */
  async function paymentMethodOf(accountId: string): Promise<PaymentMethodSummary | null> {
    const ids = await options.stripeIdsFor(accountId);
    const customer = await stripe.customers.retrieve(ids.customer, {
      expand: ['invoice_settings.default_payment_method'],
    });
    if (customer.deleted) return null;
    const method = customer.invoice_settings.default_payment_method;
    if (method === null || typeof method === 'string') return null;
    if (method.type === 'card' && method.card) {
      const { brand, last4, exp_month, exp_year } = method.card;
      return { type: 'card', brand, last4, expMonth: exp_month, expYear: exp_year };
    }
    if (method.type === 'sepa_debit' && method.sepa_debit?.last4) {
      return { type: 'sepa_debit', last4: method.sepa_debit.last4 };
    }
    return null;
  }

  // Unknown outcomes (outage, timeout, rate limit) reach the server as PaymentProviderUnavailableError.
  const asPortError = (error: unknown): never => {
    throw toPortError(error);
  };
  return {
    carryOut: (change) => carryOut(change).catch(asPortError),
    settle: (change) => settle(change).catch(asPortError),
    cancelScheduled: (input) => cancelScheduled(input).catch(asPortError),
    abandon: (change) => abandon(change).catch(asPortError),
    paymentMethodOf: (accountId) => paymentMethodOf(accountId).catch(asPortError),
  };
}
