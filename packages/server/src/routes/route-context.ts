import type { KeyedLock } from '../billing/account-lock.js';
import type { RateLimitName } from '../handler/rate-limits.js';
import type { PaymentsPort } from '../payments/payments-port.js';
import type { BillingStore, UserRecord } from '../store/store-types.js';
import type { Faults } from '../test-controls/faults.js';

/** What every route gets once the request is authenticated. */
export interface RouteContext {
  readonly request: Request;
  readonly store: BillingStore;
  readonly payments: PaymentsPort;
  readonly accountId: string;
  readonly user: UserRecord;
  readonly now: () => Date;
  readonly previewTtlMs: number;
  readonly maxBodyBytes: number;
  /** Present only when test controls are on. */
  readonly faults: Faults | undefined;
  /** Serializes commits per account. */
  readonly accountLock: KeyedLock;
  /** Takes one of the account's `name` tokens, or throws 429 rate-limited (handler/rate-limits.ts). */
  readonly rateLimit: (name: RateLimitName) => void;
}
