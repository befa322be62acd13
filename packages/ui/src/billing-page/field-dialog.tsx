import { forwardRef } from 'react';
import type { ReactNode, RefObject } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { useDraftValue } from '@tarif/react';
import { cx } from '../internal/cx.js';
import { DialogShell } from '../internal/dialog-shell.js';
import { useUiMessages } from '../internal/use-ui-messages.js';

/* -------------------------------------------------------------------------------------------------
 * FieldDialog: the first step of a row's edit (contacts, seats), before the review; its submit
 * waits for a change of the draft
 * -----------------------------------------------------------------------------------------------*/

const NAME = 'FieldDialog';

/** A row's edit dialog: a title, the field widget, Cancel and a submit that opens the review. */
export interface FieldDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  submitLabel: string;
  onSubmit: () => void;
  /** Where focus goes back when the dialog is dismissed. */
  returnFocusRef?: RefObject<HTMLElement | null>;
  /** Where focus goes when that element is gone or disabled by then. */
  returnFocusFallback?: () => HTMLElement | null;
  /** True when the next step (the review) takes over focus, so closing must not move it. */
  handingOff?: boolean;
  /** A `data-slot` for the dialog, e.g. 'billing-page-contacts-dialog'. */
  slot: string;
  className?: string;
  children: ReactNode;
}

const FieldDialog = forwardRef<HTMLDivElement, FieldDialogProps>(
  function FieldDialog(props, forwardedRef) {
    const {
      open,
      onOpenChange,
      title,
      submitLabel,
      onSubmit,
      returnFocusRef,
      returnFocusFallback,
      handingOff = false,
      slot,
      className,
      children,
    } = props;
    const { t } = useUiMessages();
    // Subscribed here, not in the page: a step of the slider renders this dialog, not the page.
    const submitDisabled = !useDraftValue((state) => state.dirty);
    return (
      <DialogShell
        ref={forwardedRef}
        open={open}
        onOpenChange={onOpenChange}
        dataSlot={slot}
        heading={title}
        returnFocusRef={returnFocusRef}
        returnFocusFallback={returnFocusFallback}
        handingOff={handingOff}
        aria-describedby={undefined}
        className={cx('tarif-bp-field-dialog', className)}
      >
        <form
          className="tarif-dialog-body"
          onSubmit={(event) => {
            event.preventDefault();
            if (!submitDisabled) onSubmit();
          }}
        >
          {children}
          <div className="tarif-dialog-footer">
            <Dialog.Close className="tarif-button tarif-button--secondary">
              {t('ui.common.cancel')}
            </Dialog.Close>
            <button
              type="submit"
              data-slot={`${slot}-submit`}
              className="tarif-button tarif-button--primary"
              disabled={submitDisabled}
            >
              {submitLabel}
            </button>
          </div>
        </form>
      </DialogShell>
    );
  },
);
FieldDialog.displayName = NAME;

export { FieldDialog };
