import type {
  AbandonCommitResult,
  AccountSnapshot,
  CancelScheduledResult,
  ChangeRequestInput,
  ChangeRequestReceipt,
  CommitResult,
  NextAction,
  Selection,
  ServerPreview,
} from '@tarif/core';

/** Every adapter call accepts a signal so the provider can cancel work nobody waits for. */
export interface CallOptions {
  readonly signal?: AbortSignal | undefined;
}

// The wire bodies live in @tarif/core, shared with @tarif/server; re-exported here for hosts.
export type {
  AbandonCommitResult,
  AccountSnapshot,
  CancelScheduledResult,
  ChangeRequestInput,
  ChangeRequestReceipt,
  CommitResult,
  NextAction,
  PaymentMethodSummary,
  PrimaryAdmin,
  ReadOnlyReason,
  ScheduledChange,
  ServerPreview,
  Viewer,
} from '@tarif/core';

/** Asks the backend to price a selection. */
export interface PreviewChangeRequest extends CallOptions {
  readonly selection: Selection;
}

/** Asks the backend to buy a preview it priced. */
export interface CommitChangeRequest extends CallOptions {
  readonly previewId: string;
  /** Created once per server preview; a retry sends the same key so the server charges at most once. */
  readonly idempotencyKey: string;
}

/** Gives up the commit `idempotencyKey` while its payment waits for authentication. */
export interface AbandonCommitRequest extends CallOptions {
  readonly idempotencyKey: string;
}

/** Hands a payment's next action (3-D Secure) to the provider's code in the browser. */
export interface HandleNextActionRequest extends CallOptions {
  readonly action: NextAction;
}

/**
 * How the customer's bank step ended in the browser. Only a hint: the backend asks its provider
 * whether the payment went through, whatever the browser says.
 */
export type NextActionOutcome = 'succeeded' | 'failed' | 'abandoned';

/**
 * What the host's payment provider does in the browser, e.g. `createStripeBrowserPayments` from
 * `@tarif/stripe/browser`; on another provider, implement this small interface over its SDK.
 * Pass it to `createHttpAdapter({ browserPayments })`. Without it a payment that needs
 * authentication ends the purchase with a message instead.
 */
export interface BrowserPayments {
  /** Shows the bank's step for `action` (Stripe.js `handleNextAction`) and says how it ended. */
  handleNextAction(action: NextAction, options?: CallOptions): Promise<NextActionOutcome>;
  /**
   * Optional: lets the customer put another payment method on file, in the host's own dialog
   * (Stripe: a SetupIntent confirmed with the Payment Element). 'updated' once the provider has
   * it; the widgets then load the account again to show it. Absent: the page offers no update.
   */
  updatePaymentMethod?(options?: CallOptions): Promise<PaymentMethodUpdateOutcome>;
}

/** How putting another payment method on file ended. */
export type PaymentMethodUpdateOutcome = 'updated' | 'cancelled';

/** Sends a change request to the account's sales contact. */
export interface RequestChangeRequest extends CallOptions, ChangeRequestInput {}

/**
 * What the widgets need from a backend. Implement it over your own API, or use
 * `createHttpAdapter` if your backend speaks the wire contract in docs/openapi.yaml.
 * Every method rejects with an `AdapterError`.
 */
export interface BillingAdapter {
  loadAccount(request?: CallOptions): Promise<AccountSnapshot>;
  previewChange(request: PreviewChangeRequest): Promise<ServerPreview>;
  commitChange(request: CommitChangeRequest): Promise<CommitResult>;
  requestChange(request: RequestChangeRequest): Promise<ChangeRequestReceipt>;
  /**
   * Drops the change waiting for the renewal (`DELETE /scheduled-change`), so the account renews
   * on what it has now. Primary admin only (`forbidden` otherwise). Cancelling when nothing is
   * scheduled answers the same, so a retry is harmless.
   */
  cancelScheduledChange(request?: CallOptions): Promise<CancelScheduledResult>;
  /**
   * Optional: finishes a payment's next action in the browser when `commitChange` rejects with
   * `payment-requires-action` and a `nextAction` (3-D Secure inside the review). The widgets then
   * commit again with the same key, and the backend settles it. Absent: the action is not offered.
   */
  handleNextAction?(request: HandleNextActionRequest): Promise<NextActionOutcome>;
  /**
   * Optional: drops a commit whose payment waits for authentication (`DELETE /commits`) after the
   * customer gave up or the bank refused, so nothing can be charged later. Answers the commit's
   * result instead when the payment went through meanwhile.
   */
  abandonCommit?(request: AbandonCommitRequest): Promise<AbandonCommitResult>;
  /** Optional: see `BrowserPayments.updatePaymentMethod`; absent, the page offers no update. */
  updatePaymentMethod?(request?: CallOptions): Promise<PaymentMethodUpdateOutcome>;
}

/** The adapter's operations, e.g. for counting calls or injecting faults. */
export type AdapterOperation =
  | 'loadAccount'
  | 'previewChange'
  | 'commitChange'
  | 'requestChange'
  | 'cancelScheduledChange'
  | 'handleNextAction'
  | 'abandonCommit'
  | 'updatePaymentMethod';
