// Control characters in a client's strings are refused with 400 and the field's path, before any
// store sees them: PostgreSQL refuses NUL in text (it answered 500) and SQLite cut a change
// request's text at the NUL (it kept half of it). Line breaks and tabs stay text in a message.
import { describe, expect, it } from 'vitest';
import { demoSelection } from '../test-utils/setup.js';
import { serverOn } from '../test-utils/store-server.js';
import { testStores } from '../test-utils/test-stores.js';
import { controlCharacterError } from './read-body.js';

const databases = testStores();

const request = {
  subject: 'More contacts',
  message: 'Please raise our limit.',
  contactEmail: 'admin@example.com',
};

describe.each(['sqlite', 'postgres'] as const)('control characters (%s)', (kind) => {
  const server = async () =>
    serverOn(await databases[kind](), {
      onError: (error) => {
        throw error;
      },
    });

  async function fieldsOf(response: Response) {
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { code: string; fields: { path: string; message: string }[] };
    };
    expect(body.error.code).toBe('invalid-request');
    return body.error.fields;
  }

  it.each([
    ['message', { message: 'Please raise\u0000 our limit to 50 000.' }, 'U+0000'],
    ['subject', { subject: 'More\u0000contacts' }, 'U+0000'],
    ['subject', { subject: 'More\ncontacts' }, 'U+000A'],
    ['contactEmail', { contactEmail: 'admin@example.com\u0000' }, 'U+0000'],
    ['message', { message: 'Escape \u001b[31m red' }, 'U+001B'],
    ['message', { message: 'C1 \u0085 next line' }, 'U+0085'],
  ])('refuses a change request with a control character in %s', async (path, fields, code) => {
    const s = await server();
    const response = await s.call('POST', '/change-requests', { body: { ...request, ...fields } });
    const errors = await fieldsOf(response);
    expect(errors).toEqual([{ path, message: expect.stringContaining(code) }]);
    expect(await s.store.listChangeRequests('acct_demo')).toEqual([]);
  });

  it('keeps line breaks and tabs of a message whole', async () => {
    const s = await server();
    const message = 'Line one\r\nLine two\n\tindented';
    const response = await s.call('POST', '/change-requests', { body: { ...request, message } });
    expect(response.status).toBe(201);
    const [stored] = await s.store.listChangeRequests('acct_demo');
    expect(stored?.message).toBe(message);
  });

  it.each([
    ['selection.plan', { plan: 'plus\u0000' }],
    ['selection.product', { product: '\u0000' }],
    ['selection.addOns[1]', { addOns: ['sms', 'x\u0007'] }],
    ['selection.product', { product: 'marketing\ud800' }],
  ])(
    'refuses a preview with a control character or a lone surrogate in %s',
    async (path, change) => {
      const s = await server();
      const response = await s.call('POST', '/previews', {
        body: { selection: { ...demoSelection, ...change } },
      });
      expect(await fieldsOf(response)).toEqual([
        {
          path,
          message: expect.stringMatching(
            /(control character|lone surrogate) \(U\+(0000|0007|D800)\)/,
          ),
        },
      ]);
    },
  );

  it('refuses a change request whose selection holds a lone surrogate (PostgreSQL answered 500)', async () => {
    const s = await server();
    const selection = { ...demoSelection, addOns: ['\ud83d'] };
    const response = await s.call('POST', '/change-requests', { body: { ...request, selection } });
    expect(await fieldsOf(response)).toEqual([
      { path: 'selection.addOns[0]', message: expect.stringContaining('U+D83D') },
    ]);
    expect(await s.store.listChangeRequests('acct_demo')).toEqual([]);
  });

  it('refuses a commit whose preview id holds a NUL', async () => {
    const s = await server();
    const response = await s.call('POST', '/commits', {
      body: { previewId: 'pv_\u0000abc' },
      headers: { 'idempotency-key': 'key-control-0001' },
    });
    expect(await fieldsOf(response)).toEqual([
      { path: 'previewId', message: expect.stringContaining('U+0000') },
    ]);
  });
});

describe('controlCharacterError', () => {
  it('names the character and its position, and lets line breaks through in multiline text', () => {
    expect(controlCharacterError('abc\u007fdef')).toBe(
      'Contains a control character (U+007F) at position 3.',
    );
    expect(controlCharacterError('a\tb\nc\rd', true)).toBeNull();
    expect(controlCharacterError('a\tb')).toContain('U+0009');
    expect(controlCharacterError('« Société » – ok, 漢字 😀')).toBeNull();
    // Positions count characters: the emoji before the NUL is one, not two code units.
    expect(controlCharacterError('😀\u0000')).toBe(
      'Contains a control character (U+0000) at position 1.',
    );
    expect(controlCharacterError('ok\ud800')).toBe(
      'Contains a lone surrogate (U+D800) at position 2: not valid text.',
    );
    expect(controlCharacterError('\udc00ok')).toContain('U+DC00');
  });
});
