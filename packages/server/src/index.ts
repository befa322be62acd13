// Handler
export { createBillingHandler } from './handler/create-billing-handler.js';
export type { BillingHandlerOptions } from './handler/create-billing-handler.js';
export { createMaintenance as createBillingMaintenance } from './handler/maintenance.js';
export type { MaintenanceOptions, MaintenanceReport } from './handler/maintenance.js';
export type { CommitHooks } from './billing/commit-change.js';
export type { Authenticate, Principal } from './handler/authenticate.js';
export { createAccountRateLimiter, defaultRateLimits } from './handler/rate-limits.js';
export type { AccountRateLimiter, RateLimits } from './handler/rate-limits.js';
export type { RateLimit } from './http/token-bucket.js';
export { createNodeServer, nodeServerDefaults } from './node/create-node-server.js';
export type { NodeServerOptions } from './node/create-node-server.js';
export type { StaticHandlerOptions } from './static/serve-static.js';
export { toNodeListener } from './node/to-node-listener.js';
export type { NodeListenerOptions } from './node/to-node-listener.js';
export { createStaticHandler } from './static/serve-static.js';

// Wire types
export type { AccountSnapshot } from './routes/get-account.js';
export type { ServerPreview } from './billing/price-preview.js';
export type { CommitResult } from './routes/create-commit.js';
export type { ChangeRequestReceipt } from './routes/create-change-request.js';
export type { CancelScheduledResult } from './routes/cancel-scheduled-change.js';
export type { ErrorCode, FieldError } from './http/errors.js';
export { errorStatus } from './http/errors.js';

// Store contract (the SQLite and PostgreSQL stores are on their own entries)
export type {
  AccountRecord,
  AccountTransaction,
  AgreedPrice,
  BillingStore,
  ChangeRequestRecord,
  CommitOutcome,
  CommitRecord,
  LedgerEntry,
  PreviewRecord,
  ScheduledChange,
  StoredSubscription,
  SubscriptionRecord,
  SweepInput,
  UserRecord,
} from './store/store-types.js';
export { CurrencyMismatchError, StoreConflictError } from './store/store-types.js';

// Payments
export type { PaymentsPort } from './payments/payments-port.js';
export { PaymentDeclinedError, PaymentProviderUnavailableError } from './payments/payments-port.js';
export type {
  AnyPaymentsPort,
  CarryOutResult,
  CommitChange,
  ScheduledCancel,
  SubscriptionPaymentsPort,
} from './payments/subscription-payments-port.js';
export { isSubscriptionPort } from './payments/subscription-payments-port.js';
