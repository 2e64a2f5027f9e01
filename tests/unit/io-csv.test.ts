import { describe, expect, it } from 'vitest';
import { exportCsv, importCsv } from '../../src/lib/io/csv.ts';
import { bundled, fixture } from './io-fixtures.ts';
import { miniRecord } from './fixtures.ts';

function ok(r: ReturnType<typeof importCsv>) {
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.field} ${p.message}`).join('; '));
  return r;
}

describe('importCsv onto a loaded record', () => {
  const base = miniRecord();
  base.events = [];
  const r = ok(importCsv(fixture('events.csv'), 'events.csv', { base }));
  const added = r.value.events;

  it('adds one event a row, with the header read case-insensitively ("End Date")', () => {
    expect(added.map((e) => [e.title, e.when])).toEqual([
      ['Kim meets the delegation', '1965-10-28'],
      ['Tunnels under East and West Pyongyang complete', '1966'],
      ['The Volunteers in Korea, "eight years"', '1950-10/1958-10'],
    ]);
  });

  it('anchors the text column in the paragraph it names', () => {
    const words = 'by next year those under East and West Pyongyang will basically be complete';
    expect(added[1]!.mentions).toEqual([expect.objectContaining({ paragraph: 'p2', exact: words, start: base.paragraphs[1]!.text.indexOf(words) })]);
    expect(added[1]!.basis).toBe('text');
  });

  it('reuses a place of the record by name, and adds a new one with its coordinates', () => {
    expect(added[0]!.places).toEqual(['pyongyang']);
    expect(r.value.places.find((p) => p.name === 'Korea')).toMatchObject({ lat: 38.3, lon: 127.5, kind: 'city' });
  });

  it('a row without words is a context event whose source is the file and line', () => {
    expect(added[2]).toMatchObject({ basis: 'context', source: 'events.csv, line 4', mentions: [] });
  });

  it('reads modality from the date against the record’s date', () => {
    expect(added.map((e) => e.modality)).toEqual(['past', 'expected', 'past']);
  });

  it('does not change the record it was given', () => {
    expect(base.events).toEqual([]);
    expect(base.places.find((p) => p.name === 'Korea')).toBeUndefined();
  });
});

describe('importCsv alone (TimelineJS columns)', () => {
  const r = ok(importCsv(fixture('timeline.csv'), 'timeline.csv', { meta: { title: 'A timeline' } }));

  it('makes the texts the body, one paragraph a row, and Year/Month/Day the dates', () => {
    expect(r.value.paragraphs.map((p) => p.text)).toEqual([
      'Premier Kim met the Chinese delegation in Pyongyang.',
      'A failed coup took place in Jakarta.',
      'The tunnels under Pyongyang will be finished next year.',
    ]);
    expect(r.value.events.map((e) => e.when)).toEqual(['1965-10-28', '1965-09-30/1965-10-01', '1966']);
  });

  it('dates the record by its latest event and says so', () => {
    expect(r.value.date).toBe('1966');
    expect(r.notes.join(' ')).toMatch(/latest event/);
  });

  it('links a place named again without coordinates to the one already made', () => {
    expect(r.value.events[2]!.places).toEqual(['pyongyang']);
    expect(r.value.places.map((p) => p.id)).toEqual(['pyongyang', 'jakarta']);
  });
});

describe('importCsv rejects bad rows, naming the line and column', () => {
  it('a date that is not one, and words not in the paragraph', () => {
    const r = importCsv(fixture('bad.csv'), 'bad.csv', { base: miniRecord() });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.file, p.field])).toEqual([
      ['bad.csv', 'line 3, column "date"'],
      ['bad.csv', 'line 4, column "text"'],
    ]);
    expect(r.problems[0]!.message).toMatch(/Octember/);
  });

  it('a file without a headline column', () => {
    const r = importCsv('when,what\n1965,x\n', 'x.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ file: 'x.csv', field: 'line 1' });
  });

  it('an unclosed quote', () => {
    const r = importCsv('date,headline\n1965,"never closed\n', 'q.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.field).toMatch(/^line \d+$/);
  });

  it('a latitude out of range', () => {
    const r = importCsv('date,headline,place,lat,lon\n1965,x,Atlantis,95,10\n', 'lat.csv', { meta: { date: '1965' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ field: 'line 2, column "lat"' });
  });
});

describe('exportCsv', () => {
  const csv = exportCsv(bundled());

  it('writes the TimelineJS-like header and one row an event', () => {
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('date,end date,headline,text,place,lat,lon,paragraph,id,edtf,modality,places');
    expect(lines).toHaveLength(bundled().events.length + 1);
  });

  it('round trip onto the record without its events keeps each event’s id, title, date, modality, places and first words', () => {
    const record = bundled();
    const base = { ...record, events: [], tours: undefined };
    delete base.tours;
    const r = importCsv(csv, 'x.csv', { base });
    if (!r.ok) throw new Error(r.problems.map((p) => `${p.field} ${p.message}`).join('; '));
    expect(r.value.events.map((e) => [e.id, e.title, e.when, e.modality, e.places, e.mentions[0]?.exact])).toEqual(
      record.events.map((e) => [e.id, e.title, e.when, e.modality, e.places, e.mentions[0]?.exact]),
    );
  });
});
