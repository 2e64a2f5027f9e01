/**
 * validateRecord on random and mutated records: it never throws; it either accepts a whole record
 * (which passes again, unchanged) or lists problems, each naming the file and a field.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateRecord } from '../../src/lib/model/validate.ts';
import { bundled } from './io-fixtures.ts';
import { miniRecord } from './fixtures.ts';
import { mutated, params, timed } from './prop-helpers.ts';

const FILE = 'random.json';

function check(json: unknown) {
  const r = timed(2000, () => validateRecord(json, FILE));
  if (r.ok) {
    // accepted whole: the record is all there, and accepting it again changes nothing
    expect(r.record.paragraphs.length).toBeGreaterThan(0);
    expect(validateRecord(structuredClone(r.record), FILE).ok).toBe(true);
  } else {
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) {
      expect(p.file).toBe(FILE);
      expect(typeof p.field).toBe('string');
      expect(p.field.length).toBeGreaterThan(0);
      expect(typeof p.message).toBe('string');
      expect(p.message.trim().length).toBeGreaterThan(3);
    }
  }
}

describe('validateRecord, property-based', () => {
  it('any JSON value: never throws; accepted whole or rejected with named problems', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), check), params(300));
  });

  it('any value at all (undefined, functions, cycles aside): never throws', () => {
    fc.assert(fc.property(fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }), check), params(300));
  });

  it('the mini record, mutated at one to four random places', () => {
    fc.assert(fc.property(mutated(miniRecord()), check), params(400));
  });

  it('the mutations reach both outcomes (the generator is not trivially all-broken or all-fine)', () => {
    const out = fc.sample(mutated(miniRecord()), { seed: 7, numRuns: 200 }).map((j) => validateRecord(j, FILE).ok);
    expect(out.filter(Boolean).length).toBeGreaterThan(0);
    expect(out.filter((x) => !x).length).toBeGreaterThan(50);
  });

  it('the bundled record, mutated at one to four random places', () => {
    fc.assert(fc.property(mutated(bundled()), check), params(150));
  });

  it('a mutation that breaks a mention is named by its field', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (shift) => {
        const r = miniRecord();
        const m = r.places[0]!.mentions[0]!;
        r.places[0]!.mentions[0] = { ...m, start: m.start + shift, end: m.end + shift };
        const v = validateRecord(r, FILE);
        expect(v.ok).toBe(false);
        if (!v.ok) expect(v.problems.some((p) => p.field.startsWith('places[0].mentions[0]'))).toBe(true);
      }),
      params(50),
    );
  });
});
