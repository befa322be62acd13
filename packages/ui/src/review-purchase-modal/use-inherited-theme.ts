import { useRef } from 'react';

/**
 * The `data-tarif-theme` around whatever had focus when a dialog opened. Dialogs are portalled to
 * <body>, out of the host's themed wrapper; copying the attribute onto the portalled elements
 * keeps a dark page's dialogs dark. Undefined when no ancestor sets a theme (then :root applies).
 */
export function useInheritedTheme(open: boolean): string | undefined {
  const theme = useRef<string | undefined>(undefined);
  const wasOpen = useRef(false);
  // Read once per opening, during render so the first frame already has the right colours.
  if (open && !wasOpen.current && typeof document !== 'undefined') {
    const from = document.activeElement?.closest('[data-tarif-theme]');
    theme.current = from?.getAttribute('data-tarif-theme') ?? undefined;
  }
  wasOpen.current = open;
  return theme.current;
}
