import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pageSecurityHeaders } from './page-security-headers.js';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticHandlerOptions {
  /**
   * Who may show the app in a frame: the CSP `frame-ancestors` source list. Default "'self'";
   * "'none'" forbids framing, "'self' https://app.example.com" allows one more origin.
   */
  readonly frameAncestors?: string;
}

/**
 * Serves a built single-page app from `root`: files by path, and `index.html` for any other path
 * without an extension (client-side routes). Paths never leave `root`. Every answer, errors
 * included, carries the page's security headers (page-security-headers.ts).
 */
export function createStaticHandler(
  root: string,
  options: StaticHandlerOptions = {},
): (request: Request) => Promise<Response> {
  const base = path.resolve(root);
  const security = pageSecurityHeaders(options.frameAncestors);
  const text = (status: number, body: string, headers: Record<string, string> = {}) =>
    new Response(body, {
      status,
      headers: { 'content-type': 'text/plain; charset=utf-8', ...security, ...headers },
    });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return text(405, 'Method not allowed', { allow: 'GET, HEAD' });
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url).pathname);
    } catch {
      return text(400, 'Bad request');
    }
    const file = path.resolve(base, `.${pathname}`);
    if (file !== base && !file.startsWith(base + path.sep)) return text(404, 'Not found');

    const found = (await isFile(file))
      ? file
      : path.extname(pathname) === ''
        ? path.join(base, 'index.html')
        : null;
    if (!found || !(await isFile(found))) return text(404, 'Not found');
    const body = await readFile(found);
    const type = contentTypes[path.extname(found).toLowerCase()] ?? 'application/octet-stream';
    // Vite puts content-hashed files under assets/: they never change. index.html must be re-read.
    const cache = found.includes(`${path.sep}assets${path.sep}`)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache';
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      headers: {
        'content-type': type,
        'content-length': String(body.length),
        'cache-control': cache,
        ...security,
      },
    });
  };
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
