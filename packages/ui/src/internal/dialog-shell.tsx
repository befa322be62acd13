import { forwardRef, useRef } from 'react';
import type { ComponentPropsWithoutRef, ReactNode, RefObject } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { cx } from './cx.js';
import { CloseIcon } from './icons.js';
import { useComposedRefs } from './use-composed-refs.js';
import { useInheritedTheme } from './use-inherited-theme.js';
import { useLang } from './use-lang.js';
import { usePortalContainer } from '../portal-container/portal-container.js';
import { useUiMessages } from './use-ui-messages.js';

/* -------------------------------------------------------------------------------------------------
 * DialogShell: overlay, content, header and close button shared by the package's dialogs
 * -----------------------------------------------------------------------------------------------*/

const NAME = 'DialogShell';

type ContentProps = ComponentPropsWithoutRef<typeof Dialog.Content>;

/** What a host may pass to a public dialog's content: any attribute, not the handlers the dialog owns. */
export type DialogContentProps = Omit<
  ContentProps,
  | 'children'
  | 'onEscapeKeyDown'
  | 'onPointerDownOutside'
  | 'onInteractOutside'
  | 'onOpenAutoFocus'
  | 'onCloseAutoFocus'
>;

/** The shared dialog: open state, title, busy and focus rules, over Radix's content props. */
export interface DialogShellProps extends Omit<
  ContentProps,
  'onOpenAutoFocus' | 'onCloseAutoFocus'
> {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The dialog's `data-slot`; its parts get `${slot}-overlay`, `-header`, `-title`, `-close`. */
  dataSlot: string;
  /** The dialog's title, which names it. */
  heading: ReactNode;
  /** Shown in the header after the title, e.g. a badge. */
  badge?: ReactNode;
  /** Element to portal into; default the nearest `PortalContainer`'s, else `document.body`. */
  container?: HTMLElement | null | undefined;
  /** Where focus goes back on close; default: whatever had focus when the dialog opened. */
  returnFocusRef?: RefObject<HTMLElement | null> | undefined;
  /**
   * Where focus goes when that element is gone, disabled or hidden by the time the dialog closes
   * (the Upgrade button a purchase removed). Without one, or when it finds nothing, the first
   * control of the widget the dialog was opened from takes focus, never `<body>`.
   */
  returnFocusFallback?: (() => HTMLElement | null) | undefined;
  /** Focuses the dialog itself on open, so its title is read first, rather than its first field. */
  focusSelf?: boolean;
  /** While true (a commit or a send in flight), Escape, outside clicks and × do not close it. */
  busy?: boolean;
  /** True when the next step (the review) takes over focus, so closing must not move it. */
  handingOff?: boolean;
  /**
   * False while another window must take the pointer and the focus (the customer's bank, for 3-D
   * Secure, opens over the page): no focus trap, no overlay, the page outside not inert. Default true.
   */
  modal?: boolean;
}

const DialogShell = forwardRef<HTMLDivElement, DialogShellProps>(
  function DialogShell(props, forwardedRef) {
    const {
      open,
      onOpenChange,
      dataSlot: slot,
      heading,
      badge,
      container,
      returnFocusRef,
      returnFocusFallback,
      focusSelf = false,
      busy = false,
      handingOff = false,
      modal = true,
      className,
      children,
      ...contentProps
    } = props;
    const { t } = useUiMessages();
    const theme = useInheritedTheme(open);
    // Portalled out of the widget, the dialog does not inherit its lang: it says it again.
    const lang = useLang();
    const inheritedContainer = usePortalContainer();
    const contentRef = useRef<HTMLDivElement>(null);
    const ref = useComposedRefs(contentRef, forwardedRef);
    const openerRef = useRef<HTMLElement | null>(null);
    // The widget the dialog was opened from: the last place to return to when the opener is gone.
    const openerRootRef = useRef<HTMLElement | null>(null);
    const blockWhileBusy = (event: Event) => {
      if (busy) event.preventDefault();
    };
    return (
      <Dialog.Root open={open} onOpenChange={onOpenChange} modal={modal}>
        <Dialog.Portal container={container ?? inheritedContainer}>
          <Dialog.Overlay
            data-tarif-theme={theme}
            data-slot={`${slot}-overlay`}
            className="tarif tarif-dialog-overlay"
          />
          <Dialog.Content
            data-tarif-theme={theme}
            ref={ref}
            data-slot={slot}
            lang={lang}
            aria-busy={busy || undefined}
            className={cx('tarif tarif-dialog', className)}
            onOpenAutoFocus={(event) => {
              openerRef.current =
                document.activeElement instanceof HTMLElement ? document.activeElement : null;
              openerRootRef.current = widgetRootOf(returnFocusRef?.current ?? openerRef.current);
              if (!focusSelf) return;
              event.preventDefault();
              contentRef.current?.focus();
            }}
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              // Another dialog took over (e.g. the review handed over to the request): leave focus there.
              if (handingOff || document.activeElement?.closest('[role="dialog"]')) return;
              const target =
                [returnFocusRef?.current ?? openerRef.current, returnFocusFallback?.()].find(
                  canTakeFocus,
                ) ?? firstControlIn(openerRootRef.current);
              target?.focus();
            }}
            onEscapeKeyDown={blockWhileBusy}
            onPointerDownOutside={blockWhileBusy}
            onInteractOutside={blockWhileBusy}
            {...contentProps}
            // Radix moves focus with preventScroll (Tab wrapping from the last control to the
            // first): in a dialog that scrolls (400 % zoom) the focused control would stay out of
            // view. It is brought into view, the least scroll that shows it (WCAG 2.4.11).
            onFocus={(event) => {
              contentProps.onFocus?.(event);
              if (event.target !== event.currentTarget)
                event.target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
            }}
          >
            {/* A div, not <header>: inside a dialog it would become a page-wide banner landmark. */}
            <div data-slot={`${slot}-header`} className="tarif-dialog-header">
              <Dialog.Title data-slot={`${slot}-title`} className="tarif-dialog-title">
                {heading}
              </Dialog.Title>
              {badge}
            </div>
            {children}
            <Dialog.Close
              data-slot={`${slot}-close`}
              className="tarif-dialog-close"
              aria-label={t('ui.common.close')}
              disabled={busy}
            >
              <CloseIcon />
            </Dialog.Close>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    );
  },
);
DialogShell.displayName = NAME;

/** Connected, enabled and rendered: focusing it would not drop focus to `<body>`. */
function canTakeFocus(element: HTMLElement | null | undefined): element is HTMLElement {
  return (
    element != null &&
    element.isConnected &&
    !element.matches(':disabled') &&
    element.closest('[inert]') === null &&
    element.getClientRects().length > 0
  );
}

/** The outermost widget root (`.tarif`) around `element` that is not itself a dialog. */
function widgetRootOf(element: HTMLElement | null): HTMLElement | null {
  let root: HTMLElement | null = null;
  for (let node = element?.closest<HTMLElement>('.tarif') ?? null; node;) {
    if (!node.classList.contains('tarif-dialog')) root = node;
    node = node.parentElement?.closest<HTMLElement>('.tarif') ?? null;
  }
  return root;
}

const focusable = 'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])';

function firstControlIn(root: HTMLElement | null): HTMLElement | null {
  if (!root?.isConnected) return null;
  return [...root.querySelectorAll<HTMLElement>(focusable)].find(canTakeFocus) ?? null;
}

export { DialogShell };
