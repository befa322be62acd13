import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { cx } from './cx.js';

/** A note's tone, title and action, over its `<div>`'s attributes. */
export interface NoticeProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title'> {
  /** The colour pair from the theme: `--tarif-accent-soft`, `--tarif-warning` or `--tarif-danger`. */
  tone: 'info' | 'warning' | 'danger';
  /** The first line, in bold. */
  title?: ReactNode;
  /** Beside the text, e.g. « Try again ». */
  action?: ReactNode;
  /** The notice's `data-slot`. */
  dataSlot?: string;
}

/**
 * A note with a bold title, its text and an optional action: failures (with `role="alert"`),
 * warnings and explanations across the widgets.
 */
export function Notice({
  tone,
  title,
  action,
  dataSlot,
  className,
  children,
  ...rest
}: NoticeProps) {
  return (
    <div data-slot={dataSlot} className={cx(`tarif-note tarif-note--${tone}`, className)} {...rest}>
      <div>
        {title !== undefined && <p className="tarif-note-title">{title}</p>}
        {children}
      </div>
      {action}
    </div>
  );
}
