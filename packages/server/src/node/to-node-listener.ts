import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from '../http/errors.js';
import type { ErrorCode } from '../http/errors.js';
import { errorResponse } from '../http/json.js';
import { defaultAllow, refusedMethods } from './refused-methods.js';
import { requestUrl } from './request-url.js';

export interface NodeListenerOptions {
  /** Bodies larger than this are refused with 413 before reaching the handler. Default 16 KiB. */
  readonly maxBodyBytes?: number;
}

/** Adapts a Fetch handler to `http.createServer(listener)`. Bodies are buffered (they are small JSON). */
export function toNodeListener(
  handler: (request: Request) => Promise<Response>,
  options: NodeListenerOptions = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  const maxBodyBytes = options.maxBodyBytes ?? 16 * 1024;

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = requestUrl(req);
    if (typeof url === 'string') return refuse(req, res, 'bad-request', url);
    if (refusedMethods.has(req.method ?? '')) {
      return refuse(req, res, 'method-not-allowed', `Use ${defaultAllow}.`, {
        allow: defaultAllow,
      });
    }

    const body = await readBody(req, maxBodyBytes);
    // The client hung up mid-body: there is no one to answer and nothing went wrong here.
    if (body === 'aborted') return;
    if (body === 'too-large') {
      // Close the connection: the rest of the oversized body is not worth reading.
      return refuse(
        req,
        res,
        'payload-too-large',
        `The body is larger than ${maxBodyBytes} bytes.`,
      );
    }
    const response = await handler(toRequest(req, url, body));
    await writeResponse(response, res);
  }

  return (req, res) => {
    void serve(req, res).catch((error: unknown) => {
      console.error('[tarif/server]', error);
      if (res.destroyed) return;
      // Half an answer went out: the only honest end is to cut the connection.
      if (res.headersSent) return void res.destroy();
      const internal = new HttpError('internal', 'Something went wrong on our side.');
      void writeResponse(errorResponse(internal), res).catch(() => res.destroy());
    });
  };
}

/**
 * Answers a request the handler never sees with the contract's error body, and closes the
 * connection: what follows on it (the rest of a body, the next request) is not worth reading.
 */
async function refuse(
  req: IncomingMessage,
  res: ServerResponse,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
): Promise<void> {
  req.resume(); // drop unread body bytes rather than stall the parser
  await writeError(
    res,
    new HttpError(code, message, { headers: { ...headers, connection: 'close' } }),
  );
}

/** Writes the contract's error body (with the API's security headers) as `res`'s answer. */
export function writeError(res: ServerResponse, error: HttpError): Promise<void> {
  return writeResponse(errorResponse(error), res);
}

function toRequest(req: IncomingMessage, url: URL, body: Buffer | null): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = req.method ?? 'GET';
  return new Request(url, {
    method,
    headers,
    ...(body && method !== 'GET' && method !== 'HEAD' ? { body: new Uint8Array(body) } : {}),
  });
}

function readBody(
  req: IncomingMessage,
  maxBytes: number,
): Promise<Buffer | null | 'too-large' | 'aborted'> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return Promise.resolve('too-large');
  // Plain events rather than `for await`: the async iterator costs more than the small bodies it reads.
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.off('data', onData);
        req.resume(); // drain and drop the rest
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(size === 0 ? null : Buffer.concat(chunks)));
    // A request stream only fails when its connection does (Node's "Error: aborted" when the
    // client closes mid-body): a client's doing, not an error of ours to log. A close before
    // 'end' is the same; after 'end' the promise has settled and this does nothing.
    req.once('error', () => resolve('aborted'));
    req.once('close', () => resolve('aborted'));
  });
}

async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  // The client left while the handler worked: nothing can be delivered, so read nothing.
  if (res.destroyed) {
    await response.body?.cancel();
    return;
  }
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  res.writeHead(response.status, headers);
  res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
}
