import { createServer, request as forward } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One answer that went through the proxy, for `inspect`. */
export interface Exchange {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface LoadBalancerOptions {
  /** Called with every answer whose path it accepts (`inspects`); those are buffered, not streamed. */
  readonly inspect?: (exchange: Exchange) => void;
  readonly inspects?: (path: string) => boolean;
  /** Default: a free port. */
  readonly port?: number;
}

export interface LoadBalancer {
  readonly url: string;
  /** How many requests went to each upstream, in order. */
  readonly counts: number[];
  close(): Promise<void>;
}

/**
 * A round-robin proxy in front of several server instances, as a load balancer without sticky
 * sessions: each request goes to the next upstream in turn, so one purchase's preview, commit and
 * reload land on different processes. With one upstream and `inspect`, it is a tap that sees
 * every answer the server sends.
 */
export async function startLoadBalancer(
  upstreams: readonly string[],
  options: LoadBalancerOptions = {},
): Promise<LoadBalancer> {
  const counts = upstreams.map(() => 0);
  let next = 0;
  const server = createServer((req, res) => {
    const index = next++ % upstreams.length;
    counts[index]! += 1;
    const target = new URL(req.url ?? '/', upstreams[index]);
    const method = req.method ?? 'GET';
    const upstream = forward(
      target,
      { method, headers: { ...req.headers, host: target.host } },
      (answer) => {
        const status = answer.statusCode ?? 502;
        if (!options.inspect || !(options.inspects?.(target.pathname) ?? true)) {
          res.writeHead(status, answer.headers);
          answer.pipe(res);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const body = Buffer.concat(chunks);
          options.inspect?.({
            method,
            path: target.pathname,
            status,
            headers: answer.headers,
            body,
          });
          res.writeHead(status, answer.headers);
          res.end(body);
        });
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
