import { AdapterError, toAdapterError } from '../adapter/adapter-error.js';
import type { CommitResult, NextAction, NextActionOutcome } from '../adapter/adapter-types.js';
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
  const { adapter } = store.config;
  try {
    let result: CommitResult;
    try {
      result = await adapter.commitChange({ previewId, idempotencyKey });
    } catch (error) {
      const failure = toAdapterError(error);
      if (failure.code !== 'payment-requires-action' || !failure.nextAction) throw failure;
      if (!adapter.handleNextAction) throw failure;
      result = await authenticate(store, failure.nextAction, previewId, idempotencyKey);
    }
    store.send({ type: 'COMMIT_SUCCEEDED', result });
  } catch (error) {
    store.send({ type: 'COMMIT_FAILED', error: toAdapterError(error) });
  }
}

/**
 * Hands the payment to the customer's bank step, then finishes the commit with the same key: the
 * backend asks its provider whether the payment went through, never the browser. A step that
 * failed or was left gives the commit up at the backend, so nothing can be charged later, and the
 * review stays open to try again.
 */
async function authenticate(
  store: StoreHandle,
  action: NextAction,
  previewId: string,
  idempotencyKey: string,
): Promise<CommitResult> {
  const { adapter } = store.config;
  store.send({ type: 'AUTHENTICATING' });
  let outcome: NextActionOutcome;
  try {
    outcome = (await adapter.handleNextAction?.({ action })) ?? 'failed';
  } catch {
    outcome = 'failed';
  }
  if (outcome === 'succeeded') return adapter.commitChange({ previewId, idempotencyKey });
  if (adapter.abandonCommit) {
    const answer = await adapter.abandonCommit({ idempotencyKey });
    // The bank's answer reached the provider before the give-up did: it was paid, once.
    if (answer.status === 'succeeded') return answer;
  }
  throw new AdapterError(
    'authentication-failed',
    outcome === 'abandoned'
      ? 'The customer left the bank step; nothing was charged.'
      : 'The bank did not confirm the payment; nothing was charged.',
  );
}
