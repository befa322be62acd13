import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { HttpError } from '../http/errors.js';
import { defaultAllow } from './refused-methods.js';
import { answerOnSocket, clientErrorFor, responseInFlight } from './socket-error.js';
import { toNodeListener } from './to-node-listener.js';
import type { NodeListenerOptions } from './to-node-listener.js';

export type NodeServerOptions = NodeListenerOptions;

/**
 * `http.createServer(toNodeListener(handler))`, plus the answers a listener alone cannot give:
 * JSON errors for requests Node rejects before any listener (unparseable ones, unknown methods
 * such as TRACK, a missing Host) and a 405 for CONNECT, which Node would otherwise drop silently.
 */
export function createNodeServer(
  handler: (request: Request) => Promise<Response>,
  options: NodeServerOptions = {},
): Server {
  // Node's own missing-Host answer is an empty 400; with this off, the listener sends the JSON one.
  const server = createServer({ requireHostHeader: false }, toNodeListener(handler, options));

  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    // A reset client is gone, and a response in flight must not be interleaved with another.
    if (error.code === 'ECONNRESET' || !socket.writable || responseInFlight(socket)) {
      socket.destroy();
      return;
    }
    void answerOnSocket(socket, clientErrorFor(error, defaultAllow)).catch(() => socket.destroy());
  });

  server.on('connect', (_req, socket) => {
    const error = new HttpError('method-not-allowed', `Use ${defaultAllow}.`, {
      headers: { allow: defaultAllow },
    });
    void answerOnSocket(socket, error).catch(() => socket.destroy());
  });

  return server;
}
