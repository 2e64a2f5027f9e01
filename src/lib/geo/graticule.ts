/** A graticule (meridians and parallels every `step` degrees) across the map's 360° window. Pure. */
import type { MultiLineString, Position } from 'geojson';
import { PACIFIC_WEST } from './antimeridian.ts';

export function graticule(step = 15, west: number = PACIFIC_WEST, south = -60, north = 80): MultiLineString {
  const lines: Position[][] = [];
  const first = Math.ceil(west / step) * step;
  for (let lon = first; lon <= west + 360; lon += step) lines.push([[lon, south], [lon, north]]);
  for (let lat = Math.ceil(south / step) * step; lat <= north; lat += step) {
    // parallels are straight in Web Mercator, but a few vertices keep Leaflet's clipping happy
    const line: Position[] = [];
    for (let lon = west; lon <= west + 360; lon += 30) line.push([lon, lat]);
    lines.push(line);
  }
  return { type: 'MultiLineString', coordinates: lines };
}
