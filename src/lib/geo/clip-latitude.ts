/**
 * Keep the part of a (Multi)Polygon north or south of a parallel: Vietnam south of the 17th
 * parallel is the Republic of Vietnam of 1965. Each ring is clipped against the half-plane as in
 * Sutherland–Hodgman, but the pieces are then re-joined along the parallel instead of being
 * bridged, so a shape that leaves and re-enters the half-plane becomes separate polygons with
 * no zero-width seams for a stroke to trace. Pure; longitudes must be continuous (see
 * antimeridian.ts), since the pieces are ordered along the parallel by longitude.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { pointInPolygon } from './point-in-polygon.ts';

export type Side = 'north' | 'south';

interface Chain {
  points: Position[];
}

interface Crossing {
  lon: number;
  chain: number;
  entry: boolean;
}

/** Signed area in squared degrees (shoelace); sign depends on winding. */
export function ringArea(ring: readonly Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += (ring[j]![0]! * ring[i]![1]!) - (ring[i]![0]! * ring[j]![1]!);
  }
  return a / 2;
}

function openRing(ring: readonly Position[]): Position[] {
  const pts = ring.slice();
  const first = pts[0];
  const last = pts[pts.length - 1];
  if (pts.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) pts.pop();
  return pts;
}

function closeRing(pts: Position[]): Position[] {
  return pts.length ? [...pts, pts[0]!] : pts;
}

/** A ring worth drawing: three distinct corners and some area. */
function isSolid(ring: readonly Position[]): boolean {
  return ring.length >= 4 && Math.abs(ringArea(ring)) > 1e-12;
}

export function clipToLatitude(geometry: Polygon | MultiPolygon, side: Side, lat: number): MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const out: Position[][][] = [];
  for (const rings of polygons) out.push(...clipPolygon(rings, side, lat));
  return { type: 'MultiPolygon', coordinates: out };
}

function clipPolygon(rings: readonly (readonly Position[])[], side: Side, lat: number): Position[][][] {
  const keep = side === 'south' ? (y: number) => y < lat : (y: number) => y > lat;
  const cross = (a: Position, b: Position): Position => {
    const t = (lat - a[1]!) / (b[1]! - a[1]!);
    return [a[0]! + t * (b[0]! - a[0]!), lat];
  };

  const chains: Chain[] = [];
  const crossings: Crossing[] = [];
  let wholeOuter: Position[] | null = null;
  const wholeHoles: Position[][] = [];

  for (let r = 0; r < rings.length; r++) {
    // Wind the outer ring one way and holes the other, whatever the input did: the re-joining
    // below relies on it.
    let pts = openRing(rings[r]!);
    if ((ringArea(pts) > 0) !== (r === 0)) pts = pts.reverse();
    const kept = pts.map((p) => keep(p[1]!));
    if (kept.every(Boolean)) {
      if (r === 0) wholeOuter = closeRing(pts);
      else wholeHoles.push(closeRing(pts));
      continue;
    }
    if (!kept.some(Boolean)) continue;
    // Start outside, so every chain that begins inside the walk also ends inside it.
    const start = kept.indexOf(false);
    const n = pts.length;
    let chain: Position[] | null = null;
    for (let k = 0; k < n; k++) {
      const i = (start + k) % n;
      const j = (i + 1) % n;
      const a = pts[i]!;
      const b = pts[j]!;
      const ka = kept[i]!;
      const kb = kept[j]!;
      if (!ka && kb) {
        const p = cross(a, b);
        chain = [p, b];
        crossings.push({ lon: p[0]!, chain: chains.length, entry: true });
      } else if (ka && kb) {
        chain?.push(b);
      } else if (ka && !kb && chain) {
        const p = cross(a, b);
        chain.push(p);
        crossings.push({ lon: p[0]!, chain: chains.length, entry: false });
        chains.push({ points: chain });
        chain = null;
      }
    }
  }

  // An outer ring wholly kept keeps its holes, which lie inside it.
  if (wholeOuter) return isSolid(wholeOuter) ? [[wholeOuter, ...wholeHoles.filter(isSolid)]] : [];

  // Along the parallel, the polygon's inside lies between crossings 0–1, 2–3, …: each exit
  // continues at the entry it is paired with.
  crossings.sort((a, b) => a.lon - b.lon);
  const next = chains.map((_, i) => i);
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    const a = crossings[i]!;
    const b = crossings[i + 1]!;
    if (!a.entry && b.entry) next[a.chain] = b.chain;
    else if (a.entry && !b.entry) next[b.chain] = a.chain;
  }
  const outers: Position[][] = [];
  const seen = new Set<number>();
  for (let c = 0; c < chains.length; c++) {
    if (seen.has(c)) continue;
    const ring: Position[] = [];
    let k = c;
    while (!seen.has(k)) {
      seen.add(k);
      ring.push(...chains[k]!.points);
      k = next[k]!;
    }
    const closed = closeRing(ring);
    if (isSolid(closed)) outers.push(closed);
  }
  const result: Position[][][] = outers.map((o) => [o]);
  for (const hole of wholeHoles) {
    const owner = result.find((p) => pointInPolygon(hole[0] as [number, number], [p[0]!]));
    if (owner && isSolid(hole)) owner.push(hole);
  }
  return result;
}
