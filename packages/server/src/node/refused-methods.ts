/**
 * Fetch's forbidden methods: `new Request` throws on them, so they can never reach a Fetch
 * handler, and a billing API has no use for a proxy tunnel (CONNECT) or an echo of the request
 * (TRACE, TRACK, which would reflect cookies and tokens). They are answered 405 before the handler.
 */
export const refusedMethods: ReadonlySet<string> = new Set(['CONNECT', 'TRACE', 'TRACK']);

/**
 * `Allow` for a 405 answered outside the handler, where the route is unknown: every method the
 * billing API and the static files use anywhere. The handler's own 405 names the route's methods.
 */
export const defaultAllow = 'GET, HEAD, POST';
