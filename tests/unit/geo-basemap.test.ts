import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { MultiPolygon } from 'geojson';
import {
  asWorldTopology, borderLines, countryFeatures, landGeometry, missingIsoCodes, outlineFor, type PlaceShape,
} from '../../src/lib/geo/basemap.ts';
import { PACIFIC_WEST, wrapLon } from '../../src/lib/geo/antimeridian.ts';
import { pointInGeometry } from '../../src/lib/geo/point-in-polygon.ts';
import { geometryBounds } from '../../src/lib/geo/bounds.ts';

const require = createRequire(import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(require.resolve(file), 'utf8')) as unknown;
const world = asWorldTopology(read('world-atlas/countries-110m.json'));
/** the finer basemap the map swaps in when zoomed in: the same checks must hold */
const world50 = asWorldTopology(read('world-atlas/countries-50m.json'));

/** [lat, lon] as the record writes it → [lon, lat] in map longitudes */
const at = (lat: number, lon: number): [number, number] => [wrapLon(lon), lat];

const USSR = ['643', '804', '112', '398', '860', '795', '417', '762', '031', '051', '268', '498', '233', '428', '440'];

/** The shapes the full record (prc-fma-106-01479-08) uses, written out so this test does not wait for it. */
const RECORD_SHAPES: Record<string, PlaceShape> = {
  'north-korea': { type: 'countries', iso: ['408'] },
  'south-korea': { type: 'countries', iso: ['410'] },
  'united-states': { type: 'countries', iso: ['840'] },
  china: { type: 'countries', iso: ['156'] },
  vietnam: { type: 'countries', iso: ['704'] },
  'south-vietnam': { type: 'countries', iso: ['704'], clip: { side: 'south', lat: 17 } },
  japan: { type: 'countries', iso: ['392'] },
  'soviet-union': { type: 'countries', iso: USSR },
  indonesia: { type: 'countries', iso: ['360'] },
};

function outline(shape: PlaceShape, topology = world): MultiPolygon {
  const g = outlineFor(shape, topology);
  expect(g).not.toBeNull();
  return g!;
}

function allLongitudes(g: { coordinates: unknown }): number[] {
  return (g.coordinates as number[][][][]).flat(2).map((p) => p[0]!);
}

