/**
 * Every importer (through importFile, which dispatches on the format) on random and mutated
 * input: it never throws, never hangs (bounded input, a time limit on each run), and either
 * loads a whole record that passes validation (the loaded record left as it was) or rejects the
 * file with problems that name it and say in words what is wrong (not a raw JavaScript error).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importFile, type ImportFormat } from '../../src/lib/io/import-file.ts';
import { EXPORTS } from '../../src/lib/io/export-file.ts';
import { validateRecord } from '../../src/lib/model/validate.ts';
import { fixture } from './io-fixtures.ts';
import { miniRecord } from './fixtures.ts';
import { parseXml } from './xml-parse.ts';
import { mutated, params, timed } from './prop-helpers.ts';

/** messages a person can act on: not a crash surfacing from inside the code */
const RAW = /is not a function|Cannot read prop|undefined is not|of undefined|of null|is not iterable|Maximum call stack|\[object Object\]/;

interface Case {
  format: ImportFormat;
  file: string;
  sample: () => string;
  /** a JSON format: mutate its structure too */
  json?: boolean;
  /** read alone, not onto the loaded record */
  alone?: boolean;
}

const base = miniRecord();
const CASES: Case[] = [
  { format: 'record', file: 'random.record.json', sample: () => JSON.stringify(miniRecord()), json: true },
  { format: 'text', file: 'random.txt', sample: () => fixture('bare.txt') },
  { format: 'markdown', file: 'random.md', sample: () => fixture('telegram.md') },
  { format: 'tei', file: 'random.tei.xml', sample: () => fixture('small.tei.xml') },
  { format: 'tei', file: 'export.tei.xml', sample: () => EXPORTS.tei.write(miniRecord()) },
  { format: 'csv', file: 'random.csv', sample: () => fixture('events.csv') },
  { format: 'csv', file: 'timeline.csv', sample: () => fixture('timeline.csv'), alone: true },
  { format: 'geojson', file: 'random.geojson', sample: () => fixture('places.geojson'), json: true },
  { format: 'lpf', file: 'random.lpf.jsonld', sample: () => fixture('places.lpf.jsonld'), json: true },
  { format: 'annotations', file: 'random.annotations.jsonld', sample: () => EXPORTS.annotations.write(miniRecord()), json: true },
];

function check(c: Case, text: string) {
  const before = JSON.stringify(base);
  const r = timed(3000, () => {
    try {
      return importFile(c.file, text, { format: c.format, parseXml, ...(c.alone ? {} : { base }), meta: { date: '1965-10-29' } });
    } catch (e) {
      throw new Error(`importFile threw for ${c.format}: ${String(e)}`);
    }
  });
  // the loaded record is never changed, whatever the file
  expect(JSON.stringify(base)).toBe(before);
  if (r.ok) {
    const again = validateRecord(structuredClone(r.value), c.file);
    if (!again.ok) throw new Error(`loaded a record that fails validation: ${JSON.stringify(again.problems.slice(0, 3))}`);
  } else {
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) {
      expect(p.file).toBe(c.file);
      expect(p.field.length).toBeGreaterThan(0);
      expect(p.message.trim().length).toBeGreaterThan(3);
      if (RAW.test(p.message)) throw new Error(`unclear message for ${c.format}: ${p.field} ${p.message}`);
    }
  }
}

/** Character-level damage to a text: cut, repeat, insert noise or markup, truncate. */
function damaged(text: string): fc.Arbitrary<string> {
  const at = fc.integer({ min: 0, max: text.length });
  const noise = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('<', '>', '&', '"', "'", ',', '\n', '{', '}', '[', ']', ':', '<p>', '</TEI>', '&amp;', '&#0;', '\u0000', '\uFEFF', '"""', '\r\n', '<!DOCTYPE x [<!ENTITY a "aaaa">]>'),
  );
  const edit = fc.oneof(
    fc.tuple(fc.constant('cut'), at, at, fc.constant('')),
    fc.tuple(fc.constant('insert'), at, at, noise),
    fc.tuple(fc.constant('repeat'), at, at, fc.constant('')),
    fc.tuple(fc.constant('truncate'), at, at, fc.constant('')),
  );
  return fc.array(edit, { minLength: 1, maxLength: 5 }).map((edits) => {
    let s = text;
    for (const [kind, x, y, n] of edits) {
      const a = Math.min(x, y, s.length);
      const b = Math.min(Math.max(x, y), s.length);
      if (kind === 'cut') s = s.slice(0, a) + s.slice(b);
      else if (kind === 'insert') s = s.slice(0, a) + n + s.slice(a);
      else if (kind === 'repeat') s = s.slice(0, b) + s.slice(a, b) + s.slice(b);
      else s = s.slice(0, a);
      if (s.length > 20_000) s = s.slice(0, 20_000);
    }
    return s;
  });
}

describe('importers, property-based', () => {
  for (const c of CASES) {
    describe(`${c.format} (${c.file})`, () => {
      it('the unharmed sample loads whole', () => {
        const r = importFile(c.file, c.sample(), { format: c.format, parseXml, ...(c.alone ? {} : { base }), meta: { date: '1965-10-29' } });
        if (!r.ok) throw new Error(JSON.stringify(r.problems.slice(0, 3)));
      });
      it('random text: never throws or hangs; loads whole or is rejected clearly', () => {
        fc.assert(fc.property(fc.string({ maxLength: 2000 }), (s) => check(c, s)), params(150));
      });
      it('damaged samples: the same', () => {
        fc.assert(fc.property(damaged(c.sample()), (s) => check(c, s)), params(c.format === 'tei' ? 120 : 200));
      });
      if (c.json) {
        it('structurally mutated JSON: the same', () => {
          fc.assert(fc.property(mutated(JSON.parse(c.sample())), (j) => check(c, JSON.stringify(j) ?? 'null')), params(200));
        });
      }
    });
  }
});
