import { describe, expect, test } from 'vitest';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { PACIFIC_WEST, toMapWindow, unwrapLine, wrapLon } from '../../src/lib/geo/antimeridian.ts';
import { clipToLatitude, ringArea } from '../../src/lib/geo/clip-latitude.ts';
import { pointInGeometry } from '../../src/lib/geo/point-in-polygon.ts';
import { areaBounds, containsBounds, geometryBounds, pointsBounds, unionBounds } from '../../src/lib/geo/bounds.ts';

const square = (x0: number, y0: number, x1: number, y1: number): Position[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
const poly = (...rings: Position[][]): Polygon => ({ type: 'Polygon', coordinates: rings });

describe('antimeridian', () => {
  test.each([
    [125.7, 125.7], [-98, 262], [-30, -30], [-31, 329], [330, -30], [15, 15], [-180, 180], [180, 180],
  ])('wrapLon(%d) is %d in the Pacific-centred window', (lon, want) => {
    expect(wrapLon(lon)).toBe(want);
  });

  test('unwrapLine undoes a jump across 180°', () => {
    expect(unwrapLine([[178, 0], [-179, 1], [-175, 2], [179, 3]])).toEqual([[178, 0], [181, 1], [185, 2], [179, 3]]);
  });

  test('toMapWindow keeps a polygon that crosses 180° whole, holes with it', () => {
    const g = toMapWindow(poly(
      [[170, 0], [-170, 0], [-170, 10], [170, 10], [170, 0]],
      [[175, 2], [-175, 2], [-175, 4], [175, 4], [175, 2]],
    ));
    expect(geometryBounds(g)).toEqual([[0, 170], [10, 190]]);
    expect(g.coordinates[0]![1]!.map((p) => p[0])).toEqual([175, 185, 185, 175, 175]);
  });

  test('toMapWindow moves the Americas east of the Pacific', () => {
    const g = toMapWindow(poly(square(-100, 30, -90, 40)));
    expect(geometryBounds(g)).toEqual([[30, 260], [40, 270]]);
    expect(PACIFIC_WEST).toBe(-30);
  });
});

describe('clipToLatitude', () => {
  test('keeps the south half of a square', () => {
    const g = clipToLatitude(poly(square(0, 0, 10, 10)), 'south', 4);
    expect(g.coordinates).toHaveLength(1);
    expect(Math.abs(ringArea(g.coordinates[0]![0]!))).toBeCloseTo(40);
    expect(geometryBounds(g)).toEqual([[0, 0], [4, 10]]);
  });

  test('keeps the north half, and drops a polygon wholly on the other side', () => {
    const g = clipToLatitude({ type: 'MultiPolygon', coordinates: [[square(0, 0, 10, 10)], [square(20, -10, 30, -5)]] }, 'north', 4);
    expect(g.coordinates).toHaveLength(1);
    expect(geometryBounds(g)).toEqual([[4, 0], [10, 10]]);
  });

  test('a U shape cut across its arms becomes two polygons, with no seam between them', () => {
    // U: arms at x 0–2 and 8–10 rising to y 10, joined by a base below y 2
    const u: Position[] = [[0, 0], [10, 0], [10, 10], [8, 10], [8, 2], [2, 2], [2, 10], [0, 10], [0, 0]];
    const g = clipToLatitude(poly(u), 'north', 5);
    expect(g.coordinates).toHaveLength(2);
    const areas = g.coordinates.map((p) => Math.abs(ringArea(p[0]!))).sort();
    expect(areas).toEqual([10, 10]);
    expect(pointInGeometry([5, 6], g)).toBe(false);
    expect(pointInGeometry([1, 6], g)).toBe(true);
  });

  test('a hole wholly kept stays a hole; one cut opens into the outline; one wholly cut goes', () => {
    const outer = square(0, 0, 20, 20);
    const kept = square(2, 2, 4, 4);
    const cut = square(8, 8, 12, 12);
    const gone = square(14, 14, 16, 16);
    const g = clipToLatitude(poly(outer, kept, cut, gone), 'south', 10);
    expect(g.coordinates).toHaveLength(1);
    expect(g.coordinates[0]).toHaveLength(2);
    expect(pointInGeometry([3, 3], g)).toBe(false);
    expect(pointInGeometry([10, 9], g)).toBe(false);
    expect(pointInGeometry([5, 9], g)).toBe(true);
    expect(Math.abs(ringArea(g.coordinates[0]![0]!))).toBeCloseTo(200 - 8);
  });

  test('an empty result is an empty MultiPolygon', () => {
    const g: MultiPolygon = clipToLatitude(poly(square(0, 0, 10, 10)), 'north', 20);
    expect(g.coordinates).toEqual([]);
  });
});

describe('bounds', () => {
  test('areaBounds widens in longitude away from the equator', () => {
    const eq = areaBounds(0, 100, 1000);
    const north = areaBounds(60, 100, 1000);
    expect(north[1][1] - north[0][1]).toBeGreaterThan(1.9 * (eq[1][1] - eq[0][1]));
    expect(eq[1][0] - eq[0][0]).toBeCloseTo(2 * 1000 / 111.32);
  });

  test('unionBounds and containsBounds', () => {
    const u = unionBounds([[[0, 0], [1, 1]], null, [[-1, 5], [2, 6]]])!;
    expect(u).toEqual([[-1, 0], [2, 6]]);
    expect(containsBounds(u, [[0, 1], [1, 2]])).toBe(true);
    expect(containsBounds(u, [[0, 1], [3, 2]])).toBe(false);
    expect(unionBounds([])).toBeNull();
  });
});

describe('pointsBounds', () => {
  test('the box round the points handed to it, in [[south, west], [north, east]]', () => {
    const pts: [number, number][] = [[39.02, 125.74], [-6.2, 106.8], [55.75, 37.62], [35.68, 139.69]];
    expect(pointsBounds((add) => pts.forEach(([lat, lon]) => add(lat, lon)))).toEqual([[-6.2, 37.62], [55.75, 139.69]]);
    expect(pointsBounds((add) => add(1, 2))).toEqual([[1, 2], [1, 2]]);
  });

  test('null when no point is handed to it', () => {
    expect(pointsBounds(() => {})).toBeNull();
  });
});
