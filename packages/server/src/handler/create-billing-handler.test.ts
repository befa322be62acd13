import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoSelection, setup } from '../test-utils/setup.js';
import { watchWrites } from '../test-utils/store-writes.js';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A POST with exactly these headers and bytes (a string body would get a content type of its own). */
function rawPost(path: string, contentType: string | null, body: string, token = 'demo-admin') {
  return new Request(`http://localhost/api/billing${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      ...(contentType === null ? {} : { 'content-type': contentType }),
    },
    body: new TextEncoder().encode(body),
  });
}

describe('createBillingHandler', () => {
  describe('GET /account', () => {
    it('shows the primary admin their account, subscription and that they can manage billing', async () => {
      const { call } = await setup();
      const response = await call('GET', '/account');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = await response.json();
      expect(body).toMatchObject({
        accountId: 'acct_demo',
        catalog: { version: 'demo-eur-1', currency: 'EUR' },
        subscription: {
          selection: demoSelection,
          periodStart: '2026-03-01T00:00:00.000Z',
          periodEnd: '2026-04-01T00:00:00.000Z',
        },
        scheduled: null,
        balance: { amount: 0, currency: 'EUR' },
        viewer: { userId: 'usr_demo_admin', name: 'Camille Martin', canManageBilling: true },
        primaryAdmin: { name: 'Camille Martin', email: 'camille@demo.example' },
      });
      expect(body.viewer).not.toHaveProperty('reason');
    });

    it('shows a member the same account, read-only, and says why', async () => {
      const { call } = await setup();
      const body = await (await call('GET', '/account', { token: 'demo-member' })).json();
      expect(body.accountId).toBe('acct_demo');
      expect(body.viewer).toEqual({
        userId: 'usr_demo_member',
        name: 'Noah Dubois',
        canManageBilling: false,
        reason: 'not-primary-admin',
      });
    });

    it('shows the other account its own USD catalog only', async () => {
      const { call } = await setup();
      const body = await (await call('GET', '/account', { token: 'demo-other-admin' })).json();
      expect(body.accountId).toBe('acct_other');
      expect(body.catalog.currency).toBe('USD');
    });
  });

  describe('authentication', () => {
    it.each([
      ['no Authorization header', null],
      ['an unknown token', 'not-a-user'],
    ])('answers 401 unauthenticated with %s', async (_case, token) => {
      const { call } = await setup();
      for (const [method, path] of [
        ['GET', '/account'],
        ['POST', '/previews'],
        ['POST', '/commits'],
        ['POST', '/change-requests'],
      ] as const) {
        const response = await call(method, path, {
          token,
          ...(method === 'POST' ? { body: {} } : {}),
        });
        expect(response.status).toBe(401);
        expect(await response.json()).toEqual({
          error: { code: 'unauthenticated', message: expect.any(String) },
        });
      }
    });
  });

  describe('POST /previews', () => {
    it('prices an upgrade itself and returns an id, an expiry and the catalog version', async () => {
      const { call } = await setup();
      const response = await call('POST', '/previews', {
        body: { selection: { ...demoSelection, plan: 'pro' } },
      });
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body.id).toMatch(/^pv_/);
      // 15 minutes after the clock's 2026-03-10T12:00:00Z.
      expect(body.expiresAt).toBe('2026-03-10T12:15:00.000Z');
      expect(body.catalogVersion).toBe('demo-eur-1');
      // Plus (59 €) to Pro (99 €) with 21.5 of 31 days left:
      // credit 5900 * 21.5 / 31 = 4091.9 -> 4092; charge 9900 * 21.5 / 31 = 6866.1 -> 6866; due 2774.
      expect(body.preview).toMatchObject({
        mode: 'purchase',
        dueToday: { amount: 2774, currency: 'EUR' },
        nextRenewal: { date: '2026-04-01T00:00:00.000Z', total: { amount: 9900, currency: 'EUR' } },
      });
    });

    it('ignores amounts the client puts in the body', async () => {
      const { call } = await setup();
      const body = await (
        await call('POST', '/previews', {
          body: {
            selection: { ...demoSelection, plan: 'pro', price: 1 },
            dueToday: { amount: 1, currency: 'EUR' },
          },
        })
      ).json();
      expect(body.preview.dueToday.amount).toBe(2774);
    });

    it('is open to members: a preview changes nothing', async () => {
      const { call } = await setup();
      const response = await call('POST', '/previews', {
        token: 'demo-member',
        body: { selection: { ...demoSelection, seats: 4 } },
      });
      expect(response.status).toBe(200);
    });

    it('answers a selection the catalog cannot sell with a blocked preview, not an error', async () => {
      const { call } = await setup();
      const body = await (
        await call('POST', '/previews', { body: { selection: { ...demoSelection, plan: 'nope' } } })
      ).json();
      expect(body.preview.mode).toBe('blocked');
    });

    it('lists every malformed field of the selection', async () => {
      const { call } = await setup();
      const response = await call('POST', '/previews', {
        body: {
          selection: {
            product: 42,
            plan: '',
            interval: 'week',
            contactLimit: 1.5,
            seats: -1,
            addOns: ['sms', 7],
          },
        },
      });
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error.code).toBe('invalid-request');
      expect(body.error.fields.map((field: { path: string }) => field.path)).toEqual([
        'selection.product',
        'selection.plan',
        'selection.interval',
        'selection.contactLimit',
        'selection.seats',
        'selection.addOns[1]',
      ]);
    });

    it('answers 400 when the selection is missing', async () => {
      const { call } = await setup();
      const response = await call('POST', '/previews', { body: {} });
      expect(response.status).toBe(400);
      expect((await response.json()).error.fields).toEqual([
        { path: 'selection', message: 'Expected an object.' },
      ]);
    });

    it.each([
      ['not JSON', '{"selection": '],
      ['a JSON array', '[]'],
      ['empty', ''],
    ])('answers 400 invalid-request when the body is %s', async (_case, raw) => {
      const { call } = await setup();
      const response = await call('POST', '/previews', { body: raw });
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error.code).toBe('invalid-request');
      expect(body.error.fields).toHaveLength(1);
    });

    it('answers 413 for a body over 16 KiB, without reading it as JSON', async () => {
      const { call } = await setup();
      const response = await call('POST', '/previews', {
        body: { selection: demoSelection, padding: 'x'.repeat(17 * 1024) },
      });
      expect(response.status).toBe(413);
      expect((await response.json()).error.code).toBe('payload-too-large');
    });

    it('counts the bytes of a streamed body that declares no length', async () => {
      const { handler } = await setup();
      const chunk = new TextEncoder().encode('x'.repeat(8 * 1024));
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.enqueue(chunk);
        },
      });
      const response = await handler(
        new Request('http://localhost/api/billing/previews', {
          method: 'POST',
          headers: { authorization: 'Bearer demo-admin', 'content-type': 'application/json' },
          body: stream,
          duplex: 'half',
        } as RequestInit),
      );
      expect(response.status).toBe(413);
    });
  });

  describe('POST /change-requests', () => {
    it('stores the request and acknowledges it with 201', async () => {
      const { call, store } = await setup();
      const response = await call('POST', '/change-requests', {
        body: {
          subject: 'Move to Enterprise',
          message: 'We need SSO.',
          contactEmail: 'camille@demo.example',
          selection: { ...demoSelection, plan: 'enterprise' },
        },
      });
      expect(response.status).toBe(201);
      const body = await response.json();
      expect(body).toEqual({
        id: expect.stringMatching(/^cr_/),
        receivedAt: '2026-03-10T12:00:00.000Z',
      });
      expect(await store.listChangeRequests('acct_demo')).toEqual([
        {
          id: body.id,
          accountId: 'acct_demo',
          userId: 'usr_demo_admin',
          subject: 'Move to Enterprise',
          message: 'We need SSO.',
          contactEmail: 'camille@demo.example',
          selection: { ...demoSelection, plan: 'enterprise' },
          receivedAt: '2026-03-10T12:00:00.000Z',
        },
      ]);
    });

    it('answers 400 with a field error for each bad field', async () => {
      const { call } = await setup();
      const response = await call('POST', '/change-requests', {
        body: {
          subject: '',
          message: 'x'.repeat(5001),
          contactEmail: 'not-an-email',
          selection: 'pro',
        },
      });
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error.fields.map((field: { path: string }) => field.path)).toEqual([
        'subject',
        'message',
        'contactEmail',
        'selection',
      ]);
    });

    describe('contactEmail', () => {
      const send = (call: Awaited<ReturnType<typeof setup>>['call'], contactEmail: string) =>
        call('POST', '/change-requests', {
          body: { subject: 'SSO', message: 'We need SSO.', contactEmail },
        });

      it.each([
        ['markup', '"><svg/onload=alert(1)>@x.y'],
        ['markup in the domain', 'a@x.y"><script>'],
        ['two @', 'a@b@c.example'],
        ['a space', 'a b@c.example'],
        ['a quoted local part', '"a"@c.example'],
        ['angle brackets', '<a@c.example>'],
        ['a display name', 'Camille <camille@demo.example>'],
        ['no dot in the domain', 'a@localhost'],
        ['a label starting with -', 'a@-c.example'],
        ['a label ending with -', 'a@c-.example'],
        ['a leading dot', '.a@c.example'],
        ['a trailing dot in the local part', 'a.@c.example'],
        ['two dots in a row', 'a..b@c.example'],
        ['an empty label', 'a@c..example'],
        ['a one-letter top-level domain', 'a@c.e'],
        ['a numeric top-level domain', 'a@1.2.3.4'],
        ['an address literal', 'a@[127.0.0.1]'],
        ['a header injection', 'a@c.example\nBcc: victim@c.example'],
        ['non-ASCII', 'camille@démo.example'],
        ['a local part over 64', `${'a'.repeat(65)}@c.example`],
        ['a label over 63', `a@${'c'.repeat(64)}.example`],
        [
          'over 254 in all',
          `a@${'c'.repeat(63)}.${'d'.repeat(63)}.${'e'.repeat(63)}.${'f'.repeat(63)}.example`,
        ],
      ])('refuses %s with 400 on contactEmail and stores nothing', async (_case, contactEmail) => {
        const { call, store } = await setup();
        const writes = watchWrites(store);
        const response = await send(call, contactEmail);
        expect(response.status).toBe(400);
        expect((await response.json()).error.fields).toEqual([
          { path: 'contactEmail', message: expect.any(String) },
        ]);
        expect(writes()).toEqual([]);
      });

      it.each([
        'camille@demo.example',
        "o'neil+billing@sub.example.co.uk",
        'first.last@xn--bcher-kva.example',
        'a_b-c@x-y.io',
        // 254 characters: the longest accepted.
        `${'a'.repeat(64)}@${'c'.repeat(63)}.${'d'.repeat(63)}.${'e'.repeat(53)}.example`,
      ])('accepts %s', async (contactEmail) => {
        const { call, store } = await setup();
        expect((await send(call, contactEmail)).status).toBe(201);
        expect((await store.listChangeRequests('acct_demo'))[0]?.contactEmail).toBe(contactEmail);
      });
    });

    it('forbids members (403) and stores nothing', async () => {
      const { call, store } = await setup();
      const response = await call('POST', '/change-requests', {
        token: 'demo-member',
        body: { subject: 'Hi', message: 'Please', contactEmail: 'noah@demo.example' },
      });
      expect(response.status).toBe(403);
      expect((await response.json()).error.code).toBe('forbidden');
      expect(await store.listChangeRequests('acct_demo')).toEqual([]);
    });
  });

  describe('routing', () => {
    it('answers 404 for an unknown path and 405 with Allow for a wrong method', async () => {
      const { call } = await setup();
      const unknown = await call('GET', '/nope');
      expect(unknown.status).toBe(404);
      expect((await unknown.json()).error.code).toBe('not-found');
      const wrongMethod = await call('DELETE', '/account');
      expect(wrongMethod.status).toBe(405);
      expect(wrongMethod.headers.get('allow')).toBe('GET, HEAD');
    });

    it('answers HEAD like GET, headers and status alike, without a body', async () => {
      const { call } = await setup();
      const head = await call('HEAD', '/account');
      expect(head.status).toBe(200);
      expect(head.headers.get('content-type')).toMatch(/^application\/json/);
      expect(head.headers.get('cache-control')).toBe('no-store');
      expect(await head.text()).toBe('');
      const anonymous = await call('HEAD', '/account', { token: null });
      expect(anonymous.status).toBe(401);
      expect(await anonymous.text()).toBe('');
      const post = await call('HEAD', '/previews');
      expect(post.status).toBe(405);
      expect(post.headers.get('allow')).toBe('POST');
    });

    it('serves under a configured base path', async () => {
      const { store } = await setup();
      const { createBillingHandler } = await import('./create-billing-handler.js');
      const { createDemoPayments, demoAuthenticate } = await import('../demo/index.js');
      const handler = createBillingHandler({
        store,
        payments: createDemoPayments(store.demoPayments),
        authenticate: demoAuthenticate,
        basePath: '/billing/',
      });
      const headers = { authorization: 'Bearer demo-admin' };
      expect((await handler(new Request('http://x/billing/account', { headers }))).status).toBe(
        200,
      );
      expect((await handler(new Request('http://x/api/billing/account', { headers }))).status).toBe(
        404,
      );
    });

    it('answers 500 internal without details when something unexpected fails', async () => {
      const { store } = await setup();
      const { createBillingHandler } = await import('./create-billing-handler.js');
      const errors: unknown[] = [];
      const handler = createBillingHandler({
        store,
        payments: { charge: () => Promise.reject(new Error('not called')) },
        authenticate: async () => {
          throw new Error('session store down');
        },
        onError: (error) => errors.push(error),
      });
      const response = await handler(new Request('http://x/api/billing/account'));
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({
        error: { code: 'internal', message: 'Something went wrong on our side.' },
      });
      expect(errors).toHaveLength(1);
    });

    it('has no test controls unless asked for', async () => {
      const { call } = await setup();
      const response = await call('POST', '/__test/reset');
      expect(response.status).toBe(404);
    });
  });

  describe('content types', () => {
    const bodies: Record<string, string> = {
      '/previews': JSON.stringify({ selection: { ...demoSelection, plan: 'pro' } }),
      '/commits': JSON.stringify({ previewId: 'pv_x' }),
      '/change-requests': JSON.stringify({
        subject: 'Hi',
        message: 'Please',
        contactEmail: 'camille@demo.example',
      }),
      '/__test/faults': JSON.stringify({ bumpPrices: true }),
      '/__test/reset': '{}',
    };

    it.each([
      ['text/plain, as a cross-site form sends it', 'text/plain'],
      ['form-encoded', 'application/x-www-form-urlencoded'],
      ['multipart', 'multipart/form-data; boundary=x'],
      ['missing', null],
      ['a JSON look-alike', 'application/jsonp'],
      ['JSON under a text type', 'text/json'],
      ['JSON in another charset', 'application/json; charset=iso-8859-1'],
      ['two types at once', 'application/json, text/plain'],
    ])(
      'answers 415 unsupported-media-type to a body whose type is %s, and writes nothing',
      async (_case, contentType) => {
        const { handler, store } = await setup({ testControls: true });
        const writes = watchWrites(store);
        for (const [path, body] of Object.entries(bodies)) {
          const response = await handler(rawPost(path, contentType, body));
          expect(response.status, path).toBe(415);
          expect(await response.json()).toEqual({
            error: { code: 'unsupported-media-type', message: expect.any(String) },
          });
        }
        expect(writes()).toEqual([]);
      },
    );

    it.each([
      'application/json',
      'application/json; charset=utf-8',
      'Application/JSON;Charset="UTF-8"',
      'application/merge-patch+json',
    ])('accepts %s', async (contentType) => {
      const { handler } = await setup();
      const response = await handler(rawPost('/previews', contentType, bodies['/previews']!));
      expect(response.status).toBe(200);
    });
  });

  describe('security headers', () => {
    const apiHeaders = {
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    };

    it('sends nosniff, no-referrer and a deny-all CSP with every answer, errors and HEAD included', async () => {
      const { call, handler } = await setup();
      const responses = {
        account: await call('GET', '/account'),
        head: await call('HEAD', '/account'),
        preview: await call('POST', '/previews', { body: { selection: demoSelection } }),
        invalid: await call('POST', '/previews', { body: {} }),
        unauthenticated: await call('GET', '/account', { token: null }),
        forbidden: await call('POST', '/change-requests', {
          token: 'demo-member',
          body: { subject: 'Hi', message: 'Please', contactEmail: 'noah@demo.example' },
        }),
        notFound: await call('GET', '/nope'),
        methodNotAllowed: await call('DELETE', '/account'),
        tooLarge: await call('POST', '/previews', { body: 'x'.repeat(17 * 1024) }),
        unsupported: await handler(rawPost('/previews', 'text/plain', '{}')),
      };
      for (const [name, response] of Object.entries(responses)) {
        for (const [header, value] of Object.entries(apiHeaders))
          expect(response.headers.get(header), `${name}: ${header}`).toBe(value);
        expect(response.headers.get('cache-control'), name).toBe('no-store');
      }
    });

    it('says how to authenticate on a 401 (WWW-Authenticate), and only there', async () => {
      const { call } = await setup();
      const anonymous = await call('GET', '/account', { token: null });
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="tarif"');
      expect((await call('GET', '/account')).headers.get('www-authenticate')).toBeNull();
    });
  });

  describe('markup in catalog names', () => {
    it('stores and returns names verbatim as JSON data', async () => {
      const { call, store } = await setup();
      const account = await store.getAccount('acct_demo');
      const name = '<img src=x onerror="alert(1)"> & <b>Pro</b>';
      await store.saveCatalog('acct_demo', {
        ...account!.catalog,
        products: account!.catalog.products.map((product) => ({ ...product, name })),
      });
      const response = await call('GET', '/account');
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const text = await response.text();
      // JSON.stringify escapes nothing HTML-ish: the client renders it as text.
      expect(text).toContain(JSON.stringify(name));
      expect(JSON.parse(text).catalog.products[0].name).toBe(name);
    });
  });
});
