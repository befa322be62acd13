import { useCallback, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { useDraftActions, usePurchaseFlow } from '@tarif/react';
import type { CommitResult, PurchaseFlow } from '@tarif/react';
import { stableFocusPlace } from './stable-focus-place.js';

/** The part of the page a flow started from: its dialog opens there, and focus goes back there. */
export type FlowOrigin = 'contacts' | 'seats' | 'plans' | 'add-on' | 'bundle' | 'contact-us';

/** What BillingPage's parts need to start a flow, show its dialogs and end it. */
export interface PageFlow {
  /** The provider's flow: which dialog shows (the review, the request form). */
  readonly flow: PurchaseFlow;
  /** Where the flow under way started; null when none runs. */
  readonly origin: FlowOrigin | null;
  readonly view: 'overview' | 'bundle';
  /** Where focus goes back when the flow ends. */
  readonly returnFocus: RefObject<HTMLElement | null>;
  /** Where focus goes instead when that element is gone or disabled by then. */
  readonly returnFocusFallback: () => HTMLElement | null;
  /** The bundle offer's button as a ref callback: it takes the focus back from the bundle screen. */
  readonly setBundleButton: (button: HTMLButtonElement | null) => void;
  /** Opens a row's dialog (contacts, seats) on the subscription as it is. */
  readonly edit: (origin: 'contacts' | 'seats', from: HTMLElement | null) => void;
  /** Opens the review of the draft as it is; focus comes back to `from` (default: what has it now). */
  readonly review: (origin: FlowOrigin, from?: HTMLElement | null) => void;
  /** Opens the change-request form, for the draft as it is or (`fresh`) for the subscription. */
  readonly request: (origin: FlowOrigin, from?: HTMLElement | null, fresh?: boolean) => void;
  /** Reviews adding one add-on, and nothing else. */
  readonly addOn: (addOnId: string) => void;
  readonly openBundle: (bundleId: string) => void;
  readonly leaveBundle: () => void;
  /** A dialog was closed: the flow rests, and the draft is the subscription again (but in the bundle screen). */
  readonly end: () => void;
  /** The review's purchase went through: reported to the host, and remembered for the end of the flow. */
  readonly purchased: (result: CommitResult) => void;
}

/**
 * The page's side of the purchase flow: where a flow started and which screen shows. The flow
 * itself (review, request, success) is the provider's; the page only starts and ends it.
 */
export function usePageFlow(
  onPurchaseComplete: ((result: CommitResult) => void) | undefined,
  rootRef: RefObject<HTMLElement | null>,
): PageFlow {
  const flow = usePurchaseFlow();
  const draft = useDraftActions();
  const [origin, setOrigin] = useState<FlowOrigin | null>(null);
  const [view, setView] = useState<'overview' | 'bundle'>('overview');
  const returnFocus = useRef<HTMLElement | null>(null);
  // The origin outlives the flow here: focus is placed after the dialog has closed.
  const lastOrigin = useRef<FlowOrigin | null>(null);
  const bundleButton = useRef<HTMLButtonElement | null>(null);
  // Set when a commit succeeds, read when the flow ends: a ref, so the page does not render for it.
  const bought = useRef(false);
  const setBundleButton = useCallback((button: HTMLButtonElement | null) => {
    bundleButton.current = button;
  }, []);

  const start = (next: FlowOrigin, from: HTMLElement | null | undefined, fresh: boolean) => {
    returnFocus.current = from !== undefined ? from : focused();
    lastOrigin.current = next;
    if (fresh) draft.reset();
    setOrigin(next);
  };

  return {
    flow,
    origin,
    view,
    returnFocus,
    returnFocusFallback: () => stableFocusPlace(rootRef.current, lastOrigin.current),
    setBundleButton,
    edit: (next, from) => start(next, from, true),
    review: (next, from) => {
      start(next, from, false);
      flow.review();
    },
    request: (next, from, fresh = false) => {
      start(next, from, fresh);
      flow.requestChange();
    },
    addOn: (addOnId) => {
      // Only this add-on: whatever else the draft held (a tier picked above) goes.
      start('add-on', undefined, true);
      draft.addAddOn(addOnId);
      flow.review();
    },
    openBundle: (bundleId) => {
      draft.reset();
      draft.setProduct(bundleId);
      setView('bundle');
    },
    leaveBundle: () => {
      draft.reset();
      setView('overview');
      // The overview mounts again; its button takes the focus back.
      requestAnimationFrame(() => bundleButton.current?.focus());
    },
    end: () => {
      flow.close();
      const succeeded = bought.current;
      bought.current = false;
      // In the bundle screen the draft is the work, and stays, unless it was just bought.
      if (view !== 'bundle' || succeeded) draft.reset();
      if (succeeded && view === 'bundle') {
        setView('overview');
        returnFocus.current = bundleButton.current;
      }
      setOrigin(null);
    },
    purchased: (result) => {
      bought.current = true;
      onPurchaseComplete?.(result);
    },
  };
}

const focused = () =>
  document.activeElement instanceof HTMLElement ? document.activeElement : null;
