import { describe, expect, it, vi } from 'vitest';
import { createHttpAdapter } from './create-http-adapter.js';
import { AdapterError } from './adapter-error.js';
import type { Selection } from '@tarif/core';

const selection: Selection = {
  product: 'marketing',
  plan: 'pro',
  interval: 'month',
  contactLimit: 10000,
  seats: 5,
  addOns: [],
};

function fakeFetch(status: number, body: unknown) {
  return vi.fn(
    async (_url: string | URL | Request, _init?: RequestInit) =>
      new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      }),
  );
}

function headersOf(fetch: ReturnType<typeof fakeFetch>): Record<string, string> {
  return (fetch.mock.calls[0]?.[1]?.headers ?? {}) as Record<string, string>;
}

describe('createHttpAdapter', () => {
  it('GETs {base}/account with the bearer token from a header function', async () => {
    const fetch = fakeFetch(200, { accountId: 'acc_1' });
    const adapter = createHttpAdapter({
      baseUrl: 'https://api.test/billing/',
      fetch,
      headers: async () => ({ Authorization: 'Bearer t0k' }),
    });
    await expect(adapter.loadAccount()).resolves.toEqual({ accountId: 'acc_1' });
    expect(fetch.mock.calls[0]?.[0]).toBe('https://api.test/billing/account');
    expect(fetch.mock.calls[0]?.[1]?.method).toBe('GET');
    expect(headersOf(fetch)['Authorization']).toBe('Bearer t0k');
  });

  it('POSTs the selection to /previews as JSON', async () => {
    const fetch = fakeFetch(200, { id: 'pv_1' });
    const adapter = createHttpAdapter({ baseUrl: 'https://api.test', fetch });
    await adapter.previewChange({ selection });
    expect(fetch.mock.calls[0]?.[0]).toBe('https://api.test/previews');
    expect(JSON.parse(String(fetch.mock.calls[0]?.[1]?.body))).toEqual({ selection });
    expect(headersOf(fetch)['Content-Type']).toBe('application/json');
  });

  it('sends the idempotency key as the Idempotency-Key header, not in the body', async () => {
    const fetch = fakeFetch(200, { id: 'cm_1', status: 'succeeded' });
    const adapter = createHttpAdapter({
      baseUrl: 'https://api.test',
      fetch,
      headers: { Authorization: 'Bearer x' },
    });
    await adapter.commitChange({ previewId: 'pv_1', idempotencyKey: 'key-12345678' });
    expect(headersOf(fetch)['Idempotency-Key']).toBe('key-12345678');
    expect(JSON.parse(String(fetch.mock.calls[0]?.[1]?.body))).toEqual({ previewId: 'pv_1' });
  });

  it('POSTs change requests and returns the receipt', async () => {
    const fetch = fakeFetch(201, { id: 'cr_1', receivedAt: '2025-03-16T00:00:00Z' });
    const adapter = createHttpAdapter({ baseUrl: 'https://api.test', fetch });
    const receipt = await adapter.requestChange({
      subject: 'Downgrade',
      message: 'Please',
      contactEmail: 'a@b.co',
    });
    expect(receipt.id).toBe('cr_1');
    expect(fetch.mock.calls[0]?.[0]).toBe('https://api.test/change-requests');
  });

  it('DELETEs {base}/scheduled-change without a body and returns the subscription', async () => {
    const answer = { subscription: { selection }, scheduled: null };
    const fetch = fakeFetch(200, answer);
    const adapter = createHttpAdapter({
      baseUrl: 'https://api.test/billing/',
      fetch,
      headers: { Authorization: 'Bearer x' },
    });
    await expect(adapter.cancelScheduledChange()).resolves.toEqual(answer);
    expect(fetch.mock.calls[0]?.[0]).toBe('https://api.test/billing/scheduled-change');
    expect(fetch.mock.calls[0]?.[1]?.method).toBe('DELETE');
    expect(fetch.mock.calls[0]?.[1]?.body).toBeUndefined();
    expect(headersOf(fetch)['Content-Type']).toBeUndefined();
    expect(headersOf(fetch)['Authorization']).toBe('Bearer x');
  });

  it('maps a refused cancel like any other call: 403 forbidden, 503 commit-in-progress', async () => {
    const refused = createHttpAdapter({
      baseUrl: 'https://api.test',
      fetch: fakeFetch(403, { error: { code: 'forbidden', message: 'Primary admin only.' } }),
    });
    await expect(refused.cancelScheduledChange()).rejects.toMatchObject({
      name: 'AdapterError',
      code: 'forbidden',
      status: 403,
      message: 'Primary admin only.',
    });
    // The wire contract's own code comes through, so the page can say to try again shortly.
    const busy = createHttpAdapter({
      baseUrl: 'https://api.test',
      fetch: fakeFetch(503, { error: { code: 'commit-in-progress', message: 'Busy.' } }),
    });
    await expect(busy.cancelScheduledChange()).rejects.toMatchObject({
      code: 'commit-in-progress',
      status: 503,
    });
  });

  it.each([
    [400, 'invalid-request'],
    [401, 'unauthenticated'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [402, 'payment-declined'],
    // Without its code and new preview, a 409 cannot be shown as a price change.
    [409, 'internal'],
    [410, 'preview-expired'],
    [413, 'payload-too-large'],
    [415, 'unsupported-media-type'],
    [422, 'idempotency-key-reused'],
    [429, 'rate-limited'],
    [500, 'internal'],
    [502, 'internal'],
    // A proxy's 503 is neither the server's commit-in-progress nor its provider-unavailable.
    [503, 'internal'],
  ] as const)('maps HTTP %i to %s even without a body', async (status, code) => {
    const adapter = createHttpAdapter({
      baseUrl: 'https://api.test',
      fetch: fakeFetch(status, undefined),
    });
    await expect(adapter.loadAccount()).rejects.toMatchObject({
      name: 'AdapterError',
      code,
      status,
    });
  });

  it('keeps the wire code, message and fields of an error body', async () => {
    const body = {
      error: {
        code: 'invalid-request',
        message: 'Bad seats',
        fields: [{ path: 'selection.seats', message: 'too many' }],
      },
    };
    const adapter = createHttpAdapter({ baseUrl: 'https://api.test', fetch: fakeFetch(400, body) });
    const error = await adapter.previewChange({ selection }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AdapterError);
    expect(error).toMatchObject({
      message: 'Bad seats',
      fields: [{ path: 'selection.seats', message: 'too many' }],
    });
  });

  it.each([
    ['preview-already-used', 409],
    ['rate-limited', 429],
    ['payment-declined', 402],
    ['payment-requires-action', 402],
    ['commit-in-progress', 503],
    // The payment provider is down: the page says nothing changed and a retry is safe.
    ['provider-unavailable', 503],
  ] as const)('keeps the wire code %s of a %i answer', async (code, status) => {
    const adapter = createHttpAdapter({
      baseUrl: 'https://api.test',
      fetch: fakeFetch(status, { error: { code, message: code } }),
    });
    await expect(adapter.loadAccount()).rejects.toMatchObject({ code, status });
  });

  it('carries the fresh preview of a 409 price-changed', async () => {
    const preview = { id: 'pv_2', expiresAt: 'x', catalogVersion: 'v2', preview: {} };
    const adapter = createHttpAdapter({
      baseUrl: 'https://api.test',
      fetch: fakeFetch(409, { error: { code: 'price-changed', message: 'changed' }, preview }),
    });
    await expect(
      adapter.commitChange({ previewId: 'pv_1', idempotencyKey: 'key-12345678' }),
    ).rejects.toMatchObject({ code: 'price-changed', preview });
  });

  it('reports a network failure as network', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const adapter = createHttpAdapter({ baseUrl: 'https://api.test', fetch });
    await expect(adapter.loadAccount()).rejects.toMatchObject({ code: 'network' });
  });

  it('reports an abort by the caller as aborted', async () => {
    const fetch = vi.fn(
      (_url: string | URL | Request, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('Aborted', 'AbortError')),
          ),
        ),
    );
    const adapter = createHttpAdapter({ baseUrl: 'https://api.test', fetch });
    const controller = new AbortController();
    const pending = adapter.loadAccount({ signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'aborted' });
  });

  it('gives up after timeoutMs with timeout', async () => {
    vi.useFakeTimers();
    try {
      const fetch = vi.fn(
        (_url: string | URL | Request, init?: RequestInit) =>
          new Promise<Response>((_resolve, reject) =>
            init?.signal?.addEventListener('abort', () =>
              reject(new DOMException('Aborted', 'AbortError')),
            ),
          ),
      );
      const adapter = createHttpAdapter({ baseUrl: 'https://api.test', fetch, timeoutMs: 5000 });
      const pending = adapter.loadAccount().catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(5000);
      expect(await pending).toMatchObject({ code: 'timeout' });
    } finally {
      vi.useRealTimers();
    }
  });

  describe('a payment that needs authentication', () => {
    it("reads the 402's next action, and only a well-formed one", async () => {
      const secret = 'pi_1_secret_2';
      const adapter = createHttpAdapter({
        baseUrl: 'https://api.test',
        fetch: fakeFetch(402, {
          error: { code: 'payment-requires-action', message: 'Authenticate.' },
          nextAction: { type: 'authenticate', clientSecret: secret },
        }),
      });
      const error = (await adapter
        .commitChange({ previewId: 'pv_1', idempotencyKey: 'key-00000001' })
        .catch((caught: unknown) => caught)) as AdapterError;
      expect(error).toBeInstanceOf(AdapterError);
      expect(error.nextAction).toEqual({
        type: 'authenticate',
        clientSecret: secret,
      });
      const odd = createHttpAdapter({
        baseUrl: 'https://api.test',
        fetch: fakeFetch(402, {
          error: { code: 'payment-requires-action', message: 'Authenticate.' },
          nextAction: { type: 'redirect', url: 'https://bank.test' },
        }),
      });
      const oddError = (await odd
        .commitChange({ previewId: 'pv_1', idempotencyKey: 'key-00000001' })
        .catch((caught: unknown) => caught)) as AdapterError;
      expect(oddError.code).toBe('payment-requires-action');
      expect(oddError.nextAction).toBeUndefined();
    });

    it('abandons with DELETE /commits and the commit key', async () => {
      const fetch = fakeFetch(200, { status: 'abandoned' });
      const adapter = createHttpAdapter({ baseUrl: 'https://api.test', fetch });
      await expect(adapter.abandonCommit?.({ idempotencyKey: 'key-00000001' })).resolves.toEqual({
        status: 'abandoned',
      });
      expect(fetch.mock.calls[0]?.[0]).toBe('https://api.test/commits');
      expect(fetch.mock.calls[0]?.[1]?.method).toBe('DELETE');
      expect(headersOf(fetch)['Idempotency-Key']).toBe('key-00000001');
    });

    it("hands the next action to the host's browser payments, and has none without them", async () => {
      const handleNextAction = vi.fn(async () => 'succeeded' as const);
      const action = { type: 'authenticate', clientSecret: 'pi_1_secret_2' } as const;
      const adapter = createHttpAdapter({
        baseUrl: 'https://api.test',
        fetch: fakeFetch(200, {}),
        browserPayments: { handleNextAction },
      });
      await expect(adapter.handleNextAction?.({ action })).resolves.toBe('succeeded');
      expect(handleNextAction).toHaveBeenCalledWith(action, { signal: undefined });
      const plain = createHttpAdapter({ baseUrl: 'https://api.test', fetch: fakeFetch(200, {}) });
      expect(plain.handleNextAction).toBeUndefined();
    });
  });
});
