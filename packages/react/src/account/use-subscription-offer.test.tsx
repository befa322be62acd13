import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { useBillingAccount } from './use-billing-account.js';
import { useSubscriptionOffer } from './use-subscription-offer.js';
import { useDraftChange } from '../draft/use-draft-change.js';
import { billingWrapper, demoAdapter } from '../test-utils/billing-wrapper.js';

// The demo subscription: Marketing Plus, monthly, 10 000 contacts, 3 seats (all included), no add-ons.
async function renderOffer() {
  const view = renderHook(
    () => ({
      account: useBillingAccount(),
      draft: useDraftChange(),
      offer: useSubscriptionOffer(),
    }),
    {
      wrapper: billingWrapper({ adapter: demoAdapter() }),
    },
  );
  await waitFor(() => expect(view.result.current.account.status).toBe('ready'));
  return view;
}

describe('useSubscriptionOffer', () => {
  it('prices the tiers at the subscription whatever the draft holds', async () => {
    const { result } = await renderOffer();
    act(() => {
      result.current.draft.setContactLimit(15000);
      result.current.draft.setPlan('starter');
      result.current.draft.setInterval('year');
    });
    const { tiers, interval } = result.current.offer;
    expect(interval).toBe('month');
    // Plus at 10 000 contacts, 3 included seats, monthly: €59.00, not the draft's 15 000-contact €79.00.
    expect(tiers.find((tier) => tier.id === 'plus')).toMatchObject({
      current: true,
      selected: true,
      direction: 'unchanged',
      price: { amount: 5900, currency: 'EUR' },
    });
    expect(tiers.find((tier) => tier.id === 'pro')).toMatchObject({
      selected: false,
      direction: 'up',
    });
    expect(
      tiers.find((tier) => tier.id === 'starter')?.featuresLost.map((feature) => feature.id),
    ).toContain('marketing-automation');
  });

  it('prices Starter too, at its one seat, with why the account does not fit it', async () => {
    const { result } = await renderOffer();
    expect(result.current.offer.tiers[0]).toMatchObject({
      id: 'starter',
      price: { amount: 3900, currency: 'EUR' },
      pricedSeats: 1,
      unavailable: { reason: 'seats-in-use', max: 1, seatsInUse: 2 },
      unavailableReason: '1 user maximum; you have 2 users',
    });
  });

  it('judges add-ons by the subscription’s plan and interval', async () => {
    const { result } = await renderOffer();
    act(() => result.current.draft.setPlan('starter'));
    // SMS needs Plus: the draft's Starter would rule it out, the subscription's Plus offers it.
    expect(result.current.offer.addOn('sms')).toEqual({
      state: 'available',
      price: { amount: 1500, currency: 'EUR' },
    });
    expect(result.current.offer.addOn('custom-reporting').state).toBe('not-allowed');
    expect(result.current.offer.addOn('no-such-add-on')).toEqual({
      state: 'not-allowed',
      price: null,
    });
  });

  it('offers the bundle that contains the subscription’s product, and none once on it', async () => {
    const { result } = await renderOffer();
    // Marketing is part of Marketing & Sales.
    expect(result.current.offer.bundle?.bundleOf).toContain('marketing');
    const onBundle = demoAdapter().snapshot().subscription;
    const view = renderHook(() => useSubscriptionOffer(), {
      wrapper: billingWrapper({
        adapter: demoAdapter({
          subscription: {
            ...onBundle,
            selection: { ...onBundle.selection, product: result.current.offer.bundle?.id ?? '' },
          },
        }),
      }),
    });
    await waitFor(() => expect(view.result.current.tiers.length).toBeGreaterThan(0));
    expect(view.result.current.bundle).toBeNull();
  });
});
