import type { IncomingMessage } from 'node:http';

// A host name (LDH labels, plus `_` that container and compose host names use) or an IPv6
// literal, then an optional port. Stricter than RFC 3986's reg-name on purpose: no userinfo
// (`evil@x`), no percent-escapes, no spaces or sub-delims, which `new URL` would either throw on
// or read as something other than a host.
const hostPattern =
  /^(?:[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,252}[A-Za-z0-9_])?|\[[0-9A-Fa-f:.]{2,45}\])(?::(\d{1,5}))?$/;

const absoluteForm = /^https?:\/\/([^/?#]*)([^#]*)$/i;

/**
 * The absolute URL of a Node request, or why there is none (the caller answers 400).
 *
 * The Host header only completes the URL (routing reads the path), but it is client input:
 * `new URL` throws on many values, so it is checked here instead of turning into a 500.
 */
export function requestUrl(req: IncomingMessage): URL | string {
  const target = req.url ?? '/';
  // Absolute-form, which servers must accept (RFC 9112 §3.2.2): its authority replaces Host.
  const absolute = absoluteForm.exec(target);
  // Otherwise origin-form only. Concatenating rather than resolving against a base keeps
  // `//other/x` a path: resolved, it would name another host.
  if (!absolute && !target.startsWith('/'))
    return 'The request target must be a path or an http URL.';
  const path = absolute ? `/${(absolute[2] ?? '').replace(/^\//, '')}` : target;

  const host = absolute ? absolute[1] : req.headers.host;
  let authority: string;
  if (host === undefined) {
    // HTTP/1.0 may omit Host (RFC 9112 §3.2 requires it from 1.1 on; Node refuses that itself
    // unless `requireHostHeader` is off, and then this refuses it).
    if (req.httpVersionMajor === 1 && req.httpVersionMinor === 0) authority = 'localhost';
    else return 'The Host header is missing.';
  } else {
    const match = hostPattern.exec(host);
    if (!match || Number(match[1] ?? 0) > 65535) return 'The Host header is not a valid host.';
    authority = host;
  }
  try {
    return new URL(`http://${authority}${path}`);
  } catch {
    return 'The request target is not a valid URL.';
  }
}
