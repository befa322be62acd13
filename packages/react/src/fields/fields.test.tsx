import { describe, expect, it, vi } from 'vitest';
import { Profiler } from 'react';
import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { usageStatus } from '@tarif/core';
import { demoCatalogEUR } from '@tarif/core/demo';
import { useBillingAccount } from '../account/use-billing-account.js';
import { useDraftActions } from '../draft/use-draft-actions.js';
import { useDraftChange } from '../draft/use-draft-change.js';
import { useContactLimitField } from './use-contact-limit-field.js';
import { useSeatField } from './use-seat-field.js';
import { usePlanTierField } from './use-plan-tier-field.js';
import { useAddOn } from './use-add-on.js';
import { billingWrapper, demoAdapter, locales } from '../test-utils/billing-wrapper.js';

// The demo subscription: Marketing Plus, monthly, 10 000 contacts (band 3), 3 seats; 8 700 contacts and 2 seats in use.
async function renderReady<T>(hook: () => T, locale: string, adapter = demoAdapter()) {
  const view = renderHook(
    () => ({ account: useBillingAccount(), draft: useDraftChange(), field: hook() }),
    { wrapper: billingWrapper({ adapter, locale }) },
  );
  await waitFor(() => expect(view.result.current.account.status).toBe('ready'));
  return view;
}

describe('useContactLimitField', () => {
  it.each(locales)(
    'describes the bands with prices and the usage that blocks the small ones (%s)',
    async (locale) => {
      const { result } = await renderReady(useContactLimitField, locale);
      const field = result.current.field;
      expect(field.selectedIndex).toBe(3);
      expect(field.bands).toHaveLength(12);
      expect(field.bands[3]?.price).toEqual({ amount: 5900, currency: 'EUR' });
      expect(field.bands.filter((band) => band.blocked).map((band) => band.limit)).toEqual([
        1000, 2500, 5000,
      ]);
      expect(field.bands[0]?.blockedReason).toBe(
        locale === 'fr'
          ? 'Vous utilisez déjà 8\u202f700 contacts'
          : 'You already use 8,700 contacts',
      );
      expect(field.contactsInUse).toBe(8700);
      expect(field.usageShare).toBeCloseTo(0.87);
    },
  );

  it.each(locales)(
    'gives the slider props an aria-valuetext from the catalog (%s)',
    async (locale) => {
      const { result } = await renderReady(useContactLimitField, locale);
      const props = result.current.field.getSliderProps();
      expect(props).toMatchObject({ min: 0, max: 12, step: 1, value: 3, 'aria-valuenow': 3 });
      expect(props['aria-valuetext']).toBe(
        locale === 'fr' ? '10\u202f000 contacts' : '10,000 contacts',
      );
      expect(result.current.field.valueText(12)).toBe(
        locale === 'fr' ? 'Plus de 100\u202f000 contacts' : 'More than 100,000 contacts',
      );
    },
  );

  it('renders again for a step of its own, not for a change of seats', async () => {
    const commits = vi.fn();
    function Slider() {
      const field = useContactLimitField();
      return <output data-testid="band">{field.selectedIndex}</output>;
    }
    function Edits() {
      const draft = useDraftActions();
      return (
        <>
          <button type="button" onClick={() => draft.setSeats((seats) => seats + 1)}>
            seat
          </button>
          <button type="button" onClick={() => draft.setContactLimit(15000)}>
            contacts
          </button>
        </>
      );
    }
    const Wrapper = billingWrapper();
    render(
      <Wrapper>
        <Profiler id="slider" onRender={commits}>
          <Slider />
        </Profiler>
        <Edits />
      </Wrapper>,
    );
    await waitFor(() => expect(screen.getByTestId('band').textContent).toBe('3'));
    commits.mockClear();
    fireEvent.click(screen.getByRole('button', { name: 'seat' }));
    fireEvent.click(screen.getByRole('button', { name: 'seat' }));
    expect(commits).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'contacts' }));
    // The demo bands: 1 000, 2 500, 5 000, 10 000, 15 000 (index 4).
    expect(screen.getByTestId('band').textContent).toBe('4');
    expect(commits).toHaveBeenCalledTimes(1);
  });

  it('moves the draft with increment and never below the usage', async () => {
    const { result } = await renderReady(useContactLimitField, 'en');
    act(() => result.current.field.increment());
    expect(result.current.draft.selection?.contactLimit).toBe(15000);
    act(() => result.current.field.setIndex(0));
    // 1 000, 2 500 and 5 000 are below the 8 700 in use: the lowest allowed band is 10 000.
    expect(result.current.draft.selection?.contactLimit).toBe(10000);
  });

  it('marks the step past the last band as contact sales', async () => {
    const { result } = await renderReady(useContactLimitField, 'en');
    act(() => result.current.field.setIndex(12));
    expect(result.current.field.isContactSalesBeyond).toBe(true);
    expect(result.current.draft.dirty).toBe(true);
    act(() => result.current.field.decrement());
    expect(result.current.field.isContactSalesBeyond).toBe(false);
    expect(result.current.field.selectedIndex).toBe(11);
  });

  it.each(locales)('nudges near the limit without changing anything (%s)', async (locale) => {
    const adapter = demoAdapter();
    const base = adapter.snapshot().subscription;
    const near = demoAdapter({ subscription: { ...base, contactsInUse: 9500 } });
    const { result } = await renderReady(useContactLimitField, locale, near);
    expect(result.current.field.nearLimit).toBe(true);
    expect(result.current.field.nudge?.suggestedIndex).toBe(4);
    expect(result.current.field.nudge?.message).toBe(
      locale === 'fr'
        ? 'Vous utilisez 9\u202f500 de vos 10\u202f000 contacts. Pensez à augmenter votre limite.'
        : 'You use 9,500 of your 10,000 contacts. Consider a higher limit.',
    );
    expect(result.current.draft.dirty).toBe(false);
  });
});

