/**
 * The Content-Security-Policy of the built app, checked against the dashboard's Vite output: one
 * module script and one stylesheet from the same origin, no inline script, API calls to the same
 * origin, and `<link rel="icon" href="data:,">` (hence `img-src data:`).
 *
 * `style-src 'unsafe-inline'` is the one loosening, and it is needed: Radix's dialogs lock page
 * scrolling through react-remove-scroll, which inserts a `<style>` element at run time whose text
 * depends on the scrollbar width, so it can be neither hashed nor given a nonce by a static server.
 * Inline styles cannot run script; script-src stays 'self' with nothing inline.
 */
function pagePolicy(frameAncestors: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

// A source list only: printable ASCII without `;`, which would start another directive, or `,`,
// another policy (control characters could start another header).
function isSourceList(value: string): boolean {
  return value !== '' && [...value].every((c) => c >= ' ' && c <= '~' && c !== ';' && c !== ',');
}

/**
 * Headers for every answer of the static server. `frameAncestors` is the CSP source list of who
 * may show the app in a frame ("'self'", "'none'", "'self' https://app.example.com").
 * Referrer-Policy is no-referrer rather than strict-origin-when-cross-origin: the app fetches only
 * its own origin with a bearer token and links nowhere, so a Referer would serve nothing and could
 * leak a billing URL.
 */
export function pageSecurityHeaders(frameAncestors = "'self'"): Readonly<Record<string, string>> {
  if (!isSourceList(frameAncestors.trim()))
    throw new TypeError(
      `frameAncestors must be a CSP source list, got ${JSON.stringify(frameAncestors)}.`,
    );
  return {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'content-security-policy': pagePolicy(frameAncestors.trim()),
  };
}
