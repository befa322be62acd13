import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rawRequest } from '../test-utils/raw-http.js';
import { createNodeServer } from './create-node-server.js';

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
});
