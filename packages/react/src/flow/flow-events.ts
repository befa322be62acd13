import type { Catalog, PaymentMethodSummary, Selection } from '@tarif/core';
import type { AdapterError } from '../adapter/adapter-error.js';
import type {
  AccountSnapshot,
  CancelScheduledResult,
  CommitResult,
  ServerPreview,
} from '../adapter/adapter-types.js';
import type { BillingAccountError } from './flow-state.js';

/**
 * What can happen to the billing state. The user's intents (`REVIEW`, `CONFIRM`...) come from the
 * hooks; the backend's answers (`PREVIEW_LOADED`, `COMMIT_FAILED`...) from the store's effects.
 */
export type BillingEvent =
  // ---- account (the store's loader) ----
  | { readonly type: 'ACCOUNT_LOADING' }
  | {
      readonly type: 'ACCOUNT_LOADED';
      readonly snapshot: AccountSnapshot;
      /** The validated catalog, localized. */
      readonly catalog: Catalog;
    }
  | {
      readonly type: 'ACCOUNT_FAILED';
      readonly error: BillingAccountError;
      /** The snapshot whose catalog did not validate; null when the backend failed. */
      readonly snapshot: AccountSnapshot | null;
    }
  | { readonly type: 'CATALOG_LOCALIZED'; readonly catalog: Catalog }
  | { readonly type: 'PAYMENT_METHOD_CHANGED'; readonly paymentMethod: PaymentMethodSummary | null }
  // ---- draft ----
  | { readonly type: 'DRAFT_CHANGED'; readonly selection: Selection }
  | { readonly type: 'CONTACTS_BEYOND'; readonly beyond: boolean }
  | { readonly type: 'DRAFT_RESET' }
  // ---- review ----
  | { readonly type: 'REVIEW' }
  | { readonly type: 'RETRY_PREVIEW' }
  | { readonly type: 'PREVIEW_LOADED'; readonly key: string; readonly preview: ServerPreview }
  | { readonly type: 'PREVIEW_FAILED'; readonly key: string; readonly error: AdapterError }
  | { readonly type: 'ACKNOWLEDGE_PRICE' }
  // ---- commit ----
  | { readonly type: 'CONFIRM' }
  | { readonly type: 'AUTHENTICATING' }
  | { readonly type: 'COMMIT_SUCCEEDED'; readonly result: CommitResult }
  | { readonly type: 'COMMIT_FAILED'; readonly error: AdapterError }
  | { readonly type: 'RESET_PURCHASE' }
  // ---- change request, and leaving the review or the request ----
  | { readonly type: 'REQUEST' }
  | { readonly type: 'CLOSE' }
  // ---- cancelling the scheduled change ----
  | { readonly type: 'CANCEL_SCHEDULED' }
  | { readonly type: 'CANCEL_SUCCEEDED'; readonly result: CancelScheduledResult }
  | { readonly type: 'CANCEL_FAILED'; readonly error: AdapterError }
  | { readonly type: 'CANCEL_RESET' };
