import { HttpError } from './errors.js';
import { apiSecurityHeaders } from './security-headers.js';

const jsonHeaders = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  ...apiSecurityHeaders,
};

/**
 * A JSON response. Billing data is per user, so nothing may be cached on the way; every answer,
 * errors included, carries the API's security headers because every one is built here.
 */
export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...jsonHeaders, ...headers } });
}

/** A JSON response from a body that was already serialized (a stored preview or commit result). */
export function rawJson(status: number, body: string): Response {
  return new Response(body, { status, headers: jsonHeaders });
}

export function errorResponse(error: HttpError): Response {
  const body: Record<string, unknown> = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {}),
    },
    ...error.extra,
  };
  return json(error.status, body, error.headers ? { ...error.headers } : {});
}

/**
 * Reads the body as JSON, refusing more than `maxBytes` before buffering it (a `Content-Length`
 * that is too large is refused without reading; a body without one is counted as it streams).
 */
export async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const bytes = await readBytes(request, maxBytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError('invalid-request', 'The body is not UTF-8.', {
      fields: [{ path: '', message: 'Expected a UTF-8 JSON body.' }],
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError('invalid-request', 'The body is not valid JSON.', {
      fields: [{ path: '', message: 'Expected a JSON object.' }],
    });
  }
}

async function readBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError('payload-too-large', `The body is larger than ${maxBytes} bytes.`);
}
