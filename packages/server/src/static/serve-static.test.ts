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
});
