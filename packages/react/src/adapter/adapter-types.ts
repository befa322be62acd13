import type {
  AccountSnapshot,
  CancelScheduledResult,
  ChangeRequestInput,
  ChangeRequestReceipt,
  CommitResult,
  Selection,
  ServerPreview,
} from '@tarif/core';

/** Every adapter call accepts a signal so the provider can cancel work nobody waits for. */
export interface CallOptions {
  readonly signal?: AbortSignal | undefined;
}

// The wire bodies live in @tarif/core, shared with @tarif/server; re-exported here for hosts.
export type {
  AccountSnapshot,
  CancelScheduledResult,
  ChangeRequestInput,
  ChangeRequestReceipt,
  CommitResult,
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
}

/** The adapter's operations, e.g. for counting calls or injecting faults. */
export type AdapterOperation =
  'loadAccount' | 'previewChange' | 'commitChange' | 'requestChange' | 'cancelScheduledChange';
