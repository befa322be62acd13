import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { once } from 'node:events';
import type { Duplex } from 'node:stream';

/**
 * Follows the responses each socket owes. `received(socket)` settles once every request that
 * arrived whole on it has been answered (or its response was destroyed): a request still arriving
 * (a body cut off by the request timeout) is not waited for, since its answer is the error itself.
 */
export function trackAnswers(server: Server): { received(socket: Duplex): Promise<void> } {
  const owed = new WeakMap<Duplex, Set<ServerResponse>>();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    let responses = owed.get(socket);
    if (!responses) owed.set(socket, (responses = new Set()));
    responses.add(res);
    res.once('close', () => responses.delete(res));
  });
  return {
    async received(socket) {
      const pending = [...(owed.get(socket) ?? [])].filter(
        (res) => res.req.complete && !res.writableFinished && !res.destroyed,
      );
      await Promise.all(pending.map((res) => once(res, 'close')));
    },
  };
}
