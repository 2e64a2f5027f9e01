import { describe, expect, it } from 'vitest';
import { exportWebAnnotations, importWebAnnotations } from '../../src/lib/io/web-annotation.ts';
import { bundled } from './io-fixtures.ts';
import type { ArchivalRecord } from '../../src/lib/model/types.ts';

const withoutMentions = (r: ArchivalRecord): ArchivalRecord => ({
  ...r,
  places: r.places.map((p) => ({ ...p, mentions: [] })),
  events: r.events.map((e) => ({ ...e, mentions: [] })),
  people: r.people?.map((p) => ({ ...p, mentions: [] })),
});

describe('W3C Web Annotations', () => {
  const record = bundled();
  const doc = JSON.parse(exportWebAnnotations(record));

  it('writes one identifying annotation a mention, with both selectors and the Wikidata item', () => {
    const total = [...record.places, ...record.events, ...record.people!].reduce((n, e) => n + e.mentions.length, 0);
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(total);
    const a = doc.first.items.find((x: { id: string }) => x.id.endsWith('/places/pyongyang/0'));
    expect(a.motivation).toBe('identifying');
    expect(a.body).toContainEqual({ id: 'http://www.wikidata.org/entity/Q18808', purpose: 'identifying' });
    expect(a.target.source).toBe('urn:x-record:prc-fma-106-01479-08/text/p3');
    expect(a.target.selector.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
  });

  it('round trip: the mentions come back onto the record without them', () => {
    const r = importWebAnnotations(JSON.stringify(doc), 'a.jsonld', withoutMentions(record));
    if (!r.ok) throw new Error(JSON.stringify(r.problems.slice(0, 3)));
    expect(r.value).toEqual(record);
  });

  it('re-finds a quote whose offsets are stale, and says so', () => {
    const item = structuredClone(doc.first.items.find((x: { id: string }) => x.id.endsWith('/places/pyongyang/0')));
    item.target.selector[1].start += 3;
    item.target.selector[1].end += 3;
    const base = { ...record, places: record.places.map((p) => (p.id === 'pyongyang' ? { ...p, mentions: [] } : p)) };
    const r = importWebAnnotations(JSON.stringify(item), 'one.json', base);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.places.find((p) => p.id === 'pyongyang')!.mentions).toEqual(record.places.find((p) => p.id === 'pyongyang')!.mentions);
    expect(r.notes[0]).toMatch(/items\[0\]: offsets did not fit/);
  });

  it('rejects an annotation naming a place the record lacks, or words it lacks', () => {
    const item = structuredClone(doc.first.items[0]);
    item.body[0].id = 'urn:x-record:x/places/atlantis';
    const r = importWebAnnotations(JSON.stringify({ type: 'AnnotationPage', items: [item] }), 'a.json', record);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ file: 'a.json', field: 'items[0].body', message: expect.stringMatching(/atlantis/) });
    const item2 = structuredClone(doc.first.items[0]);
    item2.target.selector[0].exact = 'Atlantis';
    const r2 = importWebAnnotations(JSON.stringify(item2), 'b.json', record);
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.problems[0]).toMatchObject({ field: 'items[0].target.selector' });
  });
});
