import type { Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseResponse, rawRequest } from '../test-utils/raw-http.js';
import { createNodeServer, nodeServerDefaults } from './create-node-server.js';
import { clientErrorFor, responseStarted } from './socket-error.js';

const servers: Server[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(
    servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))),
  );
});

async function start(): Promise<{ port: number; seen: Request[] }> {
  const seen: Request[] = [];
  const server = createNodeServer(async (request) => {
    seen.push(request);
    return new Response('ok');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, seen };
}

/** A server whose handler answers only when the test releases it. */
async function held() {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let seen!: () => void;
  const arrived = new Promise<void>((resolve) => (seen = resolve));
  const server = createNodeServer(async () => {
    seen();
    await released;
    return Response.json({ id: 'cm_1', status: 'succeeded' });
  });
  servers.push(server);
  const clientError = new Promise<void>((resolve) => server.once('clientError', () => resolve()));
  const connect = new Promise<void>((resolve) => server.once('connect', () => resolve()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    arrived,
    release,
    clientError,
    connect,
  };
}

describe('createNodeServer', () => {
  it.each([
    [
      'CONNECT, which Node would otherwise drop unanswered',
      'CONNECT a.example:443 HTTP/1.1\r\nHost: a.example:443\r\n\r\n',
    ],
    ['TRACK, which Node cannot parse', 'TRACK / HTTP/1.1\r\nHost: a\r\n\r\n'],
    ['TRACE', 'TRACE / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n'],
  ])('answers %s with 405 and Allow', async (_case, request) => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { port, seen } = await start();
    const response = await rawRequest(port, request);
    expect(response.status).toBe(405);
    expect(response.headers['allow']).toBe('GET, HEAD, POST');
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(JSON.parse(response.body)).toEqual({
      error: { code: 'method-not-allowed', message: expect.any(String) },
    });
    expect(seen).toEqual([]);
    expect(log).not.toHaveBeenCalled();
  });

  describe('a broken request pipelined behind one being answered', () => {
    const commit =
      'POST /api/billing/commits HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n' +
      'Idempotency-Key: key-pipelined-1\r\nContent-Length: 2\r\n\r\n{}';

    it.each([
      [
        'a method Node cannot parse (405)',
        'TRACK / HTTP/1.1\r\nHost: a\r\n\r\n',
        'clientError',
        405,
      ],
      [
        'bytes Node cannot parse (400)',
        'GET / HTTP/1.1\r\nHost: a\r\nBad Header\r\n\r\n',
        'clientError',
        400,
      ],
      [
        'CONNECT (405)',
        'CONNECT a.example:443 HTTP/1.1\r\nHost: a.example:443\r\n\r\n',
        'connect',
        405,
      ],
    ] as const)(
      'gets its error after the first answer, never instead of it: %s',
      async (_case, broken, event, status) => {
        const s = await held();
        const answer = rawRequest(s.port, commit + broken);
        await s.arrived;
        // Node has seen the broken request while the commit is still being handled.
        await (event === 'connect' ? s.connect : s.clientError);
        s.release();
        const { raw } = await answer;
        const second = raw.indexOf('HTTP/1.1', 1);
        expect(parseResponse(raw.slice(0, second)).status).toBe(200);
        expect(JSON.parse(parseResponse(raw.slice(0, second)).body)).toEqual({
          id: 'cm_1',
          status: 'succeeded',
        });
        expect(second).toBeGreaterThan(0);
        expect(parseResponse(raw.slice(second)).status).toBe(status);
      },
    );
  });

  it('survives a client that resets the connection while a pipelined CONNECT waits', async () => {
    const s = await held();
    const port = s.port;
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => undefined);
    socket.write(
      'POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\n{}' +
        'CONNECT a.example:443 HTTP/1.1\r\nHost: a.example:443\r\n\r\n',
    );
    await s.arrived;
    await s.connect;
    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.resetAndDestroy();
    await closed;
    s.release();
    // The process is still up and the server still answers.
    const response = await rawRequest(
      port,
      'GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n',
    );
    expect(response.status).toBe(200);
  });

  it('answers an Expect it does not support with a JSON 417 and the API headers', async () => {
    const { port, seen } = await start();
    const response = await rawRequest(
      port,
      'POST / HTTP/1.1\r\nHost: a\r\nExpect: 200-ok\r\nContent-Length: 2\r\n\r\n{}',
    );
    expect(response.status).toBe(417);
    expect(JSON.parse(response.body).error.code).toBe('expectation-failed');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(seen).toEqual([]);
  });

  it('answers an HTTP/1.1 request without Host with the JSON 400, as for a bad one', async () => {
    const { port, seen } = await start();
    const response = await rawRequest(port, 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n');
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).error.code).toBe('bad-request');
    expect(seen).toEqual([]);
  });

  it('answers a request Node cannot parse with the JSON 400', async () => {
    const { port } = await start();
    const response = await rawRequest(port, 'GET / HTTP/1.1\r\nHost: a\r\nBad Header\r\n\r\n');
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).error.code).toBe('bad-request');
  });

  it('answers headers over the size limit with 431, as Node would, in the JSON shape', async () => {
    const { port, seen } = await start();
    const response = await rawRequest(
      port,
      `GET / HTTP/1.1\r\nHost: a\r\nX-Big: ${'x'.repeat(20 * 1024)}\r\n\r\n`,
    );
    expect(response.status).toBe(431);
    expect(JSON.parse(response.body).error.code).toBe('headers-too-large');
    expect(seen).toEqual([]);
  });

  it('maps the errors Node reports for a timed-out or oversized request to their statuses', () => {
    const codes = (code: string) => {
      const error = clientErrorFor(Object.assign(new Error(code), { code }), 'GET');
      return [error.status, error.code];
    };
    expect(codes('ERR_HTTP_REQUEST_TIMEOUT')).toEqual([408, 'request-timeout']);
    expect(codes('HPE_HEADER_OVERFLOW')).toEqual([431, 'headers-too-large']);
    expect(codes('HPE_CHUNK_EXTENSIONS_OVERFLOW')).toEqual([413, 'payload-too-large']);
    expect(codes('HPE_INVALID_METHOD')).toEqual([405, 'method-not-allowed']);
    expect(codes('HPE_INVALID_HEADER_TOKEN')).toEqual([400, 'bad-request']);
  });

  it('answers a client error in place of a response not yet started, never inside one', () => {
    const socket = (message: unknown) =>
      Object.assign(new PassThrough(), { _httpMessage: message });
    expect(responseStarted(socket(null))).toBe(false);
    expect(responseStarted(socket({ headersSent: false }))).toBe(false);
    expect(responseStarted(socket({ headersSent: true }))).toBe(true);
  });

  describe('timeouts and the connection cap', () => {
    it('sets header and request timeouts, keep-alive and a connection cap, so slow clients cannot hold it', () => {
      const server = createNodeServer(async () => new Response('ok'));
      expect(nodeServerDefaults).toEqual({
        headersTimeout: 10_000,
        requestTimeout: 30_000,
        keepAliveTimeout: 5_000,
        maxConnections: 512,
        connectionsCheckingInterval: 1_000,
      });
      expect({
        headersTimeout: server.headersTimeout,
        requestTimeout: server.requestTimeout,
        keepAliveTimeout: server.keepAliveTimeout,
        maxConnections: server.maxConnections,
      }).toEqual({
        headersTimeout: 10_000,
        requestTimeout: 30_000,
        keepAliveTimeout: 5_000,
        maxConnections: 512,
      });
    });

    it('takes other values from its options', () => {
      const server = createNodeServer(async () => new Response('ok'), {
        headersTimeout: 5_000,
        requestTimeout: 8_000,
        keepAliveTimeout: 1_000,
        maxConnections: 64,
      });
      expect([
        server.headersTimeout,
        server.requestTimeout,
        server.keepAliveTimeout,
        server.maxConnections,
      ]).toEqual([5_000, 8_000, 1_000, 64]);
    });

    it('refuses a header timeout longer than the request timeout', () => {
      expect(() =>
        createNodeServer(async () => new Response('ok'), {
          headersTimeout: 60_000,
          requestTimeout: 30_000,
        }),
      ).toThrow(RangeError);
    });
  });
});
