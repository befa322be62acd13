import { act, renderHook, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { useBillingAccount } from '../account/use-billing-account.js';
import type { MemoryAdapter } from '../adapter/create-memory-adapter.js';
import { useDraftChange } from '../draft/use-draft-change.js';
import { usePurchase } from '../purchase/use-purchase.js';
import { useReview } from '../review/use-review.js';
import { billingWrapper, demoAdapter } from './billing-wrapper.js';

/** Ready account, draft upgraded to Pro, review open with the server preview in. */
export async function reviewedUpgrade(adapter: MemoryAdapter = demoAdapter(), locale = 'en') {
  const view = renderHook(
    () => ({
      account: useBillingAccount(),
      draft: useDraftChange(),
      review: useReview(),
      purchase: usePurchase(),
    }),
    { wrapper: billingWrapper({ adapter, locale, previewDebounceMs: 0 }) },
  );
  await waitFor(() => expect(view.result.current.account.status).toBe('ready'));
  act(() => view.result.current.draft.setPlan('pro'));
  act(() => view.result.current.review.open());
  await waitFor(() => expect(view.result.current.review.source).toBe('server'));
  return view;
}
