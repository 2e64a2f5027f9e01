import { describe, expect, it } from 'vitest';
import { validateRecord, formatProblem } from '../../src/lib/model/validate.ts';
import { parseRecordText } from '../../src/lib/io/load-record.ts';
import { miniRecord } from './fixtures.ts';

const FILE = 'data/records/x/record.json';

function problems(mutate: (r: any) => void) {
  const r = miniRecord() as any;
  mutate(r);
  const res = validateRecord(r, FILE);
  if (res.ok) throw new Error('expected the record to be rejected');
  return res.problems;
}

describe('validateRecord', () => {
  it('accepts the mini fixture whole', () => {
    const res = validateRecord(miniRecord(), FILE);
    expect(res.ok).toBe(true);
  });

  it.each([
    ['a latitude that is a string', (r: any) => (r.places[0].lat = '39.0'), 'places[0].lat', /number/],
    ['a latitude out of range', (r: any) => (r.places[0].lat = 139), 'places[0].lat', /90/],
    ['a missing title', (r: any) => delete r.title, 'title', /missing/],
    ['a bad Wikidata id', (r: any) => (r.places[0].wikidata = 'P31'), 'places[0].wikidata', /Wikidata item id/],
    ['a date that is not EDTF', (r: any) => (r.events[0].when = '28 Oct 1965'), 'events[0].when', /EDTF/],
    ['an unknown modality', (r: any) => (r.events[0].modality = 'maybe'), 'events[0].modality', /expected|Invalid/],
    ['a context event without a source', (r: any) => delete r.events[2].source, 'events[2].source', /source/],
    ['an event naming a missing place', (r: any) => (r.events[0].places = ['atlantis']), 'events[0].places[0]', /atlantis/],
    ['a mention whose offsets miss its words', (r: any) => (r.places[0].mentions[0].start += 1), 'places[0].mentions[0]', /re-anchor/],
    ['a mention in a paragraph that does not exist', (r: any) => (r.places[0].mentions[0].paragraph = 'p9'), 'places[0].mentions[0].paragraph', /p9/],
    ['two things with one id', (r: any) => (r.events[0].id = 'pyongyang'), 'events[0].id', /already/],
    ['paragraph numbers out of order', (r: any) => (r.paragraphs[1].n = 5), 'paragraphs[1].n', /should be 2/],
    ['a stated event without words', (r: any) => (r.events[0].mentions = []), 'events[0].mentions', /basis is "text"/],
    ['a non-slug id', (r: any) => (r.places[0].id = 'Pyong Yang'), 'places[0].id', /slug/],
  ])('rejects %s, naming the field', (_what, mutate, field, message) => {
    const ps = problems(mutate);
    const p = ps.find((x) => x.field === field);
    expect(p, `problems were: ${ps.map(formatProblem).join('; ')}`).toBeDefined();
    expect(p!.file).toBe(FILE);
    expect(p!.message).toMatch(message);
  });

  it('reports every problem at once, not just the first', () => {
    const ps = problems((r) => {
      r.places[0].lat = 'x';
      r.places[1].lon = 'y';
    });
    expect(ps.map((p) => p.field)).toEqual(expect.arrayContaining(['places[0].lat', 'places[1].lon']));
  });

  it('formats a problem as file: field message', () => {
    expect(formatProblem({ file: 'a.json', field: 'places[0].lat', message: 'is wrong' })).toBe('a.json: places[0].lat is wrong');
  });
});

describe('parseRecordText', () => {
  it('names the file when the JSON itself is broken', () => {
    const res = parseRecordText('{"id": "x",', 'broken.json');
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.problems[0]!.file).toBe('broken.json');
      expect(res.problems[0]!.message).toMatch(/not valid JSON/);
    }
  });

  it('rejects a JSON value that is not a record', () => {
    const res = parseRecordText('[]', 'list.json');
    expect(res.ok).toBe(false);
  });
});
