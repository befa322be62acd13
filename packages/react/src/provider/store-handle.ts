import type { BillingAdapter } from '../adapter/adapter-types.js';
import type { BillingEvent } from '../flow/flow-events.js';
import type { BillingState } from '../flow/flow-state.js';

/** What the provider passes its store; read when work starts, so a new adapter applies to the next call. */
export interface BillingStoreConfig {
  adapter: BillingAdapter;
  now: () => Date;
  previewDebounceMs: number;
}

/** What the store's effects see of it: the latest state, the config, and `send`. */
export interface StoreHandle {
  readonly config: BillingStoreConfig;
  getState(): BillingState;
  send(event: BillingEvent): void;
}
