import { toAdapterError } from '../adapter/adapter-error.js';
import { createIdempotencyKey } from '../internal/idempotency-key.js';
import { singleFlight } from '../internal/single-flight.js';
import type { StoreHandle } from './store-handle.js';

/**
 * Commits the reviewed server preview once: calls while one is in flight share it, and every
 * attempt for one preview sends the same idempotency key, so a retry after a failure (or a
 * timeout that did reach the backend) charges at most once. A new preview is a new purchase.
 */
export function createCommitPurchase(store: StoreHandle): () => Promise<void> {
  const keys = new Map<string, string>();
  return singleFlight(() => {
    store.send({ type: 'CONFIRM' });
    const { flow } = store.getState();
    if (flow.status !== 'committing') return null;
    const previewId = flow.review.preview.id;
    let idempotencyKey = keys.get(previewId);
    if (!idempotencyKey) keys.set(previewId, (idempotencyKey = createIdempotencyKey()));
    return commit(store, previewId, idempotencyKey);
  });
}

// Async, so an adapter that throws instead of rejecting still ends the commit.
async function commit(store: StoreHandle, previewId: string, idempotencyKey: string) {
  try {
    const result = await store.config.adapter.commitChange({ previewId, idempotencyKey });
    store.send({ type: 'COMMIT_SUCCEEDED', result });
  } catch (error) {
    store.send({ type: 'COMMIT_FAILED', error: toAdapterError(error) });
  }
}
