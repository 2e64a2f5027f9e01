/**
 * The offline basemap: Natural Earth 1:110m countries (world-atlas) turned into the GeoJSON the
 * map draws, in the map's Pacific-centred longitudes (see antimeridian.ts). Pure: it takes the
 * parsed topology; fetching it is the view's business, so it stays out of the JS bundle.
 */
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Place } from '../model/types.ts';
import { PACIFIC_WEST, linesToMapWindow, toMapWindow } from './antimeridian.ts';
import { clipToLatitude } from './clip-latitude.ts';

export type CountryProps = { name: string };
export type WorldTopology = Topology<{
  countries: GeometryCollection<CountryProps>;
  land: GeometryCollection;
}>;
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProps> & { id: string };
export type PlaceShape = Place['shape'];

/** ISO 3166-1 numeric code of Antarctica: left off the map, which ends at 60°S. */
const ANTARCTICA = '010';

/**
 * Check that parsed JSON is a world-atlas countries topology, at the boundary where it arrives.
 * Throws an error that says what is wrong.
 */
export function asWorldTopology(json: unknown, file = 'countries-110m.json'): WorldTopology {
  const t = json as Partial<WorldTopology> | null;
  if (!t || t.type !== 'Topology' || !Array.isArray(t.arcs)) {
    throw new Error(`${file}: not a TopoJSON topology (expected "type": "Topology" and "arcs")`);
  }
  for (const key of ['countries', 'land'] as const) {
    const o = t.objects?.[key];
    if (!o || o.type !== 'GeometryCollection') {
      throw new Error(`${file}: objects.${key} is missing or not a GeometryCollection; use world-atlas countries-*.json`);
    }
  }
  return t as WorldTopology;
}

/** Every country, as GeoJSON with its ISO numeric code as `id` (raw longitudes, -180…180). */
export function countryFeatures(topology: WorldTopology): CountryFeature[] {
  const fc = feature(topology, topology.objects.countries);
  return fc.features.filter((f): f is CountryFeature => typeof f.id === 'string' && !!f.geometry &&
    (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'));
}

/** ISO codes a shape asks for that the topology lacks (so a record can be checked against the basemap). */
export function missingIsoCodes(codes: readonly string[], topology: WorldTopology): string[] {
  const have = new Set(topology.objects.countries.geometries.map((g) => g.id));
  return codes.filter((c) => !have.has(c));
}

/** All land but Antarctica, in map longitudes: the paper the map is drawn on. */
export function landGeometry(topology: WorldTopology, west: number = PACIFIC_WEST): MultiPolygon {
  const land = feature(topology, topology.objects.land);
  const polygons: Polygon['coordinates'][] = [];
  for (const f of land.features) {
    const g = f.geometry;
    if (g.type === 'Polygon') polygons.push(g.coordinates);
    else if (g.type === 'MultiPolygon') polygons.push(...g.coordinates);
  }
  const north = polygons.filter((rings) => rings[0]?.some((p) => p[1]! > -60));
  return toMapWindow({ type: 'MultiPolygon', coordinates: north }, west);
}

/** Borders between countries (not coasts), in map longitudes. */
export function borderLines(topology: WorldTopology, west: number = PACIFIC_WEST): MultiLineString {
  return linesToMapWindow(mesh(topology, topology.objects.countries, (a, b) => a !== b), west);
}

/**
 * The outline a place's shape names: the union of its countries (shared borders dissolved),
 * cut at a parallel if the shape says so, in map longitudes. Null for points and areas, and
 * when none of the codes is in the topology.
 */
export function outlineFor(shape: PlaceShape, topology: WorldTopology, west: number = PACIFIC_WEST): MultiPolygon | null {
  if (shape.type !== 'countries') return null;
  const want = new Set(shape.iso.filter((c) => c !== ANTARCTICA));
  const parts = topology.objects.countries.geometries.filter(
    (g): g is TopoPolygon<CountryProps> | TopoMultiPolygon<CountryProps> =>
      typeof g.id === 'string' && want.has(g.id) && (g.type === 'Polygon' || g.type === 'MultiPolygon'),
  );
  if (parts.length === 0) return null;
  let outline = toMapWindow(merge(topology, parts), west);
  if (shape.clip) outline = clipToLatitude(outline, shape.clip.side, shape.clip.lat);
  return outline.coordinates.length ? outline : null;
}
