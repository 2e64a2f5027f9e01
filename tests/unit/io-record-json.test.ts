import { describe, expect, it } from 'vitest';
import { importRecordJson } from '../../src/lib/io/import-record-json.ts';
import { exportRecordJson } from '../../src/lib/io/export-file.ts';
import { bundled, fixture } from './io-fixtures.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repo } from './io-fixtures.ts';

describe('record JSON', () => {
  it('a syntax error names the line and column', () => {
    const r = importRecordJson(fixture('bad-record.json'), 'bad-record.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ file: 'bad-record.json', field: 'line 4, column 24' });
  });

  it('a record that fails the validator is rejected with its field paths', () => {
    const r = importRecordJson(JSON.stringify({ ...bundled(), date: 'last autumn' }), 'r.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.field)).toContain('date');
  });

  it('export is the file’s exact text, and import gives the record back', () => {
    const text = readFileSync(path.join(repo, 'data/records/prc-fma-106-01479-08/record.json'), 'utf8');
    const r = importRecordJson(text, 'record.json');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(exportRecordJson(r.value)).toBe(text);
  });
});
