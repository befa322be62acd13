import { useState } from 'react';

/**
 * The `data-tarif-theme` around whatever had focus when a dialog opened. Dialogs are portalled to
 * <body>, out of the host's themed wrapper; copying the attribute onto the portalled elements
 * keeps a dark page's dialogs dark. Undefined when no ancestor sets a theme (then :root applies).
 */
export function useInheritedTheme(open: boolean): string | undefined {
  const [seen, setSeen] = useState<{ open: boolean; theme: string | undefined }>({
    open: false,
    theme: undefined,
  });
  if (open === seen.open) return seen.theme;
  // Read once per opening, while rendering, so that the first frame already has the right colours
  // (React's pattern for state derived from a prop change: set it during render, no effect).
  const theme = open ? readTheme() : seen.theme;
  setSeen({ open, theme });
  return theme;
}

function readTheme(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  return (
    document.activeElement?.closest('[data-tarif-theme]')?.getAttribute('data-tarif-theme') ??
    undefined
  );
}
