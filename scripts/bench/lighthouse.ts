/**
 * Lighthouse (12.2.3, the last to run on Node 20) against the built app, headless Debian
 * Chromium, the default mobile profile with simulated throttling. Slow (~30 s a run): the bench runs
 * it only with --lighthouse.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LighthouseFigures {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
}

/**
 * Asynchronous on purpose: the page is served by this same Node process (the bench's server),
 * which a synchronous child process would block; Lighthouse then waits for a page that never comes.
 */
export async function lighthouse(url: string, chrome: string, args: readonly string[], preset: 'mobile' | 'desktop' = 'mobile'): Promise<LighthouseFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'lh-'));
  const out = join(dir, 'report.json');
  try {
    await promisify(execFile)(
      process.execPath,
      [
        'node_modules/lighthouse/cli/index.js',
        url,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        '--only-categories=performance',
        ...(preset === 'desktop' ? ['--preset=desktop'] : []),
        `--chrome-flags=--headless=new ${args.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: chrome }, timeout: 420_000, maxBuffer: 64 * 2 ** 20 },
    );
    const r = JSON.parse(readFileSync(out, 'utf8')) as { categories: { performance: { score: number } }; audits: Record<string, { numericValue: number }> };
    return {
      score: Math.round(r.categories.performance.score * 100),
      fcp: r.audits['first-contentful-paint']!.numericValue,
      lcp: r.audits['largest-contentful-paint']!.numericValue,
      tbt: r.audits['total-blocking-time']!.numericValue,
      cls: r.audits['cumulative-layout-shift']!.numericValue,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
