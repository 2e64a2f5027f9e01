/**
 * Leaflet draws longitudes on a flat line and knows nothing of the antimeridian: a ring that
 * steps from 179.9° to -180° (Russia's Chukotka, Fiji in world-atlas) is drawn as a stripe
 * across the whole world. Here every ring is made continuous and every polygon moved, whole,
 * into one 360° window starting at `west`. With the default window [-30°, 330°) the world is
 * Pacific-centred, as East Asian world maps are: Europe and Africa on the left, the Americas on
 * the right, Russia and Alaska unbroken across the Bering Strait. Pure; no DOM.
 */
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/** West edge of the map's 360° window: a cut in the mid-Atlantic, through no land but Greenland's ice edge, which stays whole. */
export const PACIFIC_WEST = -30;

/** `lon` moved by whole turns into [west, west + 360). */
export function wrapLon(lon: number, west: number = PACIFIC_WEST): number {
  if (lon >= west && lon < west + 360) return lon;
  const x = (((lon - west) % 360) + 360) % 360;
  return west + x;
}

/** A copy of the line with each step under 180° of longitude (antimeridian jumps undone). */
export function unwrapLine(line: readonly Position[]): Position[] {
  const out: Position[] = [];
  let shift = 0;
  let prev: number | undefined;
  for (const p of line) {
    const lon = p[0]!;
    if (prev !== undefined) {
      const d = lon + shift - prev;
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    const x = lon + shift;
    out.push([x, p[1]!]);
    prev = x;
  }
  return out;
}

function midLon(line: readonly Position[]): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of line) {
    if (p[0]! < lo) lo = p[0]!;
    if (p[0]! > hi) hi = p[0]!;
  }
  return (lo + hi) / 2;
}

function shifted(line: Position[], by: number): Position[] {
  return by === 0 ? line : line.map((p) => [p[0]! + by, p[1]!]);
}

/** Move a continuous line whole so the middle of its extent falls in the window. */
function placeLine(line: Position[], west: number): Position[] {
  const mid = midLon(line);
  return shifted(line, wrapLon(mid, west) - mid);
}

/**
 * Each polygon of `geometry` made continuous and moved whole into [west, west + 360); holes go
 * with their polygon. Polygons stay whole: none is cut at the window's edge.
 */
export function toMapWindow(geometry: Polygon | MultiPolygon, west: number = PACIFIC_WEST): MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const out: Position[][][] = [];
  for (const rings of polygons) {
    const [outer, ...holes] = rings;
    if (!outer || outer.length === 0) continue;
    const shell = placeLine(unwrapLine(outer), west);
    const mid = midLon(shell);
    const inner = holes.map((h) => {
      const u = unwrapLine(h);
      const m = midLon(u);
      return shifted(u, Math.round((mid - m) / 360) * 360);
    });
    out.push([shell, ...inner]);
  }
  return { type: 'MultiPolygon', coordinates: out };
}

/** The same for lines (borders, demarcation lines). */
export function linesToMapWindow(lines: MultiLineString, west: number = PACIFIC_WEST): MultiLineString {
  return {
    type: 'MultiLineString',
    coordinates: lines.coordinates.filter((l) => l.length > 0).map((l) => placeLine(unwrapLine(l), west)),
  };
}
