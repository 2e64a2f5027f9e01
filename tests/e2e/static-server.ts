/**
 * A throwaway HTTP server for tests that need a second origin (a host page embedding the app)
 * or the built app under a sub-path. Started inside a test, closed after it.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface TestServer {
  port: number;
  /** every path asked for, in order */
  requests: string[];
  close(): Promise<void>;
}

export interface ServeOptions {
  port: number;
  /** pages served as they are, by path ("/host.html" → its HTML) */
  pages?: Record<string, string>;
  /** a directory served under a path prefix, e.g. { prefix: '/some/sub/path/', dir: 'dist' } */
  mount?: { prefix: string; dir: string };
}

export async function serve(o: ServeOptions): Promise<TestServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const page = o.pages?.[path];
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' }).end(page);
      return;
    }
    if (o.mount && path.startsWith(o.mount.prefix)) {
      const rel = path.slice(o.mount.prefix.length) || 'index.html';
      const file = normalize(join(o.mount.dir, rel));
      // nothing outside the mounted directory
      if (file.startsWith(normalize(o.mount.dir) + sep) || file === normalize(o.mount.dir)) {
        try {
          const body = await readFile(file);
          res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
          return;
        } catch {
          // fall through to 404
        }
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, '127.0.0.1', () => resolve());
  });
  return {
    port: o.port,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
