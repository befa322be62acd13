import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef, ReactNode, Ref } from 'react';
import { cx } from '../internal/cx.js';

/* -------------------------------------------------------------------------------------------------
 * BillingRow: one editable part of the subscription (contacts, seats)
 * -----------------------------------------------------------------------------------------------*/

const NAME = 'BillingRow';

/** What one row shows, and its « Edit » button. */
export interface BillingRowProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title'> {
  title: string;
  value: string;
  /** Under the value: usage, a meter, a badge. */
  detail?: ReactNode;
  /** Visible text of the button ("Edit"). */
  editText: string;
  /** Accessible name of the button; starts with `editText` so voice control users can say what they see. */
  editLabel: string;
  onEdit: () => void;
  editDisabled: boolean;
  /** Id of the element explaining why editing is disabled. */
  disabledReasonId?: string | undefined;
  editRef?: Ref<HTMLButtonElement>;
  slot: string;
}

const BillingRow = forwardRef<HTMLDivElement, BillingRowProps>(
  function BillingRow(props, forwardedRef) {
    const {
      title,
      value,
      detail,
      editText,
      editLabel,
      onEdit,
      editDisabled,
      disabledReasonId,
      editRef,
      slot,
      className,
      ...rootProps
    } = props;
    return (
      <div
        ref={forwardedRef}
        data-slot={slot}
        className={cx('tarif-bp-row', className)}
        {...rootProps}
      >
        <div className="tarif-bp-row-main">
          <h3 className="tarif-bp-row-title">{title}</h3>
          <p data-slot={`${slot}-value`} className="tarif-bp-row-value tarif-amount">
            {value}
          </p>
          {detail}
        </div>
        <button
          ref={editRef}
          type="button"
          data-slot={`${slot}-edit`}
          className="tarif-button tarif-button--secondary"
          aria-label={editLabel}
          aria-describedby={editDisabled ? disabledReasonId : undefined}
          disabled={editDisabled}
          onClick={onEdit}
        >
          {editText}
        </button>
      </div>
    );
  },
);
BillingRow.displayName = NAME;

export { BillingRow };
