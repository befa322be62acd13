import { forwardRef, useId, useState } from 'react';
import type { ComponentPropsWithoutRef } from 'react';
import { findPlan } from '@tarif/core';
import type { Money } from '@tarif/core';
import { useSeatField } from '@tarif/react';
import type { SeatButtonProps, SeatLimitReason } from '@tarif/react';
import { cx } from '../internal/cx.js';
import { useLang } from '../internal/use-lang.js';
import { PriceText } from '../internal/price-text.js';
import { MinusIcon, PlusIcon } from '../internal/icons.js';
import { Skeleton } from '../internal/skeleton.js';
import { loadingRootProps } from '../internal/widget-loading.js';
import { useFieldWidget } from '../internal/use-field-widget.js';
import type { UiMessages } from '../internal/use-ui-messages.js';

/* -------------------------------------------------------------------------------------------------
 * SeatStepper
 * -----------------------------------------------------------------------------------------------*/

const NAME = 'SeatStepper';

/** The stepper's root attributes. */
export type SeatStepperProps = Omit<ComponentPropsWithoutRef<'div'>, 'children'>;

/**
 * Sets the number of user seats of the draft: − and + buttons around a numeric input, held
 * between the plan's bounds and the seats in use, with the reason shown whenever a bound stops it.
 * Imports no Radix package, so a host that only needs seats ships no slider or dialog code.
 */
const SeatStepper = forwardRef<HTMLDivElement, SeatStepperProps>(
  function SeatStepper(props, forwardedRef) {
    const { className, ...rootProps } = props;
    const id = useId();
    const inputId = `${id}-input`;
    const reasonId = `${id}-reason`;
    const field = useSeatField({ inputId, reasonId });
    const { account, messages, readOnly, readOnlyNotice, draftPlan } = useFieldWidget();
    const lang = useLang();
    const { t, formatMoney } = messages;
    // While the user types, the input shows their text; the draft only takes whole numbers in range.
    const [typed, setTyped] = useState<string | null>(null);
    // What the last change came from: a press of − or + (its count is announced, the button does
    // not say it) or the input (which reads its own value). Null until the first change, so the
    // status is there, silent, before it has anything to say.
    const [changedBy, setChangedBy] = useState<'button' | 'input' | null>(null);

    if (account.status !== 'ready' || field.disabled) {
      return (
        <div
          ref={forwardedRef}
          {...loadingRootProps('seat-stepper')}
          className={cx('tarif tarif-card tarif-seats', className)}
          lang={lang}
          {...rootProps}
        >
          <Skeleton
            label={t('ui.common.loading')}
            blocks={[
              { blockSize: 20, inlineSize: '30%' },
              { blockSize: 40, inlineSize: 160 },
            ]}
          />
        </div>
      );
    }

    const planName =
      account.catalog && draftPlan
        ? (findPlan(account.catalog, draftPlan.product, draftPlan.plan)?.name ?? draftPlan.plan)
        : '';
    // The hook names one reason; when both bounds bind (Starter: exactly one seat) both are shown, the plan's first.
    const reasons: string[] = [];
    if (field.atMax) reasons.push(reasonMessage('seats.reason.planMax', field, planName, t));
    if (field.atMin && field.reason && field.reason !== 'seats.reason.planMax')
      reasons.push(reasonMessage(field.reason, field, planName, t));
    const reasonText = reasons.length > 0 ? reasons.join(' ') : null;
    const delta = field.priceDelta && field.priceDelta.amount !== 0 ? field.priceDelta : null;
    const hookInput = field.getInputProps();
    const decrement = stepButtonProps(field.getDecrementButtonProps(), readOnly, setChangedBy);
    const increment = stepButtonProps(field.getIncrementButtonProps(), readOnly, setChangedBy);

    const commit = (text: string) => {
      const next = Number.parseInt(text, 10);
      if (Number.isFinite(next)) field.setValue(next);
      setChangedBy('input');
    };

    return (
      <div
        ref={forwardedRef}
        data-slot="seat-stepper"
        data-disabled={readOnly ? '' : undefined}
        className={cx('tarif tarif-card tarif-seats', className)}
        lang={lang}
        {...rootProps}
      >
        <div data-slot="seat-stepper-row" className="tarif-seats-row">
          <div data-slot="seat-stepper-field" className="tarif-seats-field">
            <label data-slot="seat-stepper-label" htmlFor={inputId} className="tarif-seats-label">
              {t('seats.label')}
            </label>
            <div data-slot="seat-stepper-group" className="tarif-seats-group">
              <button
                {...decrement}
                data-slot="seat-stepper-decrement"
                className="tarif-seats-button"
                aria-label={t('seats.decrement')}
              >
                <MinusIcon />
              </button>
              <input
                {...hookInput}
                type="number"
                id={inputId}
                data-slot="seat-stepper-input"
                className="tarif-seats-input tarif-amount"
                aria-label={undefined}
                // A number input is a spinbutton, which takes aria-valuetext; the linter maps it to textbox.
                // oxlint-disable-next-line jsx-a11y/role-supports-aria-props
                aria-valuetext={t('seats.valueText', { count: field.value })}
                aria-describedby={reasonText ? reasonId : undefined}
                disabled={readOnly}
                value={typed ?? String(field.value)}
                onChange={(event) => {
                  const text = event.currentTarget.value;
                  setTyped(text);
                  const next = Number(text);
                  if (
                    text !== '' &&
                    Number.isInteger(next) &&
                    next >= field.min &&
                    next <= field.max
                  ) {
                    field.setValue(next);
                    setChangedBy('input');
                  }
                }}
                onBlur={() => {
                  if (typed !== null) commit(typed);
                  setTyped(null);
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    if (typed !== null) commit(typed);
                    setTyped(null);
                    return;
                  }
                  // Arrow keys step through the hook so the value stays clamped and the reason shows.
                  if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
                    event.preventDefault();
                    setTyped(null);
                    setChangedBy('input');
                    if (event.key === 'ArrowUp') field.increment();
                    else field.decrement();
                    return;
                  }
                  hookInput.onKeyDown(event);
                }}
              />
              <button
                {...increment}
                data-slot="seat-stepper-increment"
                className="tarif-seats-button"
                aria-label={t('seats.increment')}
              >
                <PlusIcon />
              </button>
            </div>
          </div>
          <ul data-slot="seat-stepper-facts" className="tarif-seats-facts">
            <li className="tarif-amount">{t('ui.seats.inUse', { count: field.seatsInUse })}</li>
            <li className="tarif-amount tarif-muted">
              {t('ui.seats.included', { count: field.included })}
            </li>
          </ul>
        </div>

        {/* One announcement per change: the count after a press of − or +, then the change to the
            bill, whose visible row below is not live (it would be mounted with its first value). */}
        <output data-slot="seat-stepper-status" aria-live="polite" className="tarif-sr-only">
          {changedBy === 'button' && <span>{t('seats.valueText', { count: field.value })}</span>}
          {changedBy !== null && delta && (
            <span>
              {' '}
              {t('ui.seats.priceChange')}{' '}
              <PriceText amount={signedMoney(delta, messages)} interval={draftPlan?.interval} />
            </span>
          )}
        </output>

        <p
          data-slot="seat-stepper-reason"
          id={reasonId}
          className="tarif-seats-reason tarif-muted"
          aria-live="polite"
        >
          {reasonText}
        </p>

        {(field.pricePerSeat || delta) && (
          <dl data-slot="seat-stepper-prices" className="tarif-seats-prices">
            {field.pricePerSeat && (
              <div>
                <dt>{t('ui.seats.perSeat')}</dt>
                <dd className="tarif-amount">
                  <PriceText
                    amount={formatMoney(field.pricePerSeat)}
                    interval={draftPlan?.interval}
                  />
                </dd>
              </div>
            )}
            {delta && (
              <div data-slot="seat-stepper-delta">
                <dt>{t('ui.seats.priceChange')}</dt>
                <dd className="tarif-amount">
                  <PriceText
                    amount={signedMoney(delta, messages)}
                    interval={draftPlan?.interval}
                    amountClassName="tarif-seats-delta-amount"
                  />
                </dd>
              </div>
            )}
          </dl>
        )}
        {readOnlyNotice && (
          <p data-slot="seat-stepper-read-only" className="tarif-note">
            {readOnlyNotice}
          </p>
        )}
      </div>
    );
  },
);
SeatStepper.displayName = NAME;

