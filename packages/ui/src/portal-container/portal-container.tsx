import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';

/* -------------------------------------------------------------------------------------------------
 * PortalContainer: where the widgets' dialogs portal to, for everything below it
 * -----------------------------------------------------------------------------------------------*/

const PortalContainerContext = createContext<HTMLElement | null>(null);

export interface PortalContainerProps {
  /** The element the dialogs render into; null keeps Radix's default, `document.body`. */
  container: HTMLElement | null;
  children?: ReactNode;
}

/**
 * Renders the dialogs of every widget below it into `container` rather than `document.body`: an
 * embedded page (a custom element, a host's panel) keeps its dialogs inside itself, so its styles
 * and theme reach them and removing it removes them. A widget's own `container` prop wins.
 */
function PortalContainer({ container, children }: PortalContainerProps) {
  return (
    <PortalContainerContext.Provider value={container}>{children}</PortalContainerContext.Provider>
  );
}

/** The container a `PortalContainer` above set, or null. */
function usePortalContainer(): HTMLElement | null {
  return useContext(PortalContainerContext);
}

export { PortalContainer, usePortalContainer };