describe('near the contact limit', () => {
  const base = demoAdapter().snapshot().subscription;

  // Core's rule: from 90 % of the limit, in whole percent rounded down, so 8 950 (89.5 %) is not near.
  it.each([
    [8950, false],
    [8999, false],
    [9000, true],
    [9950, true],
  ])(
    'at %i of 10 000 contacts the account and the field say what core says (near: %s)',
    async (contactsInUse, near) => {
      const subscription = { ...base, contactsInUse };
      const { result } = await renderReady(
        useContactLimitField,
        'en',
        demoAdapter({ subscription }),
      );
      const expected = usageStatus(demoCatalogEUR, subscription);
      expect(expected.nearLimit).toBe(near);
      expect(result.current.account.usage).toEqual(expected);
      expect(result.current.field.usage).toEqual(expected);
      expect(result.current.field.nearLimit).toBe(near);
      expect(result.current.field.nudge !== null).toBe(near);
      // Reported, never acted on: nothing is upgraded near the limit.
      expect(result.current.draft.dirty).toBe(false);
    },
  );

  it('follows core when the catalog’s threshold is not a whole percent', async () => {
    // 8 950 of 10 000 is 89.5 %; core counts whole percent (89), which is under 89.5.
    const catalog = { ...demoCatalogEUR, nearLimitPercent: 89.5 };
    const subscription = { ...base, contactsInUse: 8950 };
    const { result } = await renderReady(
      useContactLimitField,
      'en',
      demoAdapter({ catalog, subscription }),
    );
    expect(usageStatus(catalog, subscription).nearLimit).toBe(false);
    expect(result.current.field.nearLimit).toBe(false);
    expect(result.current.account.usage?.nearLimit).toBe(false);
  });

  it('measures the field against the draft’s limit, the account against the subscription’s', async () => {
    const subscription = { ...base, contactsInUse: 9500 };
    const { result } = await renderReady(useContactLimitField, 'en', demoAdapter({ subscription }));
    act(() => result.current.field.increment());
    expect(result.current.draft.selection?.contactLimit).toBe(15000);
    expect(result.current.field.usage).toEqual(
      usageStatus(demoCatalogEUR, {
        ...subscription,
        selection: { ...subscription.selection, contactLimit: 15000 },
      }),
    );
    expect(result.current.field.nearLimit).toBe(false);
    expect(result.current.account.usage?.nearLimit).toBe(true);
  });
});

