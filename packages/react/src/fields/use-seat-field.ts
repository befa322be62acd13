import { findPlan, subtract } from '@tarif/core';
import type { Money } from '@tarif/core';
import { useMemo } from 'react';
import type { ChangeEvent, KeyboardEvent } from 'react';
import { useBillingStore } from '../provider/billing-context.js';
import { selectAccount, selectDraft } from '../provider/selectors.js';
import { useStoreSelector } from '../provider/use-store-selector.js';
import { useMessages } from '../i18n/use-messages.js';
import { lineTotal, safeQuote } from '../internal/safe-pricing.js';

/** Why the stepper stops: message keys, so UIs can also pick their own copy. */
export type SeatLimitReason =
  'seats.reason.inUse' | 'seats.reason.planMin' | 'seats.reason.planMax';

/** Props for the stepper's − and + buttons. */
export interface SeatButtonProps {
  readonly type: 'button';
  readonly disabled: boolean;
  readonly 'aria-label': string;
  readonly 'aria-controls'?: string;
  readonly onClick: () => void;
}

/** Props for the stepper's number input. */
export interface SeatInputProps {
  readonly type: 'number';
  readonly inputMode: 'numeric';
  readonly min: number;
  readonly max: number;
  readonly step: 1;
  readonly value: number;
  readonly disabled: boolean;
  readonly 'aria-label': string;
  readonly 'aria-valuemin': number;
  readonly 'aria-valuemax': number;
  readonly 'aria-valuenow': number;
  readonly 'aria-valuetext': string;
  readonly 'aria-describedby'?: string;
  readonly onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/** Ids the prop getters point at. */
export interface SeatFieldOptions {
  /** Id of the input, so the buttons can point at it with aria-controls. */
  readonly inputId?: string;
  /** Id of the element showing `reasonText`, for aria-describedby. */
  readonly reasonId?: string;
}

/** The draft's seats, clamped to the plan and the users in use, with prop getters. */
export interface SeatField {
  readonly value: number;
  /** The larger of the seats in use and the plan's minimum. */
  readonly min: number;
  readonly max: number;
  readonly step: 1;
  readonly seatsInUse: number;
  readonly included: number;
  readonly atMin: boolean;
  readonly atMax: boolean;
  /** Why the value can't go further, when it sits at min or max. */
  readonly reason: SeatLimitReason | null;
  readonly reasonText: string | null;
  /** Price of each seat beyond the included ones, per draft interval. */
  readonly pricePerSeat: Money | null;
  /** Recurring seat cost of the draft minus that of the current seat count (same plan and interval). */
  readonly priceDelta: Money | null;
  readonly disabled: boolean;
  readonly setValue: (value: number) => void;
  readonly increment: () => void;
  readonly decrement: () => void;
  readonly getIncrementButtonProps: () => SeatButtonProps;
  readonly getDecrementButtonProps: () => SeatButtonProps;
  readonly getInputProps: () => SeatInputProps;
}

/** The seat stepper for the draft plan, clamped to what the plan and current usage allow. */
export function useSeatField(options: SeatFieldOptions = {}): SeatField {
  const store = useBillingStore('useSeatField');
  const { catalog, snapshot } = useStoreSelector(store, selectAccount);
  const draft = useStoreSelector(store, selectDraft);
  const { t } = useMessages();
  const plan = catalog && draft ? findPlan(catalog, draft.product, draft.plan) : undefined;
  const seatsInUse = snapshot?.subscription.seatsInUse ?? 0;
  const planMin = plan?.seats.min ?? 0;
  const min = Math.max(seatsInUse, planMin);
  const max = Math.max(min, plan?.seats.max ?? min);
  const value = draft?.seats ?? 0;
  const atMin = value <= min;
  const atMax = value >= max;
  const reason: SeatLimitReason | null = atMin
    ? seatsInUse >= planMin && seatsInUse > 0
      ? 'seats.reason.inUse'
      : 'seats.reason.planMin'
    : atMax
      ? 'seats.reason.planMax'
      : null;
  const reasonText = reason
    ? t(reason, {
        count:
          reason === 'seats.reason.inUse'
            ? seatsInUse
            : reason === 'seats.reason.planMin'
              ? planMin
              : max,
      })
    : null;

  const seatPrice = draft ? plan?.seats.price[draft.interval] : undefined;
  const pricePerSeat: Money | null =
    catalog && seatPrice !== undefined ? { amount: seatPrice, currency: catalog.currency } : null;
  const priceDelta = useMemo(() => {
    if (!catalog || !draft || !snapshot) return null;
    const now = lineTotal(safeQuote(catalog, draft), 'seats');
    const before = lineTotal(
      safeQuote(catalog, { ...draft, seats: snapshot.subscription.selection.seats }),
      'seats',
    );
    return now && before ? subtract(now, before) : null;
  }, [catalog, draft, snapshot]);

  const disabled = !plan;
  const setValue = (next: number) => {
    if (!Number.isFinite(next)) return;
    const clamped = Math.min(max, Math.max(min, Math.round(next)));
    store.setDraft((previous) =>
      previous.seats === clamped ? previous : { ...previous, seats: clamped },
    );
  };
  const increment = () => setValue(value + 1);
  const decrement = () => setValue(value - 1);
  const controls = options.inputId === undefined ? {} : { 'aria-controls': options.inputId };
  const describedBy =
    reasonText && options.reasonId !== undefined ? { 'aria-describedby': options.reasonId } : {};

  return {
    value,
    min,
    max,
    step: 1,
    seatsInUse,
    included: plan?.seats.included ?? 0,
    atMin,
    atMax,
    reason,
    reasonText,
    pricePerSeat,
    priceDelta,
    disabled,
    setValue,
    increment,
    decrement,
    getIncrementButtonProps: () => ({
      type: 'button',
      disabled: disabled || atMax,
      'aria-label': t('seats.increment'),
      ...controls,
      onClick: increment,
    }),
    getDecrementButtonProps: () => ({
      type: 'button',
      disabled: disabled || atMin,
      'aria-label': t('seats.decrement'),
      ...controls,
      onClick: decrement,
    }),
    getInputProps: () => ({
      type: 'number',
      inputMode: 'numeric',
      min,
      max,
      step: 1,
      value,
      disabled,
      'aria-label': t('seats.label'),
      'aria-valuemin': min,
      'aria-valuemax': max,
      'aria-valuenow': value,
      'aria-valuetext': t('seats.valueText', { count: value }),
      ...describedBy,
      onChange: (event) => setValue(Number(event.currentTarget.value)),
      onKeyDown: (event) => {
        // Page keys jump by ten, as spinbuttons do in the ARIA practices.
        if (event.key === 'PageUp') {
          event.preventDefault();
          setValue(value + 10);
        } else if (event.key === 'PageDown') {
          event.preventDefault();
          setValue(value - 10);
        } else if (event.key === 'Home') {
          event.preventDefault();
          setValue(min);
        } else if (event.key === 'End') {
          event.preventDefault();
          setValue(max);
        }
      },
    }),
  };
}
