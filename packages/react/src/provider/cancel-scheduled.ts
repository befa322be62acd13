import { toAdapterError } from '../adapter/adapter-error.js';
import { singleFlight } from '../internal/single-flight.js';
import type { StoreHandle } from './store-handle.js';

/**
 * Cancels the scheduled change once; calls while one is in flight share it. The backend answers
 * the same whether or not something was scheduled, so a retry after a failure is harmless.
 */
export function createCancelScheduled(store: StoreHandle): () => Promise<void> {
  return singleFlight(() => {
    store.send({ type: 'CANCEL_SCHEDULED' });
    if (store.getState().cancelScheduled.status !== 'cancelling') return null;
    return cancel(store);
  });
}

// Async, so an adapter that throws instead of rejecting still ends the cancel.
async function cancel(store: StoreHandle) {
  try {
    const result = await store.config.adapter.cancelScheduledChange();
    store.send({ type: 'CANCEL_SUCCEEDED', result });
  } catch (error) {
    store.send({ type: 'CANCEL_FAILED', error: toAdapterError(error) });
  }
}
