import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoSelection, setup } from '../test-utils/setup.js';
import type { TestServer } from '../test-utils/setup.js';
import { watchWrites } from '../test-utils/store-writes.js';

afterEach(() => {
  vi.restoreAllMocks();
});

const preview = (server: TestServer, token = 'demo-member') =>
  server.call('POST', '/previews', { token, body: { selection: { ...demoSelection, seats: 4 } } });

const changeRequest = (server: TestServer, token = 'demo-admin') =>
  server.call('POST', '/change-requests', {
    token,
    body: { subject: 'SSO', message: 'We need SSO.', contactEmail: 'camille@demo.example' },
  });

async function statuses(responses: Promise<Response>[]): Promise<Record<number, number>> {
  const counts: Record<number, number> = {};
  for (const response of await Promise.all(responses))
    counts[response.status] = (counts[response.status] ?? 0) + 1;
  return counts;
}

describe('rate limits', () => {
  it('stores 30 of 2,000 previews a member sends in a loop, and answers the rest 429', async () => {
    const server = await setup();
    const writes = watchWrites(server.store);
    const counts: Record<number, number> = {};
    for (let i = 0; i < 2000; i += 1) {
      const { status } = await preview(server);
      counts[status] = (counts[status] ?? 0) + 1;
    }
    expect(counts).toEqual({ 200: 30, 429: 1970 });
    expect(writes().filter((name) => name === 'insertPreview')).toHaveLength(30);
  });

  it('answers 429 rate-limited with Retry-After in whole seconds, then refills at 60 a minute', async () => {
    const server = await setup();
    for (let i = 0; i < 30; i += 1) expect((await preview(server)).status).toBe(200);
    const limited = await preview(server);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.headers.get('cache-control')).toBe('no-store');
    expect(await limited.json()).toEqual({
      error: { code: 'rate-limited', message: expect.any(String) },
    });

    server.clock.advance(1000);
    expect((await preview(server)).status).toBe(200);
    expect((await preview(server)).status).toBe(429);
    server.clock.advance(60_000);
    expect(await statuses(Array.from({ length: 31 }, () => preview(server)))).toEqual({
      200: 30,
      429: 1,
    });
  });

  it('counts per account: one account at its limit leaves the other alone', async () => {
    const server = await setup();
    for (let i = 0; i < 30; i += 1) await preview(server, 'demo-admin');
    expect((await preview(server, 'demo-member')).status).toBe(429);
    expect((await preview(server, 'demo-other-admin')).status).toBe(200);
  });

  it('allows 10 change requests an hour, and a member refused with 403 uses none of them', async () => {
    const server = await setup();
    for (let i = 0; i < 20; i += 1)
      expect((await changeRequest(server, 'demo-member')).status).toBe(403);
    for (let i = 0; i < 10; i += 1) expect((await changeRequest(server)).status).toBe(201);
    const writes = watchWrites(server.store);
    const limited = await changeRequest(server);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('360');
    expect(writes()).toEqual([]);
    expect(await server.store.listChangeRequests('acct_demo')).toHaveLength(10);
    server.clock.advance(6 * 60_000);
    expect((await changeRequest(server)).status).toBe(201);
  });

  it('takes its limits from the options, and false turns one off', async () => {
    const server = await setup({
      rateLimits: { previews: { limit: 2, perMs: 10_000, burst: 2 }, changeRequests: false },
    });
    expect(await statuses([preview(server), preview(server), preview(server)])).toEqual({
      200: 2,
      429: 1,
    });
    expect((await preview(server)).headers.get('retry-after')).toBe('5');
    expect(await statuses(Array.from({ length: 15 }, () => changeRequest(server)))).toEqual({
      201: 15,
    });
  });

  it('starts from full buckets after a test-controls reset', async () => {
    const server = await setup({ testControls: true });
    for (let i = 0; i < 30; i += 1) await preview(server);
    expect((await preview(server)).status).toBe(429);
    expect((await server.call('POST', '/__test/reset', { token: null })).status).toBe(200);
    expect((await preview(server)).status).toBe(200);
  });
});
