import { afterEach, describe, expect, test } from 'vitest';
import L from 'leaflet';
import { projectedOncePolygon, projectedOncePolyline, type ProjectingCrs } from '../../src/lib/views/map/projected-once.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

function map(): L.Map {
  const el = document.createElement('div');
  document.body.append(el);
  return L.map(el, { zoomAnimation: false, fadeAnimation: false }).setView([36, 120], 3);
}

/** a multipolygon with a hole, across the antimeridian (longitudes past 180°, as the map draws them), and a line */
const poly: L.LatLngTuple[][][] = [
  [
    [[40, 124], [38.5, 125.3], [37.9, 128.1], [41.2, 129.9], [42.9, 130.7]],
    [[39.5, 126], [39.2, 126.4], [39.8, 126.9]],
  ],
  [[[-17.5, 178.2], [-16.1, 179.4], [-16.6, 181.2], [-18.2, 180.3]]],
];
const line: L.LatLngTuple[][] = Array.from({ length: 5 }, (_, i) => Array.from({ length: 40 }, (_, j) => [-60 + i * 30 + Math.sin(j) * 3, -180 + j * 9.1] as L.LatLngTuple));

type Rings = { _rings: L.Point[][]; _pxBounds: L.Bounds };
const rings = (l: L.Layer) => (l as unknown as Rings)._rings.map((r) => r.map((p) => [p.x, p.y]));

describe('projected once', () => {
  test('gives the pixels Leaflet gives, at every zoom and after a pan', () => {
    const m = map();
    const pairs = [
      [L.polygon(poly).addTo(m), projectedOncePolygon(poly).addTo(m)],
      [L.polyline(line).addTo(m), projectedOncePolyline(line).addTo(m)],
    ] as const;
    const views: [number, L.LatLngTuple][] = [[3, [36, 120]], [0, [0, 0]], [7, [39, 125.75]], [5.5, [-17, 179]], [12, [39.02, 125.75]]];
    for (const [zoom, at] of views) {
      m.setView(at, zoom, { animate: false });
      for (const [plain, once] of pairs) {
        expect(rings(once)).toEqual(rings(plain));
        expect((once as unknown as Rings)._pxBounds).toEqual((plain as unknown as Rings)._pxBounds);
      }
    }
    expect(rings(pairs[0][1]).flat().length).toBe(12);
  });

  test('projects each vertex once, however often the zoom changes', () => {
    const m = map();
    const crs = m.options.crs as unknown as ProjectingCrs;
    const project = crs.projection.project;
    let calls = 0;
    crs.projection.project = (ll: L.LatLng | L.LatLngLiteral) => {
      calls++;
      return project.call(crs.projection, ll);
    };
    try {
      projectedOncePolyline(line).addTo(m);
      const first = calls;
      expect(first).toBeGreaterThanOrEqual(200);
      for (const z of [1, 4, 6, 2]) m.setZoom(z, { animate: false });
      // the map projects its own centre on each change; the 200 vertices are not projected again
      expect(calls - first).toBeLessThan(40);
    } finally {
      crs.projection.project = project;
    }
  });
});
