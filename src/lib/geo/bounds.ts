/** Bounding boxes in the map's own longitudes, as Leaflet's [[south, west], [north, east]] literal. Pure. */
import type { MultiPolygon, Polygon } from 'geojson';

export type Bounds = [[number, number], [number, number]];

const KM_PER_DEGREE = 111.32;

export function pointBounds(lat: number, lon: number): Bounds {
  return [[lat, lon], [lat, lon]];
}

/** The box round a circle of `radiusKm` (wider in longitude away from the equator). */
export function areaBounds(lat: number, lon: number, radiusKm: number): Bounds {
  const dLat = radiusKm / KM_PER_DEGREE;
  const cos = Math.max(Math.cos((lat * Math.PI) / 180), 0.05);
  const dLon = Math.min(radiusKm / (KM_PER_DEGREE * cos), 180);
  return [[Math.max(lat - dLat, -85), lon - dLon], [Math.min(lat + dLat, 85), lon + dLon]];
}

/**
 * The box round the points that `each` hands to `add`, in one pass with no box per point (a
 * collection has thousands); null when it hands none.
 */
export function pointsBounds(each: (add: (lat: number, lon: number) => void) => void): Bounds | null {
  let s = Infinity, w = Infinity, n = -Infinity, e = -Infinity;
  each((lat, lon) => {
    if (lat < s) s = lat;
    if (lat > n) n = lat;
    if (lon < w) w = lon;
    if (lon > e) e = lon;
  });
  return s <= n ? [[s, w], [n, e]] : null;
}

export function geometryBounds(geometry: Polygon | MultiPolygon): Bounds | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return pointsBounds((add) => {
    for (const rings of polygons) for (const p of rings[0] ?? []) add(p[1]!, p[0]!);
  });
}

export function unionBounds(list: readonly (Bounds | null | undefined)[]): Bounds | null {
  let out: Bounds | null = null;
  for (const b of list) {
    if (!b) continue;
    if (!out) out = [[b[0][0], b[0][1]], [b[1][0], b[1][1]]];
    else {
      out[0][0] = Math.min(out[0][0], b[0][0]);
      out[0][1] = Math.min(out[0][1], b[0][1]);
      out[1][0] = Math.max(out[1][0], b[1][0]);
      out[1][1] = Math.max(out[1][1], b[1][1]);
    }
  }
  return out;
}

/** Whether `inner` lies inside `outer`. */
export function containsBounds(outer: Bounds, inner: Bounds): boolean {
  return inner[0][0] >= outer[0][0] && inner[0][1] >= outer[0][1] && inner[1][0] <= outer[1][0] && inner[1][1] <= outer[1][1];
}
