/** The still map's projection and scene agree with Leaflet's Web Mercator and keep to the picture. */
import { describe, expect, it } from 'vitest';
import { cameraBounds, fitFrame, mercator, project, unmercator } from '../../src/lib/geo/static-map.ts';
import { stillMapScene } from '../../src/lib/geo/still-map-scene.ts';
import { miniRecord } from './fixtures.ts';

describe('static map projection', () => {
  it('mercator matches Leaflet at zoom 0: (0°, 0°) is the centre of the 256 px world', () => {
    expect(mercator(0, 0)).toEqual([128, 128]);
    const [lat, lon] = unmercator(...mercator(39.0194, 125.7381));
    expect(lat).toBeCloseTo(39.0194, 9);
    expect(lon).toBeCloseTo(125.7381, 9);
  });
  it('fitFrame puts the box inside the picture, centred, within the padding', () => {
    const f = fitFrame([[33, 124], [43, 131]], 800, 500, 20);
    const [x0, y0] = project(f, 43, 124);
    const [x1, y1] = project(f, 33, 131);
    expect(Math.min(x0, y0)).toBeGreaterThanOrEqual(19.99);
    expect(x1).toBeLessThanOrEqual(780.01);
    expect(y1).toBeLessThanOrEqual(480.01);
    expect((x0 + x1) / 2).toBeCloseTo(400, 6);
    expect((y0 + y1) / 2).toBeCloseTo(250, 6);
  });
  it('cameraBounds is what a map of that size shows: fitted back, it gives the same zoom', () => {
    const b = cameraBounds({ lat: 39, lon: 125.7, zoom: 7 }, 900, 600);
    const f = fitFrame(b, 900, 600, 0);
    expect(Math.log2(f.scale)).toBeCloseTo(7, 6);
  });
});

describe('stillMapScene', () => {
  const r = miniRecord();
  const base = { width: 600, height: 400, places: r.places, lines: [], visible: new Set(r.places.map((p) => p.id)), topology: null };
  it('fits the lit places and names only them when something is lit', () => {
    const s = stillMapScene({ ...base, lit: new Set(['pyongyang']), selected: 'pyongyang' });
    expect(s.labels.map((l) => l.id)).toEqual(['pyongyang']);
    const m = s.marks.find((x) => x.id === 'pyongyang')!;
    expect(m.selected).toBe(true);
    expect(m.x).toBeGreaterThan(0);
    expect(m.x).toBeLessThan(600);
  });
  it('with nothing lit, shows and names every place, every label inside the picture', () => {
    const s = stillMapScene({ ...base, lit: new Set(), selected: null });
    expect(s.marks.map((x) => x.id).sort()).toEqual(['pyongyang', 'south-korea']);
    for (const l of s.labels) {
      expect(l.x).toBeGreaterThanOrEqual(0);
      expect(l.y).toBeLessThanOrEqual(400);
    }
  });
  it('leaves out hidden places', () => {
    const s = stillMapScene({ ...base, visible: new Set(['south-korea']), lit: new Set(), selected: null });
    expect(s.marks.map((x) => x.id)).toEqual(['south-korea']);
  });
});
