import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { HttpError } from '../http/errors.js';
import { defaultAllow } from './refused-methods.js';
import { answerOnSocket, clientErrorFor, responseStarted } from './socket-error.js';
import { trackAnswers } from './track-answers.js';
import { toNodeListener, writeError } from './to-node-listener.js';
import type { NodeListenerOptions } from './to-node-listener.js';

export interface NodeServerOptions extends NodeListenerOptions {
  /** Milliseconds a client has to send all the headers. Default 10 s (Node's is 60 s). */
  readonly headersTimeout?: number;
  /** Milliseconds a client has to send the whole request, body included. Default 30 s (Node's is 300 s). */
  readonly requestTimeout?: number;
  /** Milliseconds an idle keep-alive connection stays open. Default 5 s. */
  readonly keepAliveTimeout?: number;
  /** Connections held at once; more are refused at accept. Default 512 (Node has no cap). */
  readonly maxConnections?: number;
  /** How often the two timeouts above are checked, in ms. Default 1 s (Node's is 30 s). */
  readonly connectionsCheckingInterval?: number;
}

/**
 * Bounds for a server that buffers small JSON bodies: a client trickling its headers or body a
 * byte at a time is cut off after these, not held forever, and at most `maxConnections` sockets
 * (trickling or not) are open at once, so file descriptors and memory stay bounded. The check
 * interval is shortened so a timeout fires close to its value rather than up to 30 s late.
 */
export const nodeServerDefaults = {
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  keepAliveTimeout: 5_000,
  maxConnections: 512,
  connectionsCheckingInterval: 1_000,
} as const satisfies Required<Omit<NodeServerOptions, keyof NodeListenerOptions>>;

/**
 * `http.createServer(toNodeListener(handler))` with the bounds of `nodeServerDefaults`, plus the
 * answers a listener alone cannot give:
 * JSON errors for requests Node rejects before any listener (unparseable ones, unknown methods
 * such as TRACK, a missing Host) and a 405 for CONNECT, which Node would otherwise drop silently.
 */
export function createNodeServer(
  handler: (request: Request) => Promise<Response>,
  options: NodeServerOptions = {},
): Server {
  const settings = { ...nodeServerDefaults, ...definedOnly(options) };
  const server = createServer(
    {
      // Node's own missing-Host answer is an empty 400; with this off, the listener sends the JSON one.
      requireHostHeader: false,
      // Node validates these here (a header timeout over the request timeout is a RangeError).
      headersTimeout: settings.headersTimeout,
      requestTimeout: settings.requestTimeout,
      keepAliveTimeout: settings.keepAliveTimeout,
      connectionsCheckingInterval: settings.connectionsCheckingInterval,
    },
    toNodeListener(handler, options),
  );
  server.maxConnections = settings.maxConnections;
  const answers = trackAnswers(server);

  /**
   * Answers an error Node found on a socket once every request it had already received whole on
   * that socket is answered. A pipelined request that fails to parse behind a commit must never
   * take that commit's place: the client would read "refused" for a change that was charged.
   */
  function answerAfterOthers(socket: Duplex, error: HttpError): void {
    // Node takes its own error listener off a socket it hands to 'connect': while the answer waits
    // for the requests before it, a reset from the client must not be an unhandled 'error'.
    if (socket.listenerCount('error') === 0) socket.on('error', () => socket.destroy());
    void answers
      .received(socket)
      .then(() => {
        // A reset client is gone; a response still under way (one whose request never arrived
        // whole) must not be interleaved with another.
        if (socket.destroyed || !socket.writable || responseStarted(socket)) {
          socket.destroy();
          return;
        }
        return answerOnSocket(socket, error);
      })
      .catch(() => socket.destroy());
  }

  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (error.code === 'ECONNRESET') return void socket.destroy();
    answerAfterOthers(socket, clientErrorFor(error, defaultAllow));
  });

  server.on('connect', (_req, socket) => {
    const error = new HttpError('method-not-allowed', `Use ${defaultAllow}.`, {
      headers: { allow: defaultAllow },
    });
    answerAfterOthers(socket, error);
  });

  // Node answers an `Expect` it does not support with a bare 417 of its own; this one is the
  // contract's JSON error with the API's security headers.
  server.on('checkExpectation', (_req, res) => {
    const error = new HttpError('expectation-failed', 'Only Expect: 100-continue is supported.', {
      headers: { connection: 'close' },
    });
    void writeError(res, error).catch(() => res.destroy());
  });

  return server;
}

/** `{ ...defaults, ...options }` where an option given as `undefined` keeps the default. */
function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
