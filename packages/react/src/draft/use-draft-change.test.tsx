import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { useBillingAccount } from '../account/use-billing-account.js';
import { useDraftChange } from './use-draft-change.js';
import { billingWrapper, locales } from '../test-utils/billing-wrapper.js';

describe('useDraftChange', () => {
  it.each(locales)('starts from the subscription, tracks dirty and resets (%s)', async (locale) => {
    const { result } = renderHook(
      () => ({ account: useBillingAccount(), draft: useDraftChange() }),
      { wrapper: billingWrapper({ locale }) },
    );
    expect(result.current.draft.selection).toBeNull();
    await waitFor(() => expect(result.current.account.status).toBe('ready'));
    expect(result.current.draft.selection).toEqual(result.current.draft.current);
    expect(result.current.draft.dirty).toBe(false);
    act(() => result.current.draft.setSeats((seats) => seats + 2));
    expect(result.current.draft.selection?.seats).toBe(5);
    expect(result.current.draft.dirty).toBe(true);
    act(() => result.current.draft.reset());
    expect(result.current.draft.dirty).toBe(false);
  });

  it('estimates the change locally with core at the provider clock', async () => {
    const { result } = renderHook(
      () => ({ account: useBillingAccount(), draft: useDraftChange() }),
      { wrapper: billingWrapper() },
    );
    await waitFor(() => expect(result.current.account.status).toBe('ready'));
    act(() => result.current.draft.setPlan('pro'));
    const estimate = result.current.draft.estimate;
    expect(estimate?.mode).toBe('purchase');
    // 16 of 31 days left: credit 59 € × 16/31 = 30,45 €; charge 99 € × 16/31 = 51,10 €; due 20,65 €.
    expect(estimate?.dueToday).toEqual({ amount: 2065, currency: 'EUR' });
  });

  it('keeps the plan when switching to a product that has it', async () => {
    const { result } = renderHook(
      () => ({ account: useBillingAccount(), draft: useDraftChange() }),
      { wrapper: billingWrapper() },
    );
    await waitFor(() => expect(result.current.account.status).toBe('ready'));
    act(() => result.current.draft.setProduct('marketing-sales'));
    expect(result.current.draft.selection).toMatchObject({
      product: 'marketing-sales',
      plan: 'plus',
    });
  });
});
