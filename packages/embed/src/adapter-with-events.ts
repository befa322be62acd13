import type { BillingAdapter } from '@tarif/react';
import { dispatch } from './dispatch.js';

type Operation = keyof BillingAdapter;

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unknown';
}

/**
 * The adapter, reporting to the host: every failed call as `tarif:error`, every change request
 * sent as `tarif:change-request`. Done here rather than in the widgets because the adapter is the
 * one place every call goes through. Cancelled calls (a preview superseded by the next slider step)
 * are the page's own business and are not reported.
 */
export function adapterWithEvents(adapter: BillingAdapter, target: EventTarget): BillingAdapter {
  function reported<A extends unknown[], R>(
    operation: Operation,
    call: (...args: A) => Promise<R>,
  ): (...args: A) => Promise<R> {
    return async (...args) => {
      try {
        return await call(...args);
      } catch (error) {
        const code = errorCode(error);
        if (code !== 'aborted') {
          const message = error instanceof Error ? error.message : String(error);
          dispatch(target, 'tarif:error', { operation, code, message });
        }
        throw error;
      }
    };
  }
  return {
    loadAccount: reported('loadAccount', (request) => adapter.loadAccount(request)),
    previewChange: reported('previewChange', (request) => adapter.previewChange(request)),
    commitChange: reported('commitChange', (request) => adapter.commitChange(request)),
    requestChange: reported('requestChange', async (request) => {
      const receipt = await adapter.requestChange(request);
      dispatch(target, 'tarif:change-request', {
        // The signal is the page's plumbing, not what the user sent.
        request: Object.fromEntries(Object.entries(request).filter(([key]) => key !== 'signal')),
        receipt: { ...receipt },
      });
      return receipt;
    }),
    cancelScheduledChange: reported('cancelScheduledChange', (request) =>
      adapter.cancelScheduledChange(request),
    ),
    // Optional capabilities stay optional: the widgets offer them only when the host's adapter has them.
    ...(adapter.handleNextAction && {
      handleNextAction: reported('handleNextAction', (request) =>
        adapter.handleNextAction!(request),
      ),
    }),
    ...(adapter.abandonCommit && {
      abandonCommit: reported('abandonCommit', (request) => adapter.abandonCommit!(request)),
    }),
    ...(adapter.updatePaymentMethod && {
      updatePaymentMethod: reported('updatePaymentMethod', (request) =>
        adapter.updatePaymentMethod!(request),
      ),
    }),
  };
}
