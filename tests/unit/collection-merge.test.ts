import { describe, expect, it } from 'vitest';
import { localOf, mergeCollection, recordOf } from '../../src/lib/collection/merge-collection.ts';
import { formatCollectionHash, parseCollectionHash } from '../../src/lib/collection/collection-hash.ts';
import { validateManifest } from '../../src/lib/collection/manifest.ts';
import { collectionFromTexts, loadCollection } from '../../src/lib/collection/load-collection.ts';
import { RecordIndex } from '../../src/lib/model/record-index.ts';
import type { ArchivalRecord } from '../../src/lib/model/types.ts';
import { miniRecord } from './fixtures.ts';

/** A second record naming Pyongyang under its own id (same Wikidata item) and a place of its own. */
function second(): ArchivalRecord {
  const r = miniRecord();
  r.id = 'mini-two';
  r.title = 'Second mini record';
  r.places[0]!.id = 'pyongyang-city';
  r.places[1]!.wikidata = null;
  for (const e of r.events) e.places = e.places.map((p) => (p === 'pyongyang' ? 'pyongyang-city' : p));
  return r;
}

describe('mergeCollection', () => {
  it('a collection of one is the record itself, ids unchanged', () => {
    const r = miniRecord();
    const c = mergeCollection('one', 'One', [r]);
    expect(c.merged).toBe(r);
    expect(c.idOf('place', 'mini', 'pyongyang')).toBe('pyongyang');
    expect(recordOf(c, 'event', 'meeting')).toBe('mini');
  });

  it('places with the same Wikidata id become one place with the mentions of every record', () => {
    const a = miniRecord();
    const c = mergeCollection('two', 'Two', [a, second()]);
    const pyongyang = c.merged.places.filter((p) => p.wikidata === 'Q18808');
    expect(pyongyang).toHaveLength(1);
    expect(pyongyang[0]!.id).toBe('mini:pyongyang');
    expect(pyongyang[0]!.mentions.map((m) => m.paragraph)).toEqual(['mini:p2', 'mini-two:p2']);
    expect(c.idOf('place', 'mini-two', 'pyongyang-city')).toBe('mini:pyongyang');
    expect(c.origins.place.get('mini:pyongyang')).toEqual([
      { record: 'mini', local: 'pyongyang' },
      { record: 'mini-two', local: 'pyongyang-city' },
    ]);
    // a place without a Wikidata id stays its record's own
    expect(c.merged.places.map((p) => p.id).sort()).toEqual(['mini-two:south-korea', 'mini:pyongyang', 'mini:south-korea']);
  });

  it('events keep their record in their id and point at the merged places', () => {
    const c = mergeCollection('two', 'Two', [miniRecord(), second()]);
    const ev = c.merged.events.find((e) => e.id === 'mini-two:meeting')!;
    expect(ev.places).toEqual(['mini:pyongyang']);
    expect(ev.people).toEqual(['mini:kim-il-sung']);
    expect(c.merged.events).toHaveLength(6);
    // the merged index links both records' events to the one place
    const idx = new RecordIndex(c.merged);
    expect(idx.eventsByPlace.get('mini:pyongyang')!.sort()).toEqual(['mini-two:meeting', 'mini-two:tunnels', 'mini:meeting', 'mini:tunnels']);
    expect(idx.focusOf({ kind: 'place', id: 'mini:pyongyang' }).paragraphs).toEqual(new Set(['mini:p2', 'mini-two:p2']));
  });

  it('a shared place belongs to the record being read when it is in it, else to its first record', () => {
    const c = mergeCollection('two', 'Two', [miniRecord(), second()]);
    expect(recordOf(c, 'place', 'mini:pyongyang', 'mini-two')).toBe('mini-two');
    expect(recordOf(c, 'place', 'mini:south-korea', 'mini-two')).toBe('mini');
    expect(localOf(c, 'place', 'mini:pyongyang', 'mini-two')).toEqual({ record: 'mini-two', local: 'pyongyang-city' });
  });
});

describe('the collection URL', () => {
  const c = mergeCollection('two', 'Two', [miniRecord(), second()]);

  it.each([
    ['#place=pyongyang', { record: 'mini', ref: { kind: 'place', id: 'mini:pyongyang' } }],
    ['#record=mini-two&place=pyongyang-city', { record: 'mini-two', ref: { kind: 'place', id: 'mini:pyongyang' } }],
    ['#record=mini-two&event=tunnels', { record: 'mini-two', ref: { kind: 'event', id: 'mini-two:tunnels' } }],
    ['#record=mini-two&p=2', { record: 'mini-two', ref: { kind: 'paragraph', id: 'mini-two:p2' } }],
    ['#record=mini-two', { record: 'mini-two', ref: null }],
    ['#record=nowhere&place=pyongyang', { record: 'mini', ref: null }],
    ['#place=atlantis', { record: 'mini', ref: null }],
  ] as const)('parses %s', (hash, at) => {
    expect(parseCollectionHash(hash, c)).toEqual(at);
  });

  it.each([
    '#place=pyongyang',
    '#record=mini-two&place=pyongyang-city',
    '#record=mini-two&event=meeting',
    '#record=mini-two&p=1',
    '#p=2',
    '#record=mini-two',
  ])('round-trips %s', (hash) => {
    expect(formatCollectionHash(parseCollectionHash(hash, c), c)).toBe(hash);
  });

  it('names the first record only when another one is read; a collection of one keeps the old links', () => {
    expect(formatCollectionHash({ record: 'mini', ref: null }, c)).toBe('');
    const one = mergeCollection('one', 'One', [miniRecord()]);
    expect(formatCollectionHash({ record: 'mini', ref: { kind: 'place', id: 'pyongyang' } }, one)).toBe('#place=pyongyang');
    expect(formatCollectionHash({ record: 'mini', ref: { kind: 'paragraph', id: 'p2' } }, one)).toBe('#p=2');
    expect(parseCollectionHash('#event=meeting', one)).toEqual({ record: 'mini', ref: { kind: 'event', id: 'meeting' } });
  });
});

