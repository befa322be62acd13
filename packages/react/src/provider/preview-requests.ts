import type { Selection } from '@tarif/core';
import { toAdapterError } from '../adapter/adapter-error.js';
import type { BillingEvent } from '../flow/flow-events.js';
import type { BillingState, FlowState, ServerPreviewState } from '../flow/flow-state.js';
import type { StoreHandle } from './store-handle.js';

/** Asking the server to price the draft under review. */
export interface PreviewRequests {
  /** Runs after every transition: a new ask replaces the previous one (debounced, aborted). */
  follow(previous: BillingState, next: BillingState, event: BillingEvent): void;
  dispose(): void;
}

// While the draft moves (a slider being dragged) the server is asked once it stays still.
const draftEvents: ReadonlySet<BillingEvent['type']> = new Set([
  'DRAFT_CHANGED',
  'CONTACTS_BEYOND',
  'DRAFT_RESET',
]);

export function createPreviewRequests(store: StoreHandle): PreviewRequests {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let controller: AbortController | null = null;
  let seq = 0;

  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    controller?.abort();
    controller = null;
  };

  const request = async (selection: Selection, key: string) => {
    const mine = ++seq;
    const own = (controller = new AbortController());
    // Only the newest request may answer: an older, slower one is dropped (and was aborted).
    const current = () => mine === seq && !own.signal.aborted;
    try {
      const preview = await store.config.adapter.previewChange({ selection, signal: own.signal });
      if (current()) store.send({ type: 'PREVIEW_LOADED', key, preview });
    } catch (error) {
      if (current()) store.send({ type: 'PREVIEW_FAILED', key, error: toAdapterError(error) });
    } finally {
      if (controller === own) controller = null;
    }
  };

  return {
    follow(previous, next, event) {
      const ask = reviewOf(next.flow);
      // The transition keeps the review object while what is asked stays the same.
      if (ask === reviewOf(previous.flow)) return;
      cancel();
      const { draft } = next;
      if (ask?.phase !== 'estimating' || ask.key === null || !draft) return;
      const key = ask.key;
      const run = () => {
        timer = null;
        void request(draft, key);
      };
      const delayMs = draftEvents.has(event.type) ? store.config.previewDebounceMs : 0;
      if (delayMs <= 0) run();
      else timer = setTimeout(run, delayMs);
    },
    dispose: cancel,
  };
}

function reviewOf(flow: FlowState): ServerPreviewState | null {
  return 'review' in flow ? flow.review : null;
}
