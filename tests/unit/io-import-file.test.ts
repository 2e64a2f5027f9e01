import { describe, expect, it } from 'vitest';
import { detectFormat, importFile } from '../../src/lib/io/import-file.ts';
import { fixture } from './io-fixtures.ts';
import { miniRecord } from './fixtures.ts';
import { parseXml } from './xml-parse.ts';

describe('detectFormat', () => {
  it.each([
    ['a.md', '', 'markdown'],
    ['a.txt', '', 'text'],
    ['a.xml', '', 'tei'],
    ['a.csv', '', 'csv'],
    ['a.geojson', '{}', 'geojson'],
    ['a.json', '{"type":"FeatureCollection","features":[]}', 'geojson'],
    ['a.jsonld', '{"@context":"https://raw.githubusercontent.com/LinkedPasts/linked-places-format/main/x.jsonld","type":"FeatureCollection"}', 'lpf'],
    ['a.json', '{"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationPage"}', 'annotations'],
    ['a.json', '{"id":"x"}', 'record'],
    ['pasted', '<TEI/>', 'tei'],
    ['pasted', 'Some words.', 'text'],
  ])('%s %j is %s', (file, text, want) => expect(detectFormat(file, text)).toBe(want));
});

describe('importFile', () => {
  it('asks for a loaded record before adding places from GeoJSON', () => {
    const r = importFile('places.geojson', fixture('places.geojson'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/load or import a record first/);
  });

  it('adds GeoJSON places to a loaded record, leaving that record as it was', () => {
    const base = miniRecord();
    const before = structuredClone(base);
    const r = importFile('places.geojson', fixture('places.geojson'), { base });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.places.map((p) => p.id)).toEqual([...base.places.map((p) => p.id), 'hanoi', 'korea']);
    expect(base).toEqual(before);
  });

  it('reads TEI with the parser it is given, and says when it has none', () => {
    expect(importFile('small.tei.xml', fixture('small.tei.xml'), { parseXml }).ok).toBe(true);
    const r = importFile('small.tei.xml', fixture('small.tei.xml'));
    expect(r.ok).toBe(false);
  });

  it('never throws, whatever it is given', () => {
    for (const [file, text] of [['x.json', '{'], ['x.csv', '"'], ['x.xml', '<'], ['x.geojson', 'null'], ['x.md', ''], ['x.json', 'null'], ['x.json', '[1,2]']] as const) {
      const r = importFile(file, text, { parseXml, base: miniRecord() });
      expect(r.ok, `${file} ${text}`).toBe(false);
      if (!r.ok) expect(r.problems[0]!.file).toBe(file);
    }
  });
});