describe('loading a collection', () => {
  it('a manifest lists record files; problems name the field', () => {
    expect(validateManifest({ id: 'c', title: 'C', records: ['a.json'] }, 'c.json').ok).toBe(true);
    const bad = validateManifest({ id: 'C!', title: '', records: ['a.json', 'a.json', 'b.txt'] }, 'c.json');
    expect(bad.ok ? [] : bad.problems.map((p) => p.field)).toEqual(['id', 'title', 'records[2]']);
    const twice = validateManifest({ id: 'c', title: 'C', records: ['a.json', 'a.json'] }, 'c.json');
    expect(twice.ok ? [] : twice.problems).toEqual([{ file: 'c.json', field: 'records[1]', message: '"a.json" is listed twice; list each record once' }]);
  });

  it('is whole or nothing: one bad record and none is shown, with every problem named', () => {
    const good = JSON.stringify(miniRecord());
    const broken = miniRecord() as unknown as { places: { lat: unknown }[] };
    broken.places[0]!.lat = 'north';
    const r = collectionFromTexts({ id: 'c', title: 'C' }, [
      { file: 'a.json', text: good },
      { file: 'b.json', text: JSON.stringify(broken) },
      { file: 'c.json', text: '{' },
    ]);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.problems.map((p) => `${p.file} ${p.field}`)).toEqual(['b.json places[0].lat', 'c.json (file)']);
  });

  it('refuses two records with the same id', () => {
    const good = JSON.stringify(miniRecord());
    const r = collectionFromTexts({ id: 'c', title: 'C' }, [{ file: 'a.json', text: good }, { file: 'b.json', text: good }]);
    expect(r.ok ? [] : r.problems.map((p) => `${p.file} ${p.field}`)).toEqual(['b.json id']);
  });
});

describe('loadCollection', () => {
  const files: Record<string, string> = {
    'http://app.test/data/collections/two/collection.json': JSON.stringify({ id: 'two', title: 'Two', records: ['../../records/mini/record.json', 'b.json'] }),
    'http://app.test/data/records/mini/record.json': JSON.stringify(miniRecord()),
    'http://app.test/data/collections/two/b.json': JSON.stringify(second()),
  };
  const fetcher = (async (url: string) => {
    const body = files[String(url)];
    return body === undefined ? new Response('', { status: 404 }) : new Response(body);
  }) as typeof fetch;

  it('fetches the records the manifest lists, relative to it, and merges them', async () => {
    const r = await loadCollection('http://app.test/data/collections/two/collection.json', 'data/collections/two/collection.json', fetcher);
    expect(r.ok && r.collection.records.map((x) => x.id)).toEqual(['mini', 'mini-two']);
  });

  it('validates each record as it arrives, and still reports in the manifest\'s order, whole or nothing', async () => {
    const broken = miniRecord() as unknown as { id: string; places: { lat: unknown }[] };
    broken.id = 'broken';
    broken.places[0]!.lat = 'north';
    const urls: Record<string, string> = {
      'http://app.test/c/collection.json': JSON.stringify({ id: 'c', title: 'C', records: ['a.json', 'b.json', 'd.json'] }),
      'http://app.test/c/a.json': JSON.stringify(broken),
      'http://app.test/c/b.json': '{',
      'http://app.test/c/d.json': JSON.stringify(second()),
    };
    // the first file listed arrives last
    const late = (async (url: string) => {
      if (String(url).endsWith('/a.json')) await new Promise((r) => setTimeout(r, 30));
      return new Response(urls[String(url)]!);
    }) as typeof fetch;
    const r = await loadCollection('http://app.test/c/collection.json', 'c/collection.json', late);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.problems.map((p) => `${p.file} ${p.field}`)).toEqual(['c/a.json places[0].lat', 'c/b.json (file)']);
  });

  it('names a missing record file by its path', async () => {
    files['http://app.test/data/collections/three/collection.json'] = JSON.stringify({ id: 'three', title: 'Three', records: ['gone.json', 'https://elsewhere.test/x.json'] });
    const r = await loadCollection('http://app.test/data/collections/three/collection.json', 'data/collections/three/collection.json', fetcher);
    expect(r.ok ? [] : r.problems.map((p) => `${p.file} ${p.field} ${p.message.slice(0, 24)}`)).toEqual([
      'data/collections/three/gone.json (file) could not be fetched: HT',
      'data/collections/three/collection.json records "https://elsewhere.test/',
    ]);
  });
});
