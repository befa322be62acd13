import type { Catalog, Money, PaymentMethodSummary, Selection } from '@tarif/core';
import type { AgreedPrice } from '@tarif/core/commit';
import type { PaymentsPort } from './payments-port.js';

/**
 * Everything a commit decided, written into the commit record before any provider call, so that a
 * retry or the sweep carries the intent out exactly as it was decided (docs/server.md).
 */
export interface CommitChange {
  readonly accountId: string;
  /** New for each intent: a commit tried again after a decline is a new payment. */
  readonly paymentKey: string;
  readonly mode: 'purchase' | 'scheduled';
  readonly catalog: Catalog;
  /** The preview's instant (ISO): the provider prorates at it (Stripe's `proration_date`). */
  readonly at: string;
  /** The end of the current period: where a scheduled change starts. */
  readonly periodEnd: string;
  /** The selection the subscription has before the commit. */
  readonly from: Selection;
  /** The selection from today (`preview.effectiveNow`); equal to `from` for a scheduled change. */
  readonly now: Selection;
  /** What renews at `periodEnd` when it differs from `now`, else null. */
  readonly renewal: Selection | null;
  /** What the customer agreed to. */
  readonly agreed: AgreedPrice;
}

/** A definite answer from the provider about one `CommitChange`. */
export type CarryOutResult =
  | {
      readonly status: 'done';
      /** The provider's record of the money taken (an invoice id), null when nothing was charged. */
      readonly chargeId: string | null;
      readonly charged: Money;
      /**
       * The billing period the provider started, when the change started one (an interval change:
       * Stripe starts it at the time of the update, up to a preview's lifetime after the preview's
       * instant, where core starts it). The server records it instead of its own, so Tarif renews
       * when the provider does.
       */
      readonly period?: { readonly start: string; readonly end: string };
    }
  | { readonly status: 'price-changed'; readonly provider: { readonly dueToday: Money } }
  | { readonly status: 'declined' }
  | {
      /**
       * The customer must authenticate the payment (3-D Secure). With a `clientSecret` and a port
       * that can `abandon`, the provider holds the change until the payment succeeds: the intent
       * stays open and the customer finishes it in the browser. Without either, nothing is
       * pending and the intent is dropped.
       */
      readonly status: 'requires-action';
      readonly paymentIntentId: string;
      /** For this one payment; the server hands it to the primary admin and never stores it. */
      readonly clientSecret: string | null;
    };

/**
 * A provider that bills a subscription (Stripe Billing): the change itself is carried out, not only
 * its price. The server prefers it to `PaymentsPort.charge` and calls it for every commit, including
 * those with nothing to pay today and scheduled ones, so the provider never bills the old items.
 */
export interface SubscriptionPaymentsPort {
  /**
   * Reconciles with the provider, then carries the change out, idempotently by `paymentKey`.
   * Resolves with a definite answer; throws when the outcome is unknown (the commit stays
   * 'charging' and `settle` finishes it).
   */
  carryOut(change: CommitChange): Promise<CarryOutResult>;
  /**
   * What became of `change.paymentKey`, read from the provider; 'not-started' when nothing did.
   * A payment still waiting for the customer's authentication answers 'requires-action' (with a
   * fresh client secret); one whose authentication failed and that the provider dropped, 'declined'.
   */
  settle(change: CommitChange): Promise<CarryOutResult | { readonly status: 'not-started' }>;
  /**
   * Makes a payment that waits for authentication impossible to complete (Stripe: voids the
   * invoice, which discards the pending update). Called when the customer gives up, when another
   * commit of the account supersedes it, or when it waited too long. Idempotent; a payment that
   * succeeded meanwhile stays paid (the server reads `settle` after it). Required for the server
   * to keep an intent open on 'requires-action'.
   */
  abandon?(change: CommitChange): Promise<void>;
  /** What the account's purchases are charged to (`GET /account`'s `paymentMethod`), if the port knows. */
  paymentMethodOf?(accountId: string): Promise<PaymentMethodSummary | null>;
  /**
   * The customer cancelled the change waiting for the renewal: the provider must renew on
   * `current`, as Tarif does. Idempotent (a retried cancel, or one whose earlier try already went
   * through, changes nothing more); throws when the outcome is unknown, and the scheduled change
   * is then kept so the customer can cancel again.
   */
  cancelScheduled?(input: ScheduledCancel): Promise<void>;
}

/** A scheduled change being cancelled: what renews instead. */
export interface ScheduledCancel {
  readonly accountId: string;
  readonly catalog: Catalog;
  /** The selection the subscription has now, which renews once the change is cancelled. */
  readonly current: Selection;
  /** The selection that was scheduled for `effectiveAt`. */
  readonly scheduled: Selection;
  readonly effectiveAt: string;
}

/** What the server accepts as its payments port: an amount charger, or a subscription carrier. */
export type AnyPaymentsPort = PaymentsPort | SubscriptionPaymentsPort;

export function isSubscriptionPort(port: AnyPaymentsPort): port is SubscriptionPaymentsPort {
  return 'carryOut' in port && typeof port.carryOut === 'function';
}
