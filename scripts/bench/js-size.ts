/**
 * Initial JavaScript, gzip: the module scripts and modulepreloads index.html names (what the
 * browser must fetch before the app runs). JSON (record data, the basemap) and chunks loaded
 * later are not counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface JsSize {
  files: string[];
  raw: number;
  gzip: number;
}

export function initialJs(dist: string): JsSize {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]!.replace(/^\.?\//, ''));
  let raw = 0;
  let gzip = 0;
  for (const f of new Set(files)) {
    const bytes = readFileSync(join(dist, f));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: [...new Set(files)], raw, gzip };
}
