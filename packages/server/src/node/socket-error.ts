import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { HttpError } from '../http/errors.js';
import { errorResponse } from '../http/json.js';

/**
 * Writes the contract's error as a whole HTTP/1.1 response straight to a socket, then closes it.
 * For the cases Node hands over a socket rather than a request/response pair (`clientError`,
 * `connect`); the headers are those of `errorResponse`, so they match what the handler sends.
 */
export async function answerOnSocket(socket: Duplex, error: HttpError): Promise<void> {
  const response = errorResponse(error);
  const body = Buffer.from(await response.text());
  let head = `HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ''}\r\n`;
  response.headers.forEach((value, name) => {
    head += `${name}: ${value}\r\n`;
  });
  head += `content-length: ${body.length}\r\nconnection: close\r\n\r\n`;
  if (!socket.writable) return;
  // Destroy once flushed: a client that never closes its side must not keep the socket.
  socket.end(Buffer.concat([Buffer.from(head, 'latin1'), body]), () => socket.destroy());
}

/** What a parse failure Node reports through `clientError` is, for the client. */
export function clientErrorFor(error: NodeJS.ErrnoException, allow: string): HttpError {
  switch (error.code) {
    case 'HPE_INVALID_METHOD':
      // A method llhttp does not know (TRACK, or any other token): nothing here implements it.
      return new HttpError('method-not-allowed', `Use ${allow}.`, { headers: { allow } });
    // The next three keep the statuses Node's own handler sends for them.
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new HttpError('request-timeout', 'The request took too long to arrive.');
    case 'HPE_HEADER_OVERFLOW':
      return new HttpError('headers-too-large', 'The request headers are too large.');
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return new HttpError('payload-too-large', 'The chunk extensions are too large.');
    default:
      return new HttpError('bad-request', 'The request is not valid HTTP.');
  }
}

/**
 * True when a response on this socket has already sent its headers (a pipelined request failed
 * to parse behind one being answered): raw bytes would corrupt it, so the socket is only
 * destroyed. A response not yet started (a body still trickling in when `requestTimeout` fires)
 * can still be replaced by the error. `_httpMessage` is Node's own field, read the same way by its
 * default `clientError` handling.
 */
export function responseStarted(socket: Duplex): boolean {
  const message = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } | null })
    ._httpMessage;
  return message?.headersSent === true;
}
