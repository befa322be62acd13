import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { demoSelection, setup } from '../test-utils/setup.js';
import { toNodeListener } from './to-node-listener.js';

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
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
});
