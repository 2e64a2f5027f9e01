/**
 * The Vite plugins behind `npm run build:single` (vite.single.config.ts), besides
 * vite-plugin-singlefile itself:
 *
 * - inlineJsonUrls: a `*.json?url` import (the record, the basemaps) becomes a UTF-8 `data:` URL
 *   rather than base64, which would add a third to the largest things in the file. The app
 *   fetches it as it fetches the file in the normal build.
 * - singleFileCsp: the normal build's policy forbids inline script; the single file is nothing
 *   but inline script. Its policy allows exactly the scripts in the file, by their SHA-256
 *   hashes, and no network at all: everything it needs is inside it.
 * - sizeReport: prints the file's size and fails the build above the budget (README).
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The single file's budget, bytes (README, "One offline file"). */
export const SINGLE_FILE_BUDGET = 2_500_000;

/** A data: URL that keeps JSON readable: only what a URL would misread is escaped. */
export function jsonDataUrl(json: string): string {
  const compact = JSON.stringify(JSON.parse(json));
  // '%' starts an escape and '#' a fragment; the URL parser drops tabs and newlines, and
  // JSON.stringify leaves none outside strings (inside, they are already \t and \n).
  return `data:application/json;charset=utf-8,${compact.replace(/%/g, '%25').replace(/#/g, '%23')}`;
}

export function inlineJsonUrls(): Plugin {
  return {
    name: 'record-explorer:inline-json-urls',
    enforce: 'pre',
    load(id) {
      const [file, query] = id.split('?', 2);
      if (!file || !file.endsWith('.json') || query !== 'url') return null;
      // read through an array so the minifier keeps one copy, not one per use (App compares it)
      return `const urls = [${JSON.stringify(jsonDataUrl(readFileSync(file, 'utf8')))}];\nexport default urls[0];`;
    },
  };
}

/** The policy of the single file, allowing the given inline scripts. */
export function singleFilePolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.map((h) => `'sha256-${h}'`).join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'font-src data:',
    // the record and the basemaps are data: URLs, fetched like files
    'connect-src data:',
    'worker-src blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Every inline <script> body in the page, hashed as the browser hashes it. */
export function inlineScriptHashes(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/.test(m[0].slice(0, m[0].indexOf('>')))) continue;
    out.push(createHash('sha256').update(m[1]!, 'utf8').digest('base64'));
  }
  return out;
}

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*"\s*\/?>/i;

function setPolicy(html: string, policy: string): string {
  if (!CSP_META.test(html)) throw new Error('single file: index.html has no Content-Security-Policy meta tag to replace');
  return html.replace(CSP_META, `<meta http-equiv="Content-Security-Policy" content="${policy}" />`);
}

export function withPolicy(html: string): string {
  return setPolicy(html, singleFilePolicy(inlineScriptHashes(html)));
}

/** Runs after vite-plugin-singlefile has written the one file: sets its policy, reports its size. */
export function singleFileCsp(outDir: string, fileName: string, budget = SINGLE_FILE_BUDGET): Plugin {
  return {
    name: 'record-explorer:single-file-csp',
    apply: 'build',
    enforce: 'post',
    // a stand-in hash until the scripts exist, so vite-plugin-singlefile does not warn of a policy that blocks them
    transformIndexHtml: { order: 'pre', handler: (html) => setPolicy(html, singleFilePolicy(['pending'])) },
    writeBundle: {
      order: 'post',
      handler() {
        const path = join(outDir, fileName);
        writeFileSync(path, withPolicy(readFileSync(path, 'utf8')));
        const bytes = statSync(path).size;
        const mb = (n: number) => `${(n / 1_000_000).toFixed(2)} MB`;
        console.log(`\nsingle file: ${path} — ${mb(bytes)} (budget ${mb(budget)})`);
        if (bytes > budget) throw new Error(`single file is ${mb(bytes)}, over its budget of ${mb(budget)}; see README "One offline file"`);
      },
    },
  };
}
