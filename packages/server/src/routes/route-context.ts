import type { TaxRates } from '@tarif/core';
import type { CommitHooks } from '../billing/commit-change.js';
import type { RateLimitName } from '../handler/rate-limits.js';
import type { AnyPaymentsPort } from '../payments/subscription-payments-port.js';
import type { BillingStore, UserRecord } from '../store/store-types.js';

/** What every route gets once the request is authenticated. */
export interface RouteContext {
  readonly request: Request;
  readonly store: BillingStore;
  readonly payments: AnyPaymentsPort;
  readonly accountId: string;
  readonly user: UserRecord;
  readonly now: () => Date;
  readonly previewTtlMs: number;
  /** The seller's tax table; null: no tax is computed (`BillingHandlerOptions.taxRates`). */
  readonly taxRates: TaxRates | null;
  readonly maxBodyBytes: number;
  readonly hooks: CommitHooks | undefined;
  /** Takes one of the account's `name` tokens, or throws 429 rate-limited (handler/rate-limits.ts). */
  readonly rateLimit: (name: RateLimitName) => void;
}
