import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { useDraftChange } from '../draft/use-draft-change.js';
import { useChangeRequest } from '../change-request/use-change-request.js';
import { usePurchase } from './use-purchase.js';
import { usePurchaseFlow } from './use-purchase-flow.js';
import { useReview } from '../review/use-review.js';
import { billingWrapper, demoAdapter } from '../test-utils/billing-wrapper.js';
import type { MemoryAdapter } from '../adapter/create-memory-adapter.js';

function renderFlow(adapter: MemoryAdapter = demoAdapter()) {
  return renderHook(
    () => ({
      flow: usePurchaseFlow(),
      draft: useDraftChange(),
      review: useReview(),
      purchase: usePurchase(),
      request: useChangeRequest(),
    }),
    { wrapper: billingWrapper({ adapter, previewDebounceMs: 0 }) },
  );
}

describe('usePurchaseFlow', () => {
  it('goes from editing to the review, to its success, and back to editing', async () => {
    const adapter = demoAdapter();
    const { result } = renderFlow(adapter);
    await waitFor(() => expect(result.current.flow.status).toBe('editing'));
    expect(result.current.flow.reviewOpen).toBe(false);
    act(() => result.current.draft.setPlan('pro'));
    act(() => result.current.flow.review());
    expect(result.current.flow).toMatchObject({ status: 'reviewing', reviewOpen: true });
    expect(result.current.review.isOpen).toBe(true);
    await waitFor(() => expect(result.current.flow.previewPhase).toBe('ready'));
    await act(() => result.current.purchase.confirm());
    expect(result.current.flow).toMatchObject({ status: 'done', previewPhase: null });
    act(() => result.current.flow.close());
    expect(result.current.flow.status).toBe('editing');
    expect(result.current.purchase.status).toBe('idle');
  });

  it('keeps the review open while the commit is in flight, whatever asks it to close', async () => {
    const adapter = demoAdapter();
    const { result } = renderFlow(adapter);
    await waitFor(() => expect(result.current.flow.status).toBe('editing'));
    act(() => result.current.draft.setSeats(5));
    act(() => result.current.flow.review());
    await waitFor(() => expect(result.current.flow.previewPhase).toBe('ready'));
    adapter.hold('commitChange');
    let commit: Promise<void> = Promise.resolve();
    act(() => {
      commit = result.current.purchase.confirm();
    });
    await waitFor(() => expect(adapter.held('commitChange')).toBe(1));
    act(() => result.current.flow.close());
    act(() => result.current.flow.requestChange());
    act(() => result.current.draft.setSeats(6));
    expect(result.current.flow.status).toBe('committing');
    expect(result.current.draft.selection?.seats).toBe(5);
    adapter.release('commitChange');
    await act(() => commit);
    expect(result.current.flow.status).toBe('done');
    expect(adapter.snapshot().subscription.selection.seats).toBe(5);
  });

  it('hands a change only sales can make from the review to the request form, subject prefilled', async () => {
    const plus = demoAdapter().snapshot().subscription;
    const adapter = demoAdapter({
      subscription: { ...plus, seatsInUse: 1 },
    });
    const { result } = renderFlow(adapter);
    await waitFor(() => expect(result.current.flow.status).toBe('editing'));
    act(() => result.current.draft.setSelection((s) => ({ ...s, plan: 'starter', seats: 1 })));
    expect(result.current.draft.nextStep).toBe('request');
    act(() => result.current.flow.review());
    expect(result.current.review.needsSales).toBe(true);
    expect(result.current.review.nextStep).toBe('request');
    act(() => result.current.flow.requestChange());
    expect(result.current.flow).toMatchObject({ status: 'requesting', reviewOpen: false });
    expect(result.current.request.values.subject).toBe('Downgrade from Plus to Starter');
    act(() => result.current.flow.close());
    expect(result.current.flow.status).toBe('editing');
    expect(adapter.calls.commitChange).toBe(0);
  });

  it('rests in read-only for a viewer who cannot buy, and refuses the request form', async () => {
    const { result } = renderFlow(demoAdapter({ faults: { forbidden: true } }));
    await waitFor(() => expect(result.current.flow.status).toBe('read-only'));
    act(() => result.current.flow.requestChange());
    expect(result.current.flow.status).toBe('read-only');
    // Looking at a price is allowed; buying it is not.
    act(() => result.current.draft.setPlan('pro'));
    act(() => result.current.flow.review());
    await waitFor(() => expect(result.current.flow.previewPhase).toBe('ready'));
    expect(result.current.purchase.disabledReason).toBe('read-only');
    act(() => result.current.flow.close());
    expect(result.current.flow.status).toBe('read-only');
  });
});