describe('basemap from world-atlas countries-110m', () => {
  test('asWorldTopology rejects what is not a countries topology, naming the file', () => {
    expect(() => asWorldTopology({ type: 'FeatureCollection' }, 'x.json')).toThrow(/x\.json: not a TopoJSON topology/);
    expect(() => asWorldTopology({ type: 'Topology', arcs: [], objects: {} }, 'x.json')).toThrow(/objects\.countries/);
  });

  test('countryFeatures has North Korea (408) and South Korea (410) by ISO code', () => {
    const byId = new Map(countryFeatures(world).map((f) => [f.id, f.properties.name]));
    expect(byId.get('408')).toBe('North Korea');
    expect(byId.get('410')).toBe('South Korea');
  });

  test.each([['1:110m', world], ['1:50m', world50]])('every ISO code the record uses exists in the %s basemap', (_, topology) => {
    const codes = Object.values(RECORD_SHAPES).flatMap((s) => (s.type === 'countries' ? s.iso : []));
    expect(missingIsoCodes(codes, topology)).toEqual([]);
  });

  test('every ISO code in the bundled record exists in the basemap', () => {
    const record = read('../../data/records/prc-fma-106-01479-08/record.json') as { places: { shape: PlaceShape }[] };
    const codes = record.places.flatMap((p) => (p.shape.type === 'countries' ? p.shape.iso : []));
    expect(missingIsoCodes(codes, world)).toEqual([]);
  });

  test('outlineFor a point or an area is null; for unknown codes it is null', () => {
    expect(outlineFor({ type: 'point' }, world)).toBeNull();
    expect(outlineFor({ type: 'area', radiusKm: 500 }, world)).toBeNull();
    expect(outlineFor({ type: 'countries', iso: ['999'] }, world)).toBeNull();
  });

  test.each([
    ['north-korea', 'Pyongyang', 39.02, 125.74, true],
    ['north-korea', 'Seoul', 37.57, 126.98, false],
    ['south-korea', 'Seoul', 37.57, 126.98, true],
    ['south-korea', 'Busan', 35.18, 129.08, true],
    ['south-vietnam', 'Saigon', 10.78, 106.7, true],
    ['south-vietnam', 'Hanoi', 21.03, 105.85, false],
    ['south-vietnam', 'Hue (just south of the line)', 16.46, 107.59, true],
    ['south-vietnam', 'Dong Hoi (just north of the line)', 17.47, 106.6, false],
    ['vietnam', 'Hanoi', 21.03, 105.85, true],
    ['vietnam', 'Saigon', 10.78, 106.7, true],
    ['china', 'Beijing', 39.9, 116.4, true],
    ['japan', 'Tokyo', 35.68, 139.77, true],
    ['soviet-union', 'Moscow', 55.75, 37.62, true],
    ['soviet-union', 'Kyiv', 50.45, 30.52, true],
    ['soviet-union', 'Tashkent', 41.3, 69.24, true],
    ['soviet-union', 'Chukotka, east of 180°', 66.0, -172.0, true],
    ['soviet-union', 'Helsinki', 60.17, 24.94, false],
    ['united-states', 'Kansas', 38.5, -98.0, true],
    ['united-states', 'Anchorage', 61.2, -149.9, true],
    ['indonesia', 'Borneo, Kalimantan', 0.5, 114.0, true],
  ] as const)('%s contains %s: %s', (id, _name, lat, lon, inside) => {
    expect(pointInGeometry(at(lat, lon), outline(RECORD_SHAPES[id]!))).toBe(inside);
    expect(pointInGeometry(at(lat, lon), outline(RECORD_SHAPES[id]!, world50))).toBe(inside);
  });

  test('South Vietnam reaches no further north than the 17th parallel', () => {
    const lats = (outline(RECORD_SHAPES['south-vietnam']!).coordinates.flat(2)).map((p) => p[1]!);
    expect(Math.max(...lats)).toBeCloseTo(17, 6);
  });

  test('the Soviet Union is one union of 15 republics, unbroken across the antimeridian', () => {
    const g = outline(RECORD_SHAPES['soviet-union']!);
    const b = geometryBounds(g)!;
    // west edge in the Baltic (~20°E), east edge past 180° at the Bering Strait (~190° = -170°)
    expect(b[0][1]).toBeGreaterThan(15);
    expect(b[0][1]).toBeLessThan(25);
    expect(b[1][1]).toBeGreaterThan(185);
    expect(b[1][1]).toBeLessThan(195);
    // inner borders dissolved: fewer polygons than the republics have between them
    const parts = USSR.reduce((n, iso) => n + outline({ type: 'countries', iso: [iso] }).coordinates.length, 0);
    expect(g.coordinates.length).toBeLessThan(parts);
  });

  test.each([['1:110m', world], ['1:50m', world50]])('no ring steps more than 180° of longitude in %s (nothing stripes across the map)', (_, topology) => {
    for (const g of [landGeometry(topology), ...Object.values(RECORD_SHAPES).map((s) => outline(s, topology))]) {
      for (const poly of g.coordinates) {
        for (const ring of poly) {
          for (let i = 1; i < ring.length; i++) expect(Math.abs(ring[i]![0]! - ring[i - 1]![0]!)).toBeLessThan(180);
        }
      }
    }
  });

  test('Alaska and Russia meet across the Bering Strait, not at opposite edges of the map', () => {
    const us = geometryBounds(outline(RECORD_SHAPES['united-states']!))!;
    const ussr = geometryBounds(outline(RECORD_SHAPES['soviet-union']!))!;
    expect(us[0][1] - ussr[1][1]).toBeLessThan(10);
    expect(us[0][1] - ussr[1][1]).toBeGreaterThan(-10);
  });

  test('land is all in the Pacific-centred window, without Antarctica', () => {
    const land = landGeometry(world);
    const lons = allLongitudes(land);
    const b = geometryBounds(land)!;
    expect(b[0][0]).toBeGreaterThan(-60);
    // polygons stay whole, so they may hang a little past the window's edges, never far
    expect(Math.min(...lons)).toBeGreaterThan(PACIFIC_WEST - 60);
    expect(Math.max(...lons)).toBeLessThan(PACIFIC_WEST + 360 + 60);
    expect(pointInGeometry(at(39.02, 125.74), land)).toBe(true);
    expect(pointInGeometry(at(35, 150), land)).toBe(false);
  });

  test('borders are lines between countries, in the same window', () => {
    const b = borderLines(world);
    expect(b.coordinates.length).toBeGreaterThan(100);
    for (const line of b.coordinates) {
      for (let i = 1; i < line.length; i++) expect(Math.abs(line[i]![0]! - line[i - 1]![0]!)).toBeLessThan(180);
    }
  });
});