describe('useSeatField', () => {
  it.each(locales)(
    'clamps to the seats in use and the plan maximum, with reasons (%s)',
    async (locale) => {
      const { result } = await renderReady(useSeatField, locale);
      expect(result.current.field).toMatchObject({
        value: 3,
        min: 2,
        max: 10,
        step: 1,
        included: 3,
      });
      act(() => result.current.field.setValue(0));
      expect(result.current.field.value).toBe(2);
      expect(result.current.field.reason).toBe('seats.reason.inUse');
      expect(result.current.field.reasonText).toBe(
        locale === 'fr' ? '2 sièges sont utilisés' : '2 seats are in use',
      );
      expect(result.current.field.getDecrementButtonProps().disabled).toBe(true);
      act(() => result.current.field.setValue(99));
      expect(result.current.field.value).toBe(10);
      expect(result.current.field.reason).toBe('seats.reason.planMax');
      expect(result.current.field.getIncrementButtonProps().disabled).toBe(true);
    },
  );

  it.each(locales)('prices extra seats against the current count (%s)', async (locale) => {
    const { result } = await renderReady(useSeatField, locale);
    const perSeat = result.current.field.pricePerSeat;
    expect(perSeat?.currency).toBe('EUR');
    expect(result.current.field.priceDelta?.amount).toBe(0);
    act(() => result.current.field.increment());
    act(() => result.current.field.increment());
    // Plus includes 3 seats: 5 seats = 2 extra at the per-seat price, the current 3 cost nothing extra.
    expect(result.current.field.priceDelta?.amount).toBe(2 * (perSeat?.amount ?? NaN));
  });

  it.each(locales)('labels the input and buttons from the catalog (%s)', async (locale) => {
    const { result } = await renderReady(() => useSeatField({ inputId: 'seats' }), locale);
    const input = result.current.field.getInputProps();
    expect(input).toMatchObject({ type: 'number', min: 2, max: 10, value: 3, 'aria-valuenow': 3 });
    expect(input['aria-valuetext']).toBe(locale === 'fr' ? '3 sièges' : '3 seats');
    expect(result.current.field.getIncrementButtonProps()).toMatchObject({
      'aria-controls': 'seats',
      'aria-label': locale === 'fr' ? 'Ajouter un siège' : 'Add a seat',
    });
  });
});

