import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { cx } from './cx.js';

/** A row's label and figure, over its `<div>`'s attributes. */
export interface AmountRowProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** What the amount is for (the `<dt>`). */
  label: ReactNode;
  /** The amount, or a value, in tabular figures (the `<dd>`). */
  children: ReactNode;
  /** The row's `data-slot`. */
  dataSlot?: string;
}

/** One line of a description list of amounts: a label and its figure, inside a `<dl>`. */
export function AmountRow({ label, children, dataSlot, className, ...rest }: AmountRowProps) {
  return (
    <div className={cx('tarif-rpm-row', className)} data-slot={dataSlot} {...rest}>
      <dt>{label}</dt>
      <dd className="tarif-amount">{children}</dd>
    </div>
  );
}
