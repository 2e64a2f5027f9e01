/** scripts/ingest.ts as a person runs it: a file in, a validated record.json out, or problems and exit 1. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repo, seedText, bundled } from './io-fixtures.ts';

const tsx = path.join(repo, 'node_modules/.bin/tsx');
const ingest = (...args: string[]) => spawnSync(tsx, ['scripts/ingest.ts', ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });

describe('npm run ingest', () => {
  it('writes the seed text as a record whose text and metadata are the bundled record’s', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'ingest-'));
    const seed = path.join(out, 'seed.txt');
    writeFileSync(seed, seedText());
    const r = ingest(seed, '--out', out, '--language', 'en');
    expect(r.status, r.stderr).toBe(0);
    const written = JSON.parse(readFileSync(path.join(out, 'record.json'), 'utf8'));
    const want = bundled();
    for (const k of ['id', 'title', 'date', 'citation', 'obtainedBy', 'translatedBy', 'front', 'paragraphs', 'back', 'rights', 'language'] as const) expect(written[k], k).toEqual(want[k]);
    expect(r.stdout).toMatch(/place drafts .* available/);
  }, 30_000);

  it('rejects malformed TEI with the file, line and column, and writes nothing', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'ingest-'));
    const r = ingest('tests/fixtures/import/bad.tei.xml', '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^tests\/fixtures\/import\/bad\.tei\.xml: line 5, column \d+ is not well-formed XML/m);
    expect(existsSync(path.join(out, 'record.json'))).toBe(false);
  }, 30_000);
});
