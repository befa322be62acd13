import { describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { createDemoSubscription } from '@tarif/core/demo';
import { useBillingAccount } from '../account/use-billing-account.js';
import { useDraftChange } from '../draft/use-draft-change.js';
import { usePurchase } from '../purchase/use-purchase.js';
import { useScheduledChange } from './use-scheduled-change.js';
import { NOW, billingWrapper, demoAdapter, locales } from '../test-utils/billing-wrapper.js';
import type { BillingAdapter } from '../adapter/adapter-types.js';
import type { MemoryAdapterOptions } from '../adapter/create-memory-adapter.js';

// The demo subscription runs 1 March → 1 April 2025 with 3 seats; 2 seats wait for the renewal.
const subscription = createDemoSubscription(NOW);
const fewerSeats = {
  selection: { ...subscription.selection, seats: 2 },
  effectiveAt: subscription.periodEnd,
};

function scheduledAdapter(options: MemoryAdapterOptions = {}) {
  return demoAdapter({ scheduled: fewerSeats, ...options });
}

async function renderScheduled(adapter: BillingAdapter, locale = 'en') {
  const view = renderHook(
    () => ({
      account: useBillingAccount(),
      draft: useDraftChange(),
      purchase: usePurchase(),
      scheduled: useScheduledChange(),
    }),
    { wrapper: billingWrapper({ adapter, locale }) },
  );
  await waitFor(() => expect(view.result.current.account.status).toBe('ready'));
  return view;
}

const failureTexts = {
  network: {
    en: 'We could not reach the billing service. Check your connection and try again.',
    fr: 'Impossible de joindre le service de facturation. Vérifiez votre connexion et réessayez.',
  },
  forbidden: {
    en: 'Only the account’s primary admin can change billing.',
    fr: 'Seule la personne ayant le rôle d’administrateur principal peut modifier la facturation.',
  },
};

describe('useScheduledChange', () => {
  it.each(locales)(
    'shows the change and its date, cancels it once however often it is called, and applies the answer (%s)',
    async (locale) => {
      const adapter = scheduledAdapter();
      const { result } = await renderScheduled(adapter, locale);
      expect(result.current.scheduled.scheduled).toEqual(fewerSeats);
      expect(result.current.scheduled.effectiveDateText).toBe(
        locale === 'fr' ? '1er avril 2025' : 'April 1, 2025',
      );
      expect(result.current.scheduled.canCancel).toBe(true);
      expect(result.current.scheduled.disabledReason).toBeNull();
      expect(result.current.scheduled.status).toBe('idle');

      adapter.hold('cancelScheduledChange');
      let pending!: Promise<void>;
      act(() => {
        pending = result.current.scheduled.cancel();
        for (let i = 0; i < 5; i++) void result.current.scheduled.cancel();
      });
      expect(result.current.scheduled.status).toBe('cancelling');
      expect(result.current.scheduled.canCancel).toBe(false);
      // Still scheduled while the call is held: nothing is shown as done before the server says so.
      expect(result.current.scheduled.scheduled).toEqual(fewerSeats);
      await vi.waitFor(() => expect(adapter.held('cancelScheduledChange')).toBe(1));

      adapter.release('cancelScheduledChange');
      await act(() => pending);
      expect(adapter.calls.cancelScheduledChange).toBe(1);
      expect(result.current.scheduled.status).toBe('idle');
      expect(result.current.scheduled.scheduled).toBeNull();
      expect(result.current.scheduled.effectiveDateText).toBeNull();
      expect(result.current.scheduled.canCancel).toBe(false);
      expect(result.current.scheduled.disabledReason).toBe('nothing-scheduled');
      expect(result.current.scheduled.failureText).toBeNull();
      expect(result.current.account.scheduled).toBeNull();
      expect(result.current.account.subscription?.selection.seats).toBe(3);
      expect(adapter.snapshot().scheduled).toBeNull();
    },
  );

  it('replaces the subscription with the one the backend answers, and the draft that held it', async () => {
    // The backend renewed the subscription before cancelling: its answer is the new period.
    const memory = scheduledAdapter();
    const renewed = {
      ...subscription,
      periodStart: subscription.periodEnd,
      periodEnd: '2025-05-01T00:00:00.000Z',
      selection: { ...subscription.selection, contactLimit: 15000 },
    };
    const adapter: BillingAdapter = {
      ...memory,
      cancelScheduledChange: async () => ({ subscription: renewed, scheduled: null }),
    };
    const { result } = await renderScheduled(adapter);
    await act(() => result.current.scheduled.cancel());
    expect(result.current.account.subscription).toEqual(renewed);
    expect(result.current.draft.selection).toEqual(renewed.selection);
    expect(result.current.draft.dirty).toBe(false);
  });

  it.each(locales)(
    'refuses locally for a viewer who is not the primary admin, with the reason the purchase gives (%s)',
    async (locale) => {
      const adapter = scheduledAdapter({ faults: { forbidden: true } });
      const { result } = await renderScheduled(adapter, locale);
      expect(result.current.scheduled.scheduled).toEqual(fewerSeats);
      expect(result.current.scheduled.canCancel).toBe(false);
      expect(result.current.scheduled.disabledReason).toBe('read-only');
      expect(result.current.account.readOnlyReason).toBe('not-primary-admin');
      expect(result.current.scheduled.disabledText).toBe(result.current.purchase.disabledText);
      expect(result.current.scheduled.disabledText).toBe(
        locale === 'fr'
          ? 'Seule la personne ayant le rôle d’administrateur principal peut modifier la facturation.'
          : 'Only the account’s primary admin can change billing.',
      );
      await act(() => result.current.scheduled.cancel());
      expect(adapter.calls.cancelScheduledChange).toBe(0);
      expect(result.current.scheduled.status).toBe('idle');
    },
  );

  it.each(locales)(
    'reports a cancel the backend forbids and keeps the change (%s)',
    async (locale) => {
      const adapter = scheduledAdapter();
      const { result } = await renderScheduled(adapter, locale);
      adapter.rejectNext('cancelScheduledChange', 'forbidden');
      await act(() => result.current.scheduled.cancel());
      expect(result.current.scheduled.status).toBe('failed');
      expect(result.current.scheduled.failureReason).toBe('forbidden');
      expect(result.current.scheduled.failureText).toBe(failureTexts.forbidden[locale]);
      expect(result.current.scheduled.scheduled).toEqual(fewerSeats);
    },
  );

  it.each(locales)('fails with a reason, then a retry cancels (%s)', async (locale) => {
    const adapter = scheduledAdapter();
    const { result } = await renderScheduled(adapter, locale);
    adapter.rejectNext('cancelScheduledChange', 'network');
    await act(() => result.current.scheduled.cancel());
    expect(result.current.scheduled.status).toBe('failed');
    expect(result.current.scheduled.failureReason).toBe('network');
    expect(result.current.scheduled.failureText).toBe(failureTexts.network[locale]);
    expect(result.current.scheduled.scheduled).toEqual(fewerSeats);
    expect(result.current.scheduled.canCancel).toBe(true);

    adapter.hold('cancelScheduledChange');
    let retry!: Promise<void>;
    act(() => {
      retry = result.current.scheduled.cancel();
    });
    // A retry clears the failure while it runs.
    expect(result.current.scheduled.status).toBe('cancelling');
    expect(result.current.scheduled.failureText).toBeNull();
    adapter.release('cancelScheduledChange');
    await act(() => retry);
    expect(result.current.scheduled.status).toBe('idle');
    expect(result.current.scheduled.scheduled).toBeNull();
    expect(adapter.calls.cancelScheduledChange).toBe(2);
  });

  it('forgets a failure when the user keeps the change', async () => {
    const adapter = scheduledAdapter();
    const { result } = await renderScheduled(adapter);
    adapter.rejectNext('cancelScheduledChange', 'timeout');
    await act(() => result.current.scheduled.cancel());
    expect(result.current.scheduled.status).toBe('failed');
    act(() => result.current.scheduled.reset());
    expect(result.current.scheduled.status).toBe('idle');
    expect(result.current.scheduled.failureText).toBeNull();
    expect(result.current.scheduled.scheduled).toEqual(fewerSeats);
  });

  it('has nothing to cancel when nothing is scheduled', async () => {
    const adapter = demoAdapter();
    const { result } = await renderScheduled(adapter);
    expect(result.current.scheduled.scheduled).toBeNull();
    expect(result.current.scheduled.canCancel).toBe(false);
    expect(result.current.scheduled.disabledReason).toBe('nothing-scheduled');
    expect(result.current.scheduled.disabledText).toBe('No change is scheduled for the renewal.');
    await act(() => result.current.scheduled.cancel());
    expect(adapter.calls.cancelScheduledChange).toBe(0);
  });
});
