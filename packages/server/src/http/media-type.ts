import { HttpError } from './errors.js';

// RFC 9110 §8.3.1: type "/" subtype *( OWS ";" OWS parameter ), tokens case-insensitive.
const token = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const mediaType = new RegExp(
  `^(${token})/(${token})((?:[ \\t]*;[ \\t]*${token}=(?:${token}|"[^"]*"))*)[ \\t]*$`,
);
const charsetParameter = new RegExp(`;[ \\t]*charset=(?:(${token})|"([^"]*)")`, 'i');

/**
 * True for `application/json` and `application/*+json`, with any parameters, in UTF-8 (the only
 * encoding JSON has had since RFC 8259; the body is decoded as UTF-8 whatever the header says).
 */
export function isJsonMediaType(header: string | null): boolean {
  if (header === null) return false;
  const match = mediaType.exec(header.trim());
  if (!match) return false;
  const type = match[1]!.toLowerCase();
  const subtype = match[2]!.toLowerCase();
  if (type !== 'application' || (subtype !== 'json' && !subtype.endsWith('+json'))) return false;
  const charset = charsetParameter.exec(match[3] ?? '');
  return !charset || (charset[1] ?? charset[2] ?? '').toLowerCase() === 'utf-8';
}

/**
 * Refuses a body that does not say it is JSON, before anything reads or authenticates it. This is
 * also the CSRF guard for hosts that authenticate with cookies: an HTML form can only send
 * text/plain, form-encoded or multipart bodies, and a cross-site fetch with a JSON type needs a
 * CORS preflight that this API never grants.
 */
export function assertJsonBody(request: Request): void {
  if (isJsonMediaType(request.headers.get('content-type'))) return;
  throw new HttpError('unsupported-media-type', 'Send the body as application/json (UTF-8).');
}
