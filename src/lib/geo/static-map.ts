/**
 * A still map, for print and for slide images: Web Mercator as Leaflet draws it (so a still and
 * the live map agree), a frame that fits a box of the map's own longitudes into a picture, and
 * SVG path data for polygons and lines in it (off-frame parts culled, pixels rounded). Pure.
 */
import type { MultiLineString, MultiPolygon, Position } from 'geojson';
import type { Bounds } from './bounds.ts';

const TILE = 256;
const MAX_LAT = 85.0511287798;

/** lat/lon → world pixels at zoom 0 (0…256 across the world), as Leaflet's EPSG:3857. */
export function mercator(lat: number, lon: number): [number, number] {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [(TILE * (lon + 180)) / 360, (TILE * (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI)) / 2];
}

export function unmercator(x: number, y: number): [number, number] {
  const lon = (x / TILE) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / TILE))) * 180) / Math.PI;
  return [lat, lon];
}

/** A picture of the map: its size in px, and where its top-left corner is in zoom-0 world px. */
export interface Frame {
  width: number;
  height: number;
  /** picture px per zoom-0 world px (2^zoom) */
  scale: number;
  x0: number;
  y0: number;
}

/** The frame that shows `bounds` whole and centred in a width × height picture, `pad` px inside its edge. */
export function fitFrame(bounds: Bounds, width: number, height: number, pad = 24, maxZoom = 10): Frame {
  const [[s, w], [n, e]] = bounds;
  const [ax, ay] = mercator(n, w);
  const [bx, by] = mercator(s, e);
  const dx = Math.max(bx - ax, 1e-6);
  const dy = Math.max(by - ay, 1e-6);
  const scale = Math.min((width - 2 * pad) / dx, (height - 2 * pad) / dy, 2 ** maxZoom);
  const cx = (ax + bx) / 2;
  const cy = (ay + by) / 2;
  return { width, height, scale, x0: cx - width / 2 / scale, y0: cy - height / 2 / scale };
}

/** What a width × height Leaflet map centred at lat/lon shows at `zoom`. */
export function cameraBounds(camera: { lat: number; lon: number; zoom: number }, width: number, height: number): Bounds {
  const [cx, cy] = mercator(camera.lat, camera.lon);
  const k = 2 ** camera.zoom;
  const [n, w] = unmercator(cx - width / 2 / k, cy - height / 2 / k);
  const [s, e] = unmercator(cx + width / 2 / k, cy + height / 2 / k);
  return [[s, w], [n, e]];
}

export function project(frame: Frame, lat: number, lon: number): [number, number] {
  const [x, y] = mercator(lat, lon);
  return [(x - frame.x0) * frame.scale, (y - frame.y0) * frame.scale];
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** One ring or line as path data, or '' when all of it lies off one side of the picture. */
function ringPath(ring: readonly Position[], frame: Frame, close: boolean): string {
  const pts = ring.map((p) => project(frame, p[1]!, p[0]!));
  const m = 2; // px of slack, so a stroke on the edge still shows
  if (
    pts.every(([x]) => x < -m) || pts.every(([x]) => x > frame.width + m) ||
    pts.every(([, y]) => y < -m) || pts.every(([, y]) => y > frame.height + m)
  ) return '';
  let d = '';
  let last = '';
  for (const [x, y] of pts) {
    const here = `${r1(x)},${r1(y)}`;
    if (here === last) continue; // sub-pixel steps add bytes and nothing else
    d += (d ? 'L' : 'M') + here;
    last = here;
  }
  return d && close ? d + 'Z' : d;
}

export function polygonPath(geometry: MultiPolygon, frame: Frame): string {
  return geometry.coordinates.flatMap((rings) => rings.map((r) => ringPath(r, frame, true))).join('');
}

export function linePath(lines: MultiLineString | readonly (readonly Position[])[], frame: Frame): string {
  const list = 'coordinates' in lines ? lines.coordinates : lines;
  return list.map((l) => ringPath(l, frame, false)).join('');
}

/** A circle of `radiusKm` round a point, in picture px (Mercator stretches it with latitude). */
export function radiusPx(frame: Frame, lat: number, radiusKm: number): number {
  const dLat = radiusKm / 111.32;
  const [, y0] = project(frame, lat - dLat, 0);
  const [, y1] = project(frame, lat + dLat, 0);
  return Math.abs(y0 - y1) / 2;
}
