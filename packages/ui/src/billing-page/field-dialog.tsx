import { forwardRef, useRef } from 'react';
import type { ReactNode, RefObject } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { cx } from '../internal/cx.js';
import { useComposedRefs } from '../internal/use-composed-refs.js';
import { useUiMessages } from '../internal/use-ui-messages.js';
import { CloseIcon } from '../review-purchase-modal/icons.js';
import { useInheritedTheme } from '../review-purchase-modal/use-inherited-theme.js';

/* -------------------------------------------------------------------------------------------------
 * FieldDialog: the first step of a row's edit (contacts, seats), before the review
 * -----------------------------------------------------------------------------------------------*/

const NAME = 'FieldDialog';

export interface FieldDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  submitLabel: string;
  onSubmit: () => void;
  submitDisabled?: boolean;
  /** Where focus goes back when the dialog is dismissed. */
  returnFocusRef?: RefObject<HTMLElement | null>;
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
      submitDisabled = false,
      returnFocusRef,
      handingOff = false,
      slot,
      className,
      children,
    } = props;
    const { t } = useUiMessages();
    const theme = useInheritedTheme(open);
    const contentRef = useRef<HTMLDivElement>(null);
    const ref = useComposedRefs(contentRef, forwardedRef);
    const openerRef = useRef<HTMLElement | null>(null);
    return (
      <Dialog.Root open={open} onOpenChange={onOpenChange}>
        <Dialog.Portal>
          <Dialog.Overlay
            data-tarif-theme={theme}
            data-slot={`${slot}-overlay`}
            className="tarif tarif-dialog-overlay"
          />
          <Dialog.Content
            data-tarif-theme={theme}
            ref={ref}
            data-slot={slot}
            aria-describedby={undefined}
            className={cx('tarif tarif-dialog tarif-bp-field-dialog', className)}
            onOpenAutoFocus={() => {
              openerRef.current =
                document.activeElement instanceof HTMLElement ? document.activeElement : null;
            }}
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              // Another dialog took over (e.g. the review handed over to the request): leave focus there.
              if (document.activeElement?.closest('[role="dialog"]')) return;
              if (handingOff) return;
              const target = returnFocusRef?.current ?? openerRef.current;
              if (target?.isConnected) target.focus();
            }}
          >
            <header className="tarif-dialog-header">
              <Dialog.Title data-slot={`${slot}-title`} className="tarif-dialog-title">
                {title}
              </Dialog.Title>
            </header>
            <form
              className="tarif-dialog-body"
              onSubmit={(event) => {
                event.preventDefault();
                if (!submitDisabled) onSubmit();
              }}
            >
              {children}
              <footer className="tarif-dialog-footer">
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
              </footer>
            </form>
            <Dialog.Close className="tarif-dialog-close" aria-label={t('ui.common.close')}>
              <CloseIcon />
            </Dialog.Close>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    );
  },
);
FieldDialog.displayName = NAME;

export { FieldDialog };
