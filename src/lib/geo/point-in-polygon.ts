/** Even-odd point-in-polygon on plain lon/lat coordinates (no sphere). Pure. */
import type { MultiPolygon, Polygon, Position } from 'geojson';

function inRing(x: number, y: number, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether [lon, lat] lies inside a polygon's outer ring and outside its holes. */
export function pointInPolygon(point: readonly [number, number], rings: readonly (readonly Position[])[]): boolean {
  const [x, y] = point;
  const [outer, ...holes] = rings;
  if (!outer || !inRing(x, y, outer)) return false;
  return !holes.some((h) => inRing(x, y, h));
}

/** Whether [lon, lat] lies inside any polygon of the geometry. Longitudes must be in the geometry's own window. */
export function pointInGeometry(point: readonly [number, number], geometry: Polygon | MultiPolygon): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((rings) => pointInPolygon(point, rings));
}
