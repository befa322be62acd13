import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { useBillingAccount } from '../account/use-billing-account.js';
import { useDraftChange } from '../draft/use-draft-change.js';
import { useReview } from '../review/use-review.js';
import { usePurchase } from './use-purchase.js';
import { billingWrapper, demoAdapter, locales } from '../test-utils/billing-wrapper.js';
import type { MemoryAdapter } from '../adapter/create-memory-adapter.js';
import { reviewedUpgrade } from '../test-utils/reviewed-upgrade.js';

const keysSent = (adapter: MemoryAdapter) =>
  adapter.log
    .filter((call) => call.operation === 'commitChange')
    .map((call) => (call.input as { idempotencyKey: string }).idempotencyKey);

describe('usePurchase', () => {
  it.each(locales)(
    'commits once for twenty rapid confirms and applies the new subscription (%s)',
    async (locale) => {
      const adapter = demoAdapter();
      const { result } = await reviewedUpgrade(adapter, locale);
      expect(result.current.purchase.canConfirm).toBe(true);
      await act(async () => {
        const clicks = Array.from({ length: 20 }, () => result.current.purchase.confirm());
        await Promise.all(clicks);
      });
      expect(adapter.calls.commitChange).toBe(1);
      expect(result.current.purchase.status).toBe('succeeded');
      expect(result.current.purchase.result?.charged).toEqual({ amount: 2065, currency: 'EUR' });
      expect(result.current.account.subscription?.selection.plan).toBe('pro');
      expect(result.current.draft.dirty).toBe(false);
    },
  );

  it('counts confirm-button clicks in the same tick as one commit', async () => {
    const adapter = demoAdapter({ latencyMs: 20 });
    const { result } = await reviewedUpgrade(adapter);
    const button = result.current.purchase.getConfirmButtonProps();
    act(() => {
      for (let i = 0; i < 20; i++) button.onClick();
    });
    expect(result.current.purchase.status).toBe('submitting');
    await waitFor(() => expect(result.current.purchase.status).toBe('succeeded'));
    expect(adapter.calls.commitChange).toBe(1);
  });

  it.each(locales)('retries a failed commit with the same idempotency key (%s)', async (locale) => {
    const adapter = demoAdapter();
    const { result } = await reviewedUpgrade(adapter, locale);
    adapter.rejectNext('commitChange', 'network');
    await act(() => result.current.purchase.confirm());
    expect(result.current.purchase.status).toBe('failed');
    expect(result.current.purchase.failureReason).toBe('network');
    expect(result.current.purchase.failureText).toBe(
      locale === 'fr'
        ? 'Impossible de joindre le service de facturation. Vérifiez votre connexion et réessayez.'
        : 'We could not reach the billing service. Check your connection and try again.',
    );
    await act(() => result.current.purchase.confirm());
    expect(result.current.purchase.status).toBe('succeeded');
    const keys = keysSent(adapter);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('treats a timeout like any failure: the retry reuses the key', async () => {
    const adapter = demoAdapter();
    const { result } = await reviewedUpgrade(adapter);
    adapter.rejectNext('commitChange', 'timeout');
    await act(() => result.current.purchase.confirm());
    expect(result.current.purchase.failureReason).toBe('timeout');
    await act(() => result.current.purchase.confirm());
    expect(new Set(keysSent(adapter)).size).toBe(1);
  });

  it.each(locales)(
    'shows the new price after price-changed and needs a second look (%s)',
    async (locale) => {
      const adapter = demoAdapter();
      const { result } = await reviewedUpgrade(adapter, locale);
      const before = result.current.review.serverPreview;
      adapter.priceChangeNextCommit();
      await act(() => result.current.purchase.confirm());
      expect(result.current.purchase.failureReason).toBe('price-changed');
      expect(result.current.review.priceChanged).toBe(true);
      expect(result.current.review.serverPreview?.id).not.toBe(before?.id);
      expect(result.current.review.dueToday?.amount).toBeGreaterThan(
        before?.preview.dueToday.amount ?? Infinity,
      );
      expect(result.current.purchase.canConfirm).toBe(false);
      expect(result.current.purchase.disabledReason).toBe('price-changed');
      await act(() => result.current.purchase.confirm());
      expect(adapter.calls.commitChange).toBe(1);
      act(() => result.current.review.acknowledgePriceChange());
      expect(result.current.purchase.canConfirm).toBe(true);
      await act(() => result.current.purchase.confirm());
      expect(result.current.purchase.status).toBe('succeeded');
      // A new preview is a new purchase: it gets its own key.
      const keys = keysSent(adapter);
      expect(keys[1]).not.toBe(keys[0]);
    },
  );

  it.each(locales)(
    'refuses locally when the viewer is not the primary admin (%s)',
    async (locale) => {
      const adapter = demoAdapter({ faults: { forbidden: true } });
      const { result } = await reviewedUpgrade(adapter, locale);
      expect(result.current.account.canManageBilling).toBe(false);
      expect(result.current.account.readOnlyReason).toBe('not-primary-admin');
      expect(result.current.purchase.disabledReason).toBe('read-only');
      expect(result.current.purchase.getConfirmButtonProps()['aria-disabled']).toBe(true);
      await act(() => result.current.purchase.confirm());
      expect(adapter.calls.commitChange).toBe(0);
      expect(result.current.purchase.status).toBe('idle');
    },
  );

  it('does not commit an estimate', async () => {
    const adapter = demoAdapter({ latencyMs: 50 });
    const view = renderHook(
      () => ({
        account: useBillingAccount(),
        draft: useDraftChange(),
        review: useReview(),
        purchase: usePurchase(),
      }),
      {
        wrapper: billingWrapper({ adapter, previewDebounceMs: 0 }),
      },
    );
    await waitFor(() => expect(view.result.current.account.status).toBe('ready'));
    act(() => view.result.current.draft.setPlan('pro'));
    act(() => view.result.current.review.open());
    expect(view.result.current.review.source).toBe('estimate');
    expect(view.result.current.purchase.disabledReason).toBe('estimate');
    await act(() => view.result.current.purchase.confirm());
    expect(adapter.calls.commitChange).toBe(0);
  });

  it('does not commit a change that needs a request', async () => {
    const adapter = demoAdapter();
    const view = renderHook(
      () => ({
        account: useBillingAccount(),
        draft: useDraftChange(),
        review: useReview(),
        purchase: usePurchase(),
      }),
      {
        wrapper: billingWrapper({ adapter, previewDebounceMs: 0 }),
      },
    );
    await waitFor(() => expect(view.result.current.account.status).toBe('ready'));
    act(() => view.result.current.draft.setInterval('year'));
    act(() => view.result.current.draft.setInterval('month'));
    act(() => view.result.current.draft.setProduct('sales'));
    act(() => view.result.current.review.open());
    await waitFor(() => expect(view.result.current.review.source).toBe('server'));
    expect(view.result.current.purchase.disabledReason).toBe('request');
  });
});
