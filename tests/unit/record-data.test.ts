/**
 * The data of record prc-fma-106-01479-08: it validates, its text is the source's, every quote is
 * where its offsets say, and the facts that were checked when it was written stay as checked.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { formatProblem, validateRecord } from '../../src/lib/model/validate.ts';
import { toTimeSpan } from '../../src/lib/model/time-span.ts';
import type { ArchivalRecord, Mention } from '../../src/lib/model/types.ts';
import { buildRecord, recordJson } from '../../scripts/build-record.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const recordFile = path.join(repo, 'data/records/prc-fma-106-01479-08/record.json');
const seedFile = path.resolve(repo, '../shared/seeds/000_3473856850622fa9.txt');

const raw = readFileSync(recordFile, 'utf8');
const json: unknown = JSON.parse(raw);
const result = validateRecord(json, 'record.json');
// Everything below reads the record as validated; the first test reports why when it is not.
const record = (result.ok ? result.record : json) as ArchivalRecord;

const texts = new Map<string, string>(
  [...record.front, ...record.paragraphs, ...record.back].map((p) => [p.id, p.text]),
);
const placeById = (id: string) => {
  const p = record.places.find((x) => x.id === id);
  if (!p) throw new Error(`no place "${id}" in the record`);
  return p;
};
const eventById = (id: string) => {
  const e = record.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event "${id}" in the record`);
  return e;
};
const entities = () => [
  ...record.places.map((e) => ({ kind: 'place', e })),
  ...record.events.map((e) => ({ kind: 'event', e })),
  ...(record.people ?? []).map((e) => ({ kind: 'person', e })),
];

describe('record prc-fma-106-01479-08', () => {
  it('passes the validator', () => {
    const problems = result.ok ? [] : result.problems.map(formatProblem);
    expect(problems).toEqual([]);
  });

  it('is what scripts/build-record.ts writes (run `npm run record:build` after editing the script)', () => {
    expect(raw).toBe(recordJson(buildRecord()));
  });

  it('has the metadata of the archive page', () => {
    expect(record).toMatchObject({
      id: 'prc-fma-106-01479-08',
      title: 'Record of Conversation between Kim Il Sung and the Chinese Delegation',
      date: '1965-10-29',
      archive: 'Wilson Center Digital Archive',
      genre: 'Minutes of Conversation',
      citation: 'PRC FMA 106-01479-08, 85-88',
      obtainedBy: ['Shen Zhihua'],
      translatedBy: ['Jeffrey Wang', 'Charles Kraus'],
      support: 'MacArthur Foundation',
      language: 'en',
    });
    expect(record.collection).toBeUndefined();
    expect(record.rights).toMatch(/^The History and Public Policy Program welcomes reuse of Digital Archive materials/);
    expect(record.rights).toMatch(/please contact the History and Public Policy Program at \[e-mail address not preserved in the source\]\.$/);
    expect(record.front.map((p) => [p.label, p.text])).toEqual([
      ['date line', 'October 29, 1965'],
      ['title', 'Record of Conversation between Kim Il Sung and the Chinese Delegation'],
      ['support', 'This document was made possible with support from MacArthur Foundation'],
      ['addressees', '[To] the Ministry of Foreign Affairs and the Ministry of Defense:'],
    ]);
    expect(record.back.map((p) => p.label)).toEqual(['signatories', 'time line', 'archive summary', 'document information']);
    expect(record.back[0]?.text).toBe('Yang Yong and Hao Deqing');
    expect(record.back[1]?.text).toBe('29 October, 5:00 p.m.');
    // the archive's own typos are its words, kept
    expect(record.back[2]?.text).toContain('consturction and war prepartions of North Korea, US imperalism on Japan');
    expect(record.back[3]?.text).toBe(
      'PRC FMA 106-01479-08, 85-88. Obtained by Shen Zhihua and translated by Jeffrey Wang and Charles Kraus.',
    );
  });

  it('has exactly the 7 body paragraphs, p1…p7', () => {
    const ps = record.paragraphs;
    expect(ps.map((p) => [p.id, p.n])).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => [`p${n}`, n]));
    expect(ps[0]?.text.startsWith('Premier Kim Il Sung met with the members of the [Chinese] People’s Delegation')).toBe(true);
    expect(ps[0]?.text.endsWith('on 28 [October 1965].')).toBe(true);
    expect(ps[6]?.text.startsWith('Lastly, the Premier talked about [North] Korea’s recent economic situation.')).toBe(true);
    expect(ps[6]?.text.endsWith('[so North Korea] can still get by.')).toBe(true);
  });

  it('has the body paragraphs of the seed verbatim', () => {
    if (!existsSync(seedFile)) {
      throw new Error(`the source text is missing: expected ${seedFile} (shared/ must sit beside the repository)`);
    }
    const blocks = readFileSync(seedFile, 'utf8').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
    const first = blocks.findIndex((b) => b.startsWith('Premier Kim Il Sung met with the members'));
    expect(first, 'first body paragraph not found in the seed').toBeGreaterThanOrEqual(0);
    const body = blocks.slice(first, first + 7);
    expect(body[6]?.startsWith('Lastly, the Premier talked about')).toBe(true);
    expect(record.paragraphs.map((p) => p.text)).toEqual(body);
    // and the back matter the record keeps is the seed's too
    for (const part of record.back) expect(blocks, `back part "${part.id}"`).toContain(part.text);
  });

  it('anchors every mention on the words it quotes', () => {
    const bad: string[] = [];
    let count = 0;
    for (const { kind, e } of entities()) {
      e.mentions.forEach((m: Mention, i: number) => {
        count++;
        const text = texts.get(m.paragraph);
        const where = `${kind} ${e.id} mention ${i} (${m.paragraph})`;
        if (text === undefined) bad.push(`${where}: no text part "${m.paragraph}"`);
        else if (text.slice(m.start, m.end) !== m.exact) {
          bad.push(`${where}: text[${m.start}, ${m.end}) is "${text.slice(m.start, m.end)}", not "${m.exact}"`);
        } else if (text.slice(Math.max(0, m.start - 32), m.start) !== m.prefix || text.slice(m.end, m.end + 32) !== m.suffix) {
          bad.push(`${where}: prefix/suffix are not the 32 characters round "${m.exact}"`);
        }
      });
    }
    expect(bad).toEqual([]);
    expect(count).toBeGreaterThan(100);
  });

  it.each([
    ['south-korea', /South Korea/g],
    ['south-vietnam', /South Vietnam/g],
    ['united-states', /Americans?|the United States/g],
    ['japan', /Japanese/g],
    ['indonesia', /Indonesian?/g],
    ['asia', /Asia/g],
    ['europe', /Europe(?:an)?/g],
    ['pyongyang', /(?<!West )Pyongyang/g],
    ['kim-il-sung', /Kim/g],
  ])('links every body occurrence of %s', (id, pattern) => {
    const entity = record.places.find((p) => p.id === id) ?? (record.people ?? []).find((p) => p.id === id);
    expect(entity, id).toBeDefined();
    const missed: string[] = [];
    for (const p of record.paragraphs) {
      for (const hit of p.text.matchAll(pattern)) {
        const a = hit.index;
        const b = a + hit[0].length;
        const covered = entity!.mentions.some((m) => m.paragraph === p.id && m.start <= a && m.end >= b);
        if (!covered) missed.push(`${p.id}@${a} "${hit[0]}"`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('gives every place and person a Wikidata id, or a note saying why there is none', () => {
    const unexplained = [...record.places, ...(record.people ?? [])]
      .filter((x) => x.wikidata === null && !/wikidata/i.test(x.note ?? ''))
      .map((x) => x.id);
    expect(unexplained).toEqual([]);
  });

  it.each([
    ['pyongyang', 'Q18808'], ['north-korea', 'Q423'], ['south-korea', 'Q884'], ['korea', 'Q18097'],
    ['united-states', 'Q30'], ['japan', 'Q17'], ['china', 'Q148'], ['soviet-union', 'Q15180'],
    ['indonesia', 'Q252'], ['vietnam', 'Q881'], ['south-vietnam', 'Q180573'], ['europe', 'Q46'],
    ['asia', 'Q48'], ['africa', 'Q15'], ['latin-america', 'Q12585'],
    ['northeast-china', null], ['east-pyongyang', null], ['west-pyongyang', null],
  ])('place %s has the checked Wikidata id %s', (id, q) => {
    expect(placeById(id).wikidata).toBe(q);
  });

  it.each([
    ['kim-il-sung', 'Q41117'], ['mao-zedong', 'Q5816'],
    ['park-chung-hee', null], ['chen-duxiu', null], ['yang-yong', null], ['hao-deqing', null],
  ])('person %s has the checked Wikidata id %s', (id, q) => {
    expect((record.people ?? []).find((p) => p.id === id)?.wikidata).toBe(q);
  });

  describe('map shapes', () => {
    const atlasFile = path.join(repo, 'node_modules/world-atlas/countries-110m.json');
    const topo = JSON.parse(readFileSync(atlasFile, 'utf8')) as Topology<{ countries: GeometryCollection }>;
    const countries = feature(topo, topo.objects.countries).features as Feature<Polygon | MultiPolygon>[];
    const byIso = new Map(countries.filter((f) => f.id !== undefined).map((f) => [String(f.id), f]));

    function inRing([x, y]: [number, number], ring: Position[]): boolean {
      let inside = false;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as [number, number];
        const [xj, yj] = ring[j] as [number, number];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
      return inside;
    }
    function inCountry(iso: string, lat: number, lon: number): boolean {
      const g = byIso.get(iso)?.geometry;
      if (!g) return false;
      const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      return polys.some(([outer, ...holes]) => !!outer && inRing([lon, lat], outer) && !holes.some((h) => inRing([lon, lat], h)));
    }

    it('uses only ISO codes that world-atlas countries-110m has', () => {
      const missing = record.places.flatMap((p) =>
        p.shape.type === 'countries' ? p.shape.iso.filter((iso) => !byIso.has(iso)).map((iso) => `${p.id}: ${iso}`) : [],
      );
      expect(missing).toEqual([]);
    });

    it('puts each country marker inside its own outline (and on the kept side of a clip)', () => {
      const outside = record.places
        .filter((p) => p.kind === 'country' && p.shape.type === 'countries')
        .filter((p) => {
          if (p.shape.type !== 'countries') return false;
          const { iso, clip } = p.shape;
          const kept = !clip || (clip.side === 'south' ? p.lat < clip.lat : p.lat > clip.lat);
          return !kept || !iso.some((code) => inCountry(code, p.lat, p.lon));
        })
        .map((p) => p.id);
      expect(outside).toEqual([]);
    });

    it('puts Pyongyang and its two halves inside North Korea', () => {
      for (const id of ['pyongyang', 'east-pyongyang', 'west-pyongyang']) {
        const p = placeById(id);
        expect(inCountry('408', p.lat, p.lon), id).toBe(true);
      }
      // East Pyongyang lies east of West Pyongyang (the Taedong runs between them)
      expect(placeById('east-pyongyang').lon).toBeGreaterThan(placeById('west-pyongyang').lon);
    });

    it('draws points for cities and districts, areas for continents', () => {
      for (const p of record.places) {
        if (p.kind === 'city' || p.kind === 'district') expect(p.shape.type, p.id).toBe('point');
        if (p.kind === 'continent') expect(p.shape.type, p.id).toBe('area');
      }
    });
  });

  describe('checked facts', () => {
    it.each([
      ['pyongyang', 39.02, 125.74, 0.1],
      ['east-pyongyang', 39.02, 125.78, 0.05],
      ['west-pyongyang', 39.03, 125.73, 0.05],
      ['north-korea', 40.0, 127.0, 1],
      ['south-korea', 36.5, 127.9, 1],
      ['south-vietnam', 12.5, 108.0, 2],
    ])('%s is within %f°N %f°E (±%f°)', (id, lat, lon, tol) => {
      const p = placeById(id);
      expect(Math.abs(p.lat - lat)).toBeLessThanOrEqual(tol);
      expect(Math.abs(p.lon - lon)).toBeLessThanOrEqual(tol);
    });

    it('draws South Vietnam as Vietnam south of 17°N and the USSR as its 15 republics', () => {
      expect(placeById('south-vietnam').shape).toEqual({ type: 'countries', iso: ['704'], clip: { side: 'south', lat: 17 } });
      expect(placeById('vietnam').shape).toEqual({ type: 'countries', iso: ['704'] });
      const ussr = placeById('soviet-union').shape;
      expect(ussr.type === 'countries' ? [...ussr.iso].sort() : []).toEqual(
        ['643', '804', '112', '398', '860', '795', '417', '762', '031', '051', '268', '498', '428', '440', '233'].sort(),
      );
      expect(placeById('korea').shape).toEqual({ type: 'countries', iso: ['408', '410'] });
    });

    it('quotes East and West Pyongyang without overlapping', () => {
      const [east] = placeById('east-pyongyang').mentions;
      const [west] = placeById('west-pyongyang').mentions;
      expect(east?.exact).toBe('East');
      expect(west?.exact).toBe('West Pyongyang');
      expect(east!.end).toBeLessThanOrEqual(west!.start);
      expect(placeById('pyongyang').mentions.map((m) => m.exact)).toEqual(['Pyongyang']);
    });

    it.each([
      ['meeting', '1965-10-28', 'past'],
      ['report-sent', '1965-10-29', 'past'],
      ['cpv-in-korea', '1950-10/1958-10', 'past'],
      ['korean-war', '1950-06-25/1953-07-27', 'past'],
      ['us-forces-in-south-korea', '1950-07/..', 'ongoing'],
      ['renewed-war', '1965-10-28/..', 'hypothetical'],
      ['mao-rear-area', '../1965-10-28', 'past'],
      ['tunnels-pyongyang', '1965', 'ongoing'],
      ['tunnels-east-west-complete', '1966', 'expected'],
      ['tunnels-other-cities', '1965', 'ongoing'],
      ['work-in-south-korea', '1965', 'ongoing'],
      ['vice-minister-to-south-vietnam', '../1965-10-28', 'past'],
      ['send-people-to-vietnam', '1965-10-28/..', 'expected'],
      ['rok-troops-in-vietnam', '1965-10/..', 'ongoing'],
      ['war-inevitable', '1965-10-28/..', 'expected'],
      ['japan-rok-treaty', '1965-06-22', 'past'],
      ['kim-tells-jcp', '../1965-10-28', 'past'],
      ['september-30-movement', '1965-09-30/1965-10-01', 'past'],
      ['anti-communist-purges', '1965-10/1966~', 'ongoing'],
      ['pki-underground', '1965-10', 'past'],
      ['chen-duxiu-leadership', '1921/1927', 'past'],
      ['industrial-plans-unfulfilled', '1965', 'past'],
      ['autumn-drought', '1965-23', 'past'],
      ['power-to-agriculture', '1965-23', 'past'],
      ['rice-increase', '1965', 'past'],
      ['geneva-partition', '1954-07-21', 'past'],
    ])('event %s is %s, %s', (id, when, modality) => {
      const e = eventById(id);
      expect(e.when).toBe(when);
      expect(e.modality).toBe(modality);
    });

    it('spans the Volunteers’ eight years from October 1950 to the end of October 1958', () => {
      const span = toTimeSpan(eventById('cpv-in-korea').when);
      expect(new Date(span.start.t).toISOString()).toBe('1950-10-01T00:00:00.000Z');
      expect(new Date(span.end.t).toISOString()).toBe('1958-11-01T00:00:00.000Z');
      expect(eventById('cpv-in-korea').source).toMatch(/19 October 1950.*26 October 1958/);
    });

    it('puts the autumn drought in northern autumn 1965 (September–November)', () => {
      const span = toTimeSpan(eventById('autumn-drought').when);
      expect(span.season).toBe('autumn');
      expect(new Date(span.start.t).toISOString()).toBe('1965-09-01T00:00:00.000Z');
      expect(new Date(span.end.t).toISOString()).toBe('1965-12-01T00:00:00.000Z');
    });

    it('leaves the start of "once said" open and ends it at the meeting', () => {
      const span = toTimeSpan(eventById('mao-rear-area').when);
      expect(span.start.open).toBe(true);
      expect(new Date(span.end.t).toISOString()).toBe('1965-10-29T00:00:00.000Z');
    });

    it('links the people the events name', () => {
      expect(eventById('meeting').people).toEqual(['kim-il-sung']);
      expect(eventById('mao-rear-area').people).toEqual(['mao-zedong']);
      expect(eventById('send-people-to-vietnam').people).toEqual(['park-chung-hee']);
      expect(eventById('report-sent').people).toEqual(['yang-yong', 'hao-deqing']);
      expect((record.people ?? []).find((p) => p.id === 'yang-yong')?.mentions[0]?.paragraph).toBe('signatories');
    });

    it('draws the two demarcation lines of the period', () => {
      const lines = record.lines ?? [];
      const mdl = lines.find((l) => l.id === 'korean-mdl');
      const pmdl = lines.find((l) => l.id === 'vietnam-pmdl');
      expect(mdl?.when).toBe('1953-07-27/..');
      expect(pmdl?.when).toBe('1954-07-21/..');
      expect(mdl!.coords.length).toBeGreaterThanOrEqual(8);
      expect(mdl!.coords.length).toBeLessThanOrEqual(12);
      // through Panmunjom, west to east, ending on the east coast near 38.61°N
      expect(mdl!.coords.some(([lat, lon]) => Math.abs(lat - 37.956) < 0.01 && Math.abs(lon - 126.677) < 0.01)).toBe(true);
      expect(mdl!.coords.every(([lat, lon]) => lat > 37.7 && lat < 38.7 && lon > 126 && lon < 128.5)).toBe(true);
      expect(mdl!.coords.at(-1)).toEqual([38.612, 128.36]);
      expect(pmdl!.coords.every(([lat, lon]) => Math.abs(lat - 17) < 0.1 && lon > 106.3 && lon < 107.2)).toBe(true);
    });
  });

  describe('events', () => {
    it('give a source for every context event', () => {
      const unsourced = record.events.filter((e) => e.basis === 'context' && !(e.source ?? '').trim()).map((e) => e.id);
      expect(unsourced).toEqual([]);
    });

    it('quote the words of every text event', () => {
      const unquoted = record.events.filter((e) => e.basis === 'text' && e.mentions.length === 0).map((e) => e.id);
      expect(unquoted).toEqual([]);
    });

    it('explain every text event whose date was resolved (source or note)', () => {
      const unexplained = record.events
        .filter((e) => e.basis === 'text' && !(e.source ?? e.note ?? '').trim())
        .map((e) => e.id);
      // the few that are simply "from now on" with no date to resolve are allowed no comment
      expect(unexplained.every((id) => eventById(id).when === '1965-10-28/..')).toBe(true);
    });

    it('can all be placed in time, and link only known places and people', () => {
      const placeIds = new Set(record.places.map((p) => p.id));
      const personIds = new Set((record.people ?? []).map((p) => p.id));
      for (const e of record.events) {
        expect(() => toTimeSpan(e.when), e.id).not.toThrow();
        for (const p of e.places) expect(placeIds.has(p), `${e.id} → ${p}`).toBe(true);
        for (const p of e.people ?? []) expect(personIds.has(p), `${e.id} → ${p}`).toBe(true);
      }
    });
  });

  it('keeps page debris and the obfuscated e-mail out of the record', () => {
    for (const debris of ['Skip to content', '[email', 'email protected', 'Original Uploaded Date', 'Record ID']) {
      expect(raw.includes(debris), debris).toBe(false);
    }
  });
});
