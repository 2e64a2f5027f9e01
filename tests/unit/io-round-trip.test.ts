/**
 * export → import gives the same record, for every format that can carry a whole record, on the
 * bundled record and on one made by importing the seed text.
 */
import { describe, expect, it } from 'vitest';
import { EXPORTS } from '../../src/lib/io/export-file.ts';
import { importFile } from '../../src/lib/io/import-file.ts';
import { importText } from '../../src/lib/io/import-text.ts';
import { bundled, seedText } from './io-fixtures.ts';
import { parseXml } from './xml-parse.ts';
import type { ArchivalRecord } from '../../src/lib/model/types.ts';

const fromSeed = (): ArchivalRecord => {
  const r = importText(seedText(), 'seed.txt');
  if (!r.ok) throw new Error('seed did not import');
  return r.value;
};

describe.each([
  ['the bundled record', bundled],
  ['the record imported from the seed text', fromSeed],
])('round trip of %s', (_name, make) => {
  it.each(['record', 'tei'] as const)('%s: export → import is the same record', (format) => {
    const record = make();
    const spec = EXPORTS[format];
    const file = spec.fileName(record.id);
    const r = importFile(file, spec.write(record), { parseXml });
    if (!r.ok) throw new Error(r.problems.map((p) => `${p.field} ${p.message}`).join('; '));
    expect(r.format).toBe(format);
    expect(r.value).toEqual(record);
  });

  it.each(['geojson', 'annotations'] as const)('%s: export → import onto the record without it is the same record', (format) => {
    const record = make();
    const spec = EXPORTS[format];
    const base: ArchivalRecord =
      format === 'geojson'
        ? { ...record, places: [], ...(record.lines ? { lines: [] } : {}) }
        : { ...record, places: record.places.map((p) => ({ ...p, mentions: [] })), events: record.events.map((e) => ({ ...e, mentions: [] })), ...(record.people ? { people: record.people.map((p) => ({ ...p, mentions: [] })) } : {}) };
    // events name places: keep the record valid while its places are out
    if (format === 'geojson') base.events = [];
    if (format === 'geojson') delete base.tours;
    const r = importFile(spec.fileName(record.id), spec.write(record), { parseXml, base });
    if (!r.ok) throw new Error(r.problems.map((p) => `${p.field} ${p.message}`).join('; '));
    expect(r.format).toBe(format);
    expect(r.value.places).toEqual(record.places);
    if (format === 'annotations') expect(r.value).toEqual(record);
  });
});