describe('usePlanTierField', () => {
  it.each(locales)('lists tiers with prices, direction and features lost (%s)', async (locale) => {
    const { result } = await renderReady(usePlanTierField, locale);
    const tiers = result.current.field.tiers;
    expect(tiers.map((tier) => [tier.id, tier.direction, tier.current])).toEqual([
      ['starter', 'down', false],
      ['plus', 'unchanged', true],
      ['pro', 'up', false],
      ['enterprise', 'up', false],
    ]);
    expect(tiers[1]?.price).toEqual({ amount: 5900, currency: 'EUR' });
    expect(tiers[3]?.price).toBeNull();
    expect(tiers[0]?.featuresLost.map((f) => f.id)).toEqual([
      'marketing-automation',
      'ab-testing',
      'multi-user-access',
    ]);
  });

  // The demo account has 3 seats, 2 in use; Starter sells exactly one seat.
  it.each(locales)(
    'prices every self-serve tier, Starter at its one seat, and says why it does not fit (%s)',
    async (locale) => {
      const { result } = await renderReady(usePlanTierField, locale);
      const [starter, plus, pro, enterprise] = result.current.field.tiers;
      // Starter at 10 000 contacts, monthly, one (included) seat: €39.00, core's own quote.
      expect(starter).toMatchObject({
        price: { amount: 3900, currency: 'EUR' },
        pricedSeats: 1,
        unavailable: { reason: 'seats-in-use', max: 1, seatsInUse: 2 },
      });
      expect(starter?.unavailableReason).toBe(
        locale === 'fr'
          ? '1 utilisateur maximum\u00a0; vous en avez 2'
          : '1 user maximum; you have 2 users',
      );
      for (const tier of [plus, pro]) {
        expect(tier?.price).not.toBeNull();
        expect(tier?.pricedSeats).toBe(3);
        expect(tier?.unavailable).toBeNull();
        expect(tier?.unavailableReason).toBeNull();
      }
      // Sales quote Enterprise: no price, and nothing to explain about seats.
      expect(enterprise).toMatchObject({ price: null, unavailable: null, unavailableReason: null });
      // Pricing a tier at its nearest seat count never touches the draft.
      expect(result.current.draft.dirty).toBe(false);
    },
  );

  it('offers Starter without a reason to a one-user account', async () => {
    const base = demoAdapter().snapshot().subscription;
    const oneUser = demoAdapter({ subscription: { ...base, seatsInUse: 1 } });
    const { result } = await renderReady(usePlanTierField, 'en', oneUser);
    expect(result.current.field.tiers[0]).toMatchObject({
      price: { amount: 3900, currency: 'EUR' },
      pricedSeats: 1,
      unavailable: null,
      unavailableReason: null,
    });
  });

  it('computes the yearly saving against twelve monthly payments', async () => {
    const { result } = await renderReady(usePlanTierField, 'en');
    // Plus at 10 000 contacts: 59 € × 12 = 708 €; yearly 590 €; saving 118 € (17 %).
    expect(result.current.field.yearlySaving).toEqual({
      amount: { amount: 11800, currency: 'EUR' },
      percent: 17,
    });
  });

  it('uses a roving tabindex and moves with the arrow keys', async () => {
    const { result } = await renderReady(usePlanTierField, 'en');
    expect(result.current.field.getRadioGroupProps().role).toBe('radiogroup');
    expect(
      result.current.field.tiers.map(
        (tier) => result.current.field.getRadioProps(tier.id).tabIndex,
      ),
    ).toEqual([-1, 0, -1, -1]);
    const key = (id: string, k: string) => {
      let prevented = false;
      act(() =>
        result.current.field
          .getRadioProps(id)
          .onKeyDown({ key: k, preventDefault: () => (prevented = true) } as never),
      );
      return prevented;
    };
    expect(key('plus', 'ArrowRight')).toBe(true);
    expect(result.current.field.selectedId).toBe('pro');
    key('pro', 'ArrowUp');
    expect(result.current.field.selectedId).toBe('plus');
    key('plus', 'End');
    expect(result.current.field.selectedId).toBe('enterprise');
    key('enterprise', 'ArrowDown');
    expect(result.current.field.selectedId).toBe('starter');
    key('starter', 'Home');
    expect(result.current.field.getRadioProps('starter')).toMatchObject({
      'aria-checked': true,
      tabIndex: 0,
    });
    expect(key('starter', 'a')).toBe(false);
  });

  it('switches the interval', async () => {
    const { result } = await renderReady(usePlanTierField, 'en');
    act(() => result.current.field.setInterval('year'));
    expect(result.current.field.interval).toBe('year');
    expect(result.current.field.tiers[1]?.price).toEqual({ amount: 59000, currency: 'EUR' });
  });
});

describe('useAddOn', () => {
  it.each(locales)(
    'tells included, available and not-allowed add-ons apart (%s)',
    async (locale) => {
      const { result } = await renderReady(
        () => ({ sms: useAddOn('sms'), reporting: useAddOn('custom-reporting') }),
        locale,
      );
      expect(result.current.field.sms.state).toBe('available');
      expect(result.current.field.reporting.state).toBe('not-allowed');
      act(() => result.current.draft.setPlan('enterprise'));
      expect(result.current.field.reporting.state).toBe('included');
    },
  );

  it('adds to the draft, and says removal needs a change request', async () => {
    const { result } = await renderReady(() => useAddOn('sms'), 'en');
    act(() => result.current.field.add());
    expect(result.current.draft.selection?.addOns).toEqual(['sms']);
    expect(result.current.field.inDraft).toBe(true);
    expect(result.current.field.removeNeedsRequest).toBe(true);
  });

  it('refuses to add an add-on the plan does not allow', async () => {
    const { result } = await renderReady(() => useAddOn('custom-reporting'), 'en');
    act(() => result.current.field.add());
    expect(result.current.draft.selection?.addOns).toEqual([]);
  });
});
