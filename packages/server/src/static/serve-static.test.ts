import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStaticHandler } from './serve-static.js';

const root = mkdtempSync(path.join(tmpdir(), 'tarif-static-'));
mkdirSync(path.join(root, 'assets'));
writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>app</title>');
writeFileSync(path.join(root, 'assets', 'main-abc123.js'), 'console.log(1)');
writeFileSync(path.join(root, 'assets', 'main-abc123.css'), 'body{}');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const serve = createStaticHandler(root);
const get = (pathname: string) => serve(new Request(`http://localhost${pathname}`));

describe('createStaticHandler', () => {
  it('serves files with their content type, hashed assets as immutable', async () => {
    const js = await get('/assets/main-abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await get('/assets/main-abc123.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
  });

  it('answers index.html for the root and for client-side routes', async () => {
    for (const pathname of ['/', '/settings/billing']) {
      const response = await get(pathname);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<title>app</title>');
    }
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const response = await serve(
      new Request('http://localhost/assets/main-abc123.js', { method: 'HEAD' }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-length')).toBe(String('console.log(1)'.length));
    expect(await response.text()).toBe('');
  });

  it('answers 404 for a missing file and never leaves the root', async () => {
    expect((await get('/assets/missing.js')).status).toBe(404);
    // Encoded slashes survive URL parsing and decode to ../../etc/passwd.
    expect((await get('/..%2f..%2fetc%2fpasswd')).status).toBe(404);
  });

  describe('security headers', () => {
    it('sends nosniff, no-referrer and the page CSP with every answer, errors included', async () => {
      const responses = [
        await get('/'),
        await get('/assets/main-abc123.js'),
        await get('/assets/missing.js'),
        await get('/%E0%A4%A'),
        await serve(new Request('http://localhost/', { method: 'POST' })),
      ];
      expect(responses.map((response) => response.status)).toEqual([200, 200, 404, 400, 405]);
      for (const response of responses) {
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('referrer-policy')).toBe('no-referrer');
        expect(response.headers.get('content-security-policy')).toBe(
          "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
            "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; " +
            "base-uri 'none'; form-action 'self'; frame-ancestors 'self'",
        );
      }
    });

    it('lets the host say who may frame the page', async () => {
      const framed = createStaticHandler(root, {
        frameAncestors: "'self' https://app.example.com",
      });
      const response = await framed(new Request('http://localhost/'));
      expect(response.headers.get('content-security-policy')).toMatch(
        / frame-ancestors 'self' https:\/\/app\.example\.com$/,
      );
    });

    it.each(["'self'; script-src *", "'self', *", "'self'\r\nx-evil: 1"])(
      'refuses a frameAncestors that would add to the policy (%j)',
      (frameAncestors) => {
        expect(() => createStaticHandler(root, { frameAncestors })).toThrow(TypeError);
      },
    );
  });
});
