/**
 * HEAD is GET without the body (RFC 9110 §9.3.2), so every route with GET answers it: monitors
 * and caches probe with HEAD, and a 405 would tell them the resource is broken.
 */
export function routeForMethod<R>(
  methods: Readonly<Record<string, R>>,
  method: string,
): R | undefined {
  const name = method === 'HEAD' && !Object.hasOwn(methods, 'HEAD') ? 'GET' : method;
  return Object.hasOwn(methods, name) ? methods[name] : undefined;
}

/** The `Allow` header of a route: its methods, with HEAD wherever GET is. */
export function allowHeader(methods: Readonly<Record<string, unknown>>): string {
  const names = Object.keys(methods);
  if (names.includes('GET') && !names.includes('HEAD'))
    names.splice(names.indexOf('GET') + 1, 0, 'HEAD');
  return names.join(', ');
}

/** The same answer without its body, for HEAD: status and headers stay those of GET. */
export function withoutBody(response: Response): Response {
  void response.body?.cancel();
  return new Response(null, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
