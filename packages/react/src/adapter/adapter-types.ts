import type { Money, Selection, Subscription, ChangePreview } from '@tarif/core';

/** Every adapter call accepts a signal so the provider can cancel work nobody waits for. */
export interface CallOptions {
  readonly signal?: AbortSignal | undefined;
}

/** A change that takes effect at the next renewal. */
export interface ScheduledChange {
  readonly selection: Selection;
  readonly effectiveAt: string;
}

/** Why a viewer may look but not buy. */
export type ReadOnlyReason = 'not-primary-admin';

/** The person looking at the widgets. */
export interface Viewer {
  readonly userId: string;
  readonly name: string;
  readonly canManageBilling: boolean;
  readonly reason?: ReadOnlyReason;
}

/** Who can change billing, shown to viewers who cannot. */
export interface PrimaryAdmin {
  readonly name: string;
  readonly email: string;
}

/** `GET /account`. The catalog is raw JSON: the client validates it with core before using it. */
export interface AccountSnapshot {
  readonly accountId: string;
  readonly catalog: unknown;
  readonly subscription: Subscription;
  readonly scheduled: ScheduledChange | null;
  /** Credit carried on the account (amount >= 0). */
  readonly balance: Money;
  readonly viewer: Viewer;
  readonly primaryAdmin: PrimaryAdmin;
}

/** `POST /previews`: a priced change the server remembers until `expiresAt`. */
export interface ServerPreview {
  readonly id: string;
  readonly expiresAt: string;
  readonly catalogVersion: string;
  readonly preview: ChangePreview;
}

/** `POST /commits`. */
export interface CommitResult {
  readonly id: string;
  readonly status: 'succeeded';
  readonly mode: 'purchase' | 'scheduled';
  readonly charged: Money;
  readonly subscription: Subscription;
  readonly scheduled: ScheduledChange | null;
  readonly balance: Money;
}

/** `POST /change-requests` body. */
export interface ChangeRequestInput {
  readonly subject: string;
  readonly message: string;
  readonly contactEmail: string;
  readonly selection?: Selection;
}

/** `POST /change-requests` answer. */
export interface ChangeRequestReceipt {
  readonly id: string;
  readonly receivedAt: string;
}

export interface PreviewChangeRequest extends CallOptions {
  readonly selection: Selection;
}

export interface CommitChangeRequest extends CallOptions {
  readonly previewId: string;
  /** Created once per server preview; a retry sends the same key so the server charges at most once. */
  readonly idempotencyKey: string;
}

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
}

/** The adapter's operations, e.g. for counting calls or injecting faults. */
export type AdapterOperation = 'loadAccount' | 'previewChange' | 'commitChange' | 'requestChange';
