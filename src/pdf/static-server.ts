/**
 * A tiny static file server on 127.0.0.1 for printing and browser tests: GET and HEAD only, `index.html`
 * for folders (redirecting `/x` to `/x/` as static hosts do), the root `404.html` with status 404, and
 * paths that leave the served folder refused. Content types cover what Astro and Pagefind write
 * (Pagefind's WebAssembly must be served as `application/wasm`).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every request served, as `METHOD /path status`, for tests that check what a page loaded. */
  log: string[];
  close(): Promise<void>;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

export interface ServeOptions {
  /** URL path the folder is served under (a site built with Astro's `base`), default `/`. */
  base?: string;
  port?: number;
}

export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = path.resolve(dir);
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const log: string[] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, body: Buffer | string, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}) => {
      log.push(`${req.method} ${url.pathname} ${status}`);
      const bytes = typeof body === 'string' ? Buffer.from(body) : body;
      res.writeHead(status, { 'content-type': type, 'content-length': String(bytes.length), 'cache-control': 'no-store', ...extra });
      res.end(req.method === 'HEAD' ? undefined : bytes);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed', undefined, { allow: 'GET, HEAD' });
    if (base !== '/' && `${url.pathname}/` === base) return send(301, '', undefined, { location: base });
    if (!url.pathname.startsWith(base)) return send(404, 'not found');
    let pathname: string;
    try {
      pathname = decodeURIComponent(`/${url.pathname.slice(base.length)}`);
    } catch {
      return send(400, 'bad request');
    }
    const file = path.join(root, pathname);
    if (file !== root && !file.startsWith(root + path.sep)) return send(403, 'forbidden');
    let target = pathname.endsWith('/') ? path.join(file, 'index.html') : file;
    if (!pathname.endsWith('/') && !(await isFile(file)) && (await isFile(path.join(file, 'index.html')))) {
      return send(301, '', undefined, { location: `${url.pathname}/${url.search}` });
    }
    let status = 200;
    if (!(await isFile(target))) {
      status = 404;
      target = path.join(root, '404.html');
      if (!(await isFile(target))) return send(404, 'not found');
    }
    send(status, await readFile(target), TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    log,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
