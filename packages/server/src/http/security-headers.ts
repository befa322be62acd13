/**
 * Sent with every API answer. The API only ever answers JSON, so nothing in it may be sniffed as
 * another type, rendered in a frame, run as script or loaded as a sub-resource (`default-src
 * 'none'` applies if a browser ever renders a response as a document), and no Referer is needed.
 */
export const apiSecurityHeaders: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};

/** What a 401 says about how to authenticate (RFC 9110 §11.6.1 requires the header on a 401). */
export const wwwAuthenticate = 'Bearer realm="tarif"';
