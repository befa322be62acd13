// Handler
export { createBillingHandler } from './handler/create-billing-handler.js';
export type { BillingHandlerOptions } from './handler/create-billing-handler.js';
export { defaultRateLimits } from './handler/rate-limits.js';
export type { RateLimits } from './handler/rate-limits.js';
export type { RateLimit } from './http/token-bucket.js';
export type { Authenticate, Principal } from './handler/authenticate.js';
export { toNodeListener } from './node/to-node-listener.js';
export type { NodeListenerOptions } from './node/to-node-listener.js';
export { createNodeServer, nodeServerDefaults } from './node/create-node-server.js';
export type { NodeServerOptions } from './node/create-node-server.js';
export { createStaticHandler } from './static/serve-static.js';
export type { StaticHandlerOptions } from './static/serve-static.js';

// Wire types
export type { AccountSnapshot } from './routes/get-account.js';
export type { ServerPreview } from './billing/price-preview.js';
export type { CommitResult } from './routes/create-commit.js';
export type { ChangeRequestReceipt } from './routes/create-change-request.js';
export type { ErrorCode, FieldError } from './http/errors.js';
export { errorStatus } from './http/errors.js';

// Store
export type {
  AccountRecord,
  BillingStore,
  ChangeRequestRecord,
  ClaimCommitInput,
  CommitClaim,
  CompleteCommitInput,
  LedgerEntry,
  PreviewRecord,
  RecordChargeInput,
  ScheduledChange,
  SubscriptionRecord,
  UserRecord,
} from './store/store-types.js';
export { createSqliteStore } from './store/sqlite-store.js';
export type { SqliteStore } from './store/sqlite-store.js';
export { migrations, migrate } from './store/migrations.js';
export type { Migration } from './store/migrations.js';

// Payments
export type { PaymentsPort } from './payments/payments-port.js';
export { createLedgerPayments } from './payments/ledger-payments.js';

// Demo
export { seedDemo } from './demo/seed-demo.js';
export type { SeedDemoOptions } from './demo/seed-demo.js';
export { demoAuthenticate } from './demo/demo-authenticate.js';
export { demoUsers, demoAccounts } from './demo/demo-users.js';
