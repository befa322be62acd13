import { createServer } from 'node:http';
import type { ServerResponse } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rawRequest } from '../test-utils/raw-http.js';
import { demoSelection, setup } from '../test-utils/setup.js';
import { toNodeListener } from './to-node-listener.js';

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(
    servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))),
  );
});

async function listen(
  handler: (request: Request) => Promise<Response>,
  maxBodyBytes?: number,
): Promise<string> {
  const server = createServer(
    toNodeListener(handler, maxBodyBytes === undefined ? {} : { maxBodyBytes }),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Like `listen`, for raw sockets: the port, and every Request the handler was given. */
async function listenPort(
  handler: (request: Request) => Promise<Response> = async () => new Response('ok'),
): Promise<{ port: number; seen: Request[] }> {
  const seen: Request[] = [];
  const url = await listen(async (request) => {
    seen.push(request);
    return handler(request);
  });
  return { port: Number(new URL(url).port), seen };
}

/** console.error, silenced and watched: a client's mistake must never be logged as a crash. */
function watchLog() {
  return vi.spyOn(console, 'error').mockImplementation(() => undefined);
}

describe('toNodeListener', () => {
  it('carries method, headers and JSON body to the handler and the response back', async () => {
    const { handler } = await setup();
    const url = await listen(handler);
    const response = await fetch(`${url}/api/billing/previews`, {
      method: 'POST',
      headers: { authorization: 'Bearer demo-admin', 'content-type': 'application/json' },
      body: JSON.stringify({ selection: { ...demoSelection, plan: 'pro' } }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await response.json()).preview.dueToday.amount).toBe(2774);
  });

  it('answers 413 itself for a body over the cap, before the handler sees it', async () => {
    let called = false;
    const url = await listen(async () => {
      called = true;
      return new Response('ok');
    }, 1024);
    const response = await fetch(`${url}/api/billing/previews`, {
      method: 'POST',
      body: 'x'.repeat(4096),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('payload-too-large');
    expect(called).toBe(false);
    // Its own answer, so it needs the API's headers itself.
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  });

  it('passes every Set-Cookie header through', async () => {
    const url = await listen(async () => {
      const headers = new Headers();
      headers.append('set-cookie', 'a=1');
      headers.append('set-cookie', 'b=2');
      return new Response(null, { status: 204, headers });
    });
    const response = await fetch(url);
    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
  });

  describe('a Host header it cannot build a URL from', () => {
    it.each([
      ['missing', null],
      ['empty', ''],
      ['[', '['],
      ['a b', 'a b'],
      ['x:99999', 'x:99999'],
      ['%', '%'],
      ['evil@x', 'evil@x'],
    ])('is 400, not a 500 with a stack, when it is %s', async (_case, host) => {
      const log = watchLog();
      const { port, seen } = await listenPort();
      const response = await rawRequest(
        port,
        `GET /api/billing/account HTTP/1.1\r\n${host === null ? '' : `Host: ${host}\r\n`}Connection: close\r\n\r\n`,
      );
      expect(response.status).toBe(400);
      // Node answers a missing Host itself, with an empty body; every other case is ours.
      if (host !== null) {
        expect(response.headers['content-type']).toMatch(/^application\/json/);
        expect(JSON.parse(response.body)).toEqual({
          error: { code: 'bad-request', message: expect.any(String) },
        });
      }
      expect(seen).toEqual([]);
      expect(log).not.toHaveBeenCalled();
    });

    it('still serves HTTP/1.0 without Host, and names, IPv6 literals and ports', async () => {
      const { port, seen } = await listenPort();
      for (const head of [
        'GET /a HTTP/1.0\r\n',
        'GET /b HTTP/1.1\r\nHost: Billing.Example.com:8787\r\n',
        'GET /c HTTP/1.1\r\nHost: [::1]:8787\r\n',
        'GET /d HTTP/1.1\r\nHost: tarif_server\r\n',
      ]) {
        expect((await rawRequest(port, `${head}Connection: close\r\n\r\n`)).status).toBe(200);
      }
      expect(seen.map((request) => request.url)).toEqual([
        'http://localhost/a',
        'http://billing.example.com:8787/b',
        'http://[::1]:8787/c',
        'http://tarif_server/d',
      ]);
    });

    it('takes the host of an absolute-form target over the Host header (RFC 9112 §3.2.2), checked alike', async () => {
      const { port, seen } = await listenPort();
      const ok = await rawRequest(
        port,
        'GET http://billing.example/api/x?y=1 HTTP/1.1\r\nHost: other\r\nConnection: close\r\n\r\n',
      );
      expect(ok.status).toBe(200);
      expect(seen.map((request) => request.url)).toEqual(['http://billing.example/api/x?y=1']);
      const evil = await rawRequest(
        port,
        'GET http://evil@x/api/x HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n',
      );
      expect(evil.status).toBe(400);
      expect(seen).toHaveLength(1);
    });

    it('keeps a request target that starts with // as a path, not as another host', async () => {
      const { port, seen } = await listenPort();
      await rawRequest(
        port,
        'GET //evil.example/x HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n',
      );
      expect(seen.map((request) => request.url)).toEqual(['http://a//evil.example/x']);
    });
  });

  describe('methods a Fetch Request cannot carry', () => {
    it('answers TRACE with 405 and Allow, without calling the handler or logging', async () => {
      const log = watchLog();
      const { port, seen } = await listenPort();
      const response = await rawRequest(
        port,
        'TRACE /api/billing/account HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n',
      );
      expect(response.status).toBe(405);
      expect(response.headers['allow']).toBe('GET, HEAD, POST');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(JSON.parse(response.body).error.code).toBe('method-not-allowed');
      expect(seen).toEqual([]);
      expect(log).not.toHaveBeenCalled();
    });
  });

  it('answers HEAD as GET without the body', async () => {
    const { handler } = await setup();
    const url = await listen(handler);
    const response = await fetch(`${url}/api/billing/account`, {
      method: 'HEAD',
      headers: { authorization: 'Bearer demo-admin' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.text()).toBe('');
  });

  it('drops a request whose client hangs up mid-body, without logging or answering', async () => {
    const log = watchLog();
    let called = false;
    const server = createServer(
      toNodeListener(async () => {
        called = true;
        return new Response('ok');
      }),
    );
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const received = new Promise<ServerResponse>((resolve) =>
      server.once('request', (_req, res: ServerResponse) => resolve(res)),
    );
    const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
    socket.on('error', () => undefined);
    socket.write(
      'POST /api/billing/previews HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"selec',
    );
    const res = await received;
    const closed = new Promise((resolve) => res.once('close', resolve));
    socket.destroy();
    await closed;
    // The listener reacts to the abort in promise callbacks; one turn of the event loop lets
    // every one of them run before looking (no timer: nothing here waits for time to pass).
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).not.toHaveBeenCalled();
    expect(called).toBe(false);
    expect(res.headersSent).toBe(false);
  });

  it('writes nothing and logs nothing when the client hangs up while the handler works', async () => {
    const log = watchLog();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let answered!: () => void;
    const handlerDone = new Promise<void>((resolve) => (answered = resolve));
    const server = createServer(
      toNodeListener(async () => {
        await held;
        answered();
        return new Response('{"late":true}', { headers: { 'content-type': 'application/json' } });
      }),
    );
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const received = new Promise<ServerResponse>((resolve) =>
      server.once('request', (_req, res: ServerResponse) => resolve(res)),
    );
    const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
    socket.on('error', () => undefined);
    socket.write('GET /api/billing/account HTTP/1.1\r\nHost: a\r\n\r\n');
    const res = await received;
    const closed = new Promise((resolve) => res.once('close', resolve));
    socket.destroy();
    await closed;
    release();
    await handlerDone;
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).not.toHaveBeenCalled();
  });
});