/* -------------------------------------------------------------------------------------------------
 * Helpers
 * -----------------------------------------------------------------------------------------------*/

/**
 * A − or + pressed up to its bound is still focused: `disabled` would drop focus to the page's
 * top, so the bound makes it aria-disabled (focusable, announced as unavailable, inert to clicks).
 * Read-only stays `disabled`: nothing there is ever operable.
 */
function stepButtonProps(
  props: SeatButtonProps,
  readOnly: boolean,
  changed: (by: 'button') => void,
) {
  const { disabled, onClick, ...rest } = props;
  return {
    ...rest,
    disabled: readOnly,
    'aria-disabled': disabled && !readOnly ? true : undefined,
    onClick: disabled
      ? undefined
      : () => {
          onClick();
          changed('button');
        },
  };
}

function reasonMessage(
  reason: SeatLimitReason,
  field: { min: number; max: number; seatsInUse: number },
  plan: string,
  t: UiMessages['t'],
): string {
  switch (reason) {
    case 'seats.reason.planMax':
      return t('ui.seats.max', { plan, count: field.max });
    case 'seats.reason.planMin':
      return t('ui.seats.min', { plan, count: field.min });
    case 'seats.reason.inUse':
      return t('ui.seats.belowUsage', { count: field.seatsInUse });
  }
}

/** "+€18.00" for a rise, "−€18.00" for a fall, the amount alone for no change. */
function signedMoney(money: Money, { t, formatMoney }: UiMessages): string {
  if (money.amount > 0) return t('ui.common.plus', { amount: formatMoney(money) });
  return formatMoney(money);
}

export { SeatStepper };
