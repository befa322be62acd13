import type { Direction, Feature, Interval, Money } from '@tarif/core';
import { useMemo, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { useBillingStore } from '../provider/billing-context.js';
import { selectAccount, selectDraft } from '../provider/selectors.js';
import { useStoreSelector } from '../provider/use-store-selector.js';
import { useMessages } from '../i18n/use-messages.js';
import { describeTiers } from '../internal/describe-tiers.js';

/** Why the account, as it is, does not fit a tier. */
export interface PlanTierUnavailable {
  /** More users in use than the tier allows: they would have to be removed first. */
  readonly reason: 'seats-in-use';
  /** The tier's seat maximum. */
  readonly max: number;
  readonly seatsInUse: number;
}

/** One tier of the draft's product, priced and compared with the subscription's. */
export interface PlanTier {
  readonly id: string;
  readonly name: string;
  /**
   * Recurring price for the draft contacts, seats and interval, with the seats moved into the
   * tier's range (`pricedSeats`), so every self-serve tier has a price; null for contact-sales
   * tiers and for a selection the catalog does not price (e.g. an interval the tier is not sold at).
   */
  readonly price: Money | null;
  /** The seat count `price` is for: the draft's, or the nearest the tier sells (Starter: 1). */
  readonly pricedSeats: number;
  /** Why the account cannot move to this tier as it is; null when it can. The tier stays selectable. */
  readonly unavailable: PlanTierUnavailable | null;
  /** `unavailable` in words, e.g. « 1 utilisateur maximum ; vous en avez 2 »; null when it fits. */
  readonly unavailableReason: string | null;
  readonly contactSales: boolean;
  readonly current: boolean;
  readonly selected: boolean;
  /** Compared with the subscription's plan. */
  readonly direction: Direction;
  /** Features of the current plan this tier lacks. */
  readonly featuresLost: readonly Feature[];
}

/** What yearly billing saves over twelve months. */
export interface YearlySaving {
  /** 12 × the monthly price minus the yearly price, for the draft. */
  readonly amount: Money;
  /** Rounded whole percent of 12 × monthly. */
  readonly percent: number;
}

/** Props for the element that holds the tiers. */
export interface RadioGroupProps {
  readonly role: 'radiogroup';
  readonly 'aria-label': string;
  readonly 'aria-disabled'?: true;
}

/** Props for one tier, a radio with a roving tabindex. */
export interface RadioProps {
  readonly role: 'radio';
  readonly 'aria-checked': boolean;
  readonly tabIndex: 0 | -1;
  readonly 'data-state': 'checked' | 'unchecked';
  readonly ref: (element: HTMLElement | null) => void;
  readonly onClick: () => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/** The draft's tier and billing interval, with prop getters for a radio group. */
export interface PlanTierField {
  readonly tiers: readonly PlanTier[];
  readonly selectedId: string | null;
  readonly interval: Interval | null;
  readonly intervals: readonly Interval[];
  /** Saving of yearly over monthly billing for the draft; null when either price is missing. */
  readonly yearlySaving: YearlySaving | null;
  readonly setPlan: (planId: string) => void;
  readonly setInterval: (interval: Interval) => void;
  readonly getRadioGroupProps: () => RadioGroupProps;
  /** Roving tabindex: only the selected radio is tabbable; arrows move and select, Home/End jump. */
  readonly getRadioProps: (planId: string) => RadioProps;
}

/** The plan tier picker and the billing interval of the draft. */
export function usePlanTierField(): PlanTierField {
  const store = useBillingStore('usePlanTierField');
  const { catalog, snapshot } = useStoreSelector(store, selectAccount);
  const draft = useStoreSelector(store, selectDraft);
  const { t } = useMessages();
  const elements = useRef(new Map<string, HTMLElement>());
  const current = snapshot?.subscription.selection ?? null;
  const seatsInUse = snapshot?.subscription.seatsInUse ?? 0;
  // Quoting every tier is the costly part: once per draft, not on every render.
  const { tiers, yearlySaving } = useMemo(
    () => describeTiers(catalog, current, draft, seatsInUse, t),
    [catalog, current, draft, seatsInUse, t],
  );

  const setPlan = (planId: string) =>
    store.setDraft((previous) =>
      previous.plan === planId ? previous : { ...previous, plan: planId },
    );
  const move = (planId: string, event: KeyboardEvent<HTMLElement>) => {
    const index = tiers.findIndex((tier) => tier.id === planId);
    const last = tiers.length - 1;
    let target: number | null = null;
    if (event.key === 'ArrowUp' || event.key === 'ArrowLeft')
      target = index <= 0 ? last : index - 1;
    else if (event.key === 'ArrowDown' || event.key === 'ArrowRight')
      target = index >= last ? 0 : index + 1;
    else if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = last;
    else if (event.key === ' ') target = index;
    if (target === null) return;
    event.preventDefault();
    const tier = tiers[target];
    if (!tier) return;
    setPlan(tier.id);
    elements.current.get(tier.id)?.focus();
  };
  const selectedId = draft?.plan ?? null;
  const anySelected = tiers.some((tier) => tier.selected);

  return {
    tiers,
    selectedId,
    interval: draft?.interval ?? null,
    intervals: catalog?.intervals ?? [],
    yearlySaving,
    setPlan,
    setInterval: (interval) =>
      store.setDraft((previous) =>
        previous.interval === interval ? previous : { ...previous, interval },
      ),
    getRadioGroupProps: () => ({
      role: 'radiogroup',
      'aria-label': t('plans.label'),
      ...(draft ? {} : { 'aria-disabled': true as const }),
    }),
    getRadioProps: (planId) => {
      const selected = selectedId === planId;
      const first = tiers[0]?.id === planId;
      return {
        role: 'radio',
        'aria-checked': selected,
        // With nothing selected the first radio takes the tab stop, as the ARIA radio pattern says.
        tabIndex: selected || (!anySelected && first) ? 0 : -1,
        'data-state': selected ? 'checked' : 'unchecked',
        ref: (element) => {
          if (element) elements.current.set(planId, element);
          else elements.current.delete(planId);
        },
        onClick: () => setPlan(planId),
        onKeyDown: (event) => move(planId, event),
      };
    },
  };
}
