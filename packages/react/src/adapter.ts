// @tarif/react/adapter: the adapter contract and the HTTP adapter, for server code. Plain
// functions, no 'use client': a React Server Component or a route loader can load the account
// with the very adapter the browser uses, and hand it to <BillingProvider initialAccount>.
export type {
  AbandonCommitRequest,
  AbandonCommitResult,
  AccountSnapshot,
  AdapterOperation,
  BillingAdapter,
  BrowserPayments,
  CallOptions,
  CancelScheduledResult,
  ChangeRequestInput,
  ChangeRequestReceipt,
  CommitChangeRequest,
  CommitResult,
  HandleNextActionRequest,
  NextAction,
  NextActionOutcome,
  PaymentMethodSummary,
  PaymentMethodUpdateOutcome,
  PreviewChangeRequest,
  PrimaryAdmin,
  ReadOnlyReason,
  RequestChangeRequest,
  ScheduledChange,
  ServerPreview,
  Viewer,
} from './adapter/adapter-types.js';
export {
  AdapterError,
  adapterErrorCodes,
  isAdapterError,
  isAdapterErrorCode,
  toAdapterError,
} from './adapter/adapter-error.js';
export type { AdapterErrorCode, AdapterErrorOptions, FieldError } from './adapter/adapter-error.js';
export { createHttpAdapter, errorFromResponse } from './adapter/create-http-adapter.js';
export type { HeadersInput, HttpAdapterOptions } from './adapter/create-http-adapter.js';
