/**
 * Places (and the period's lines) as GeoJSON (RFC 7946): one Point feature a place, [lon, lat],
 * everything else of the place in `properties` (its map shape, its mentions), one LineString a
 * line. A GeoJSON file has no text of its own: imported, its places join a record already loaded.
 */
import type { Feature, FeatureCollection, Geometry, LineString, Point } from 'geojson';
import type { DemarcationLine, Place } from '../model/types.ts';
import type { ArchivalRecord } from '../model/types.ts';
import { guard, problem, type ImportProblem, type Imported } from './import-result.ts';
import { parseJson } from './import-record-json.ts';
import { NOT_STATED } from './import-text.ts';
import { slug, uniqueSlug } from './slug.ts';
import { arr, obj, position, str } from './json-shape.ts';

export interface PlaceLayer {
  places: Place[];
  lines?: DemarcationLine[];
}

export function exportGeoJson(record: ArchivalRecord): string {
  const places: Feature<Point>[] = record.places.map(({ lat, lon, ...rest }) => ({
    type: 'Feature',
    id: rest.id,
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { featureType: 'place', ...rest },
  }));
  const lines: Feature<LineString>[] = (record.lines ?? []).map(({ coords, ...rest }) => ({
    type: 'Feature',
    id: rest.id,
    geometry: { type: 'LineString', coordinates: coords.map(([lat, lon]) => [lon, lat]) },
    properties: { featureType: 'line', ...rest },
  }));
  const fc: FeatureCollection & { record: { id: string; title: string } } = {
    type: 'FeatureCollection',
    record: { id: record.id, title: record.title },
    features: [...places, ...lines],
  };
  return JSON.stringify(fc, null, 2) + '\n';
}

const KINDS = new Set(['city', 'district', 'country', 'region', 'continent']);

/** A representative point of any geometry: the point itself, else the middle of its bounds. */
export function pointOf(g: Geometry | null | undefined, depth = 0): [number, number] | null {
  // a file's geometry is untyped: every level is checked, nested collections only so deep
  const geo = obj(g);
  if (!geo || depth > 8) return null;
  if (geo.type === 'Point') return position(geo.coordinates);
  if (geo.type === 'GeometryCollection') {
    for (const part of arr(geo.geometries)) {
      const p = pointOf(part as Geometry, depth + 1);
      if (p) return p;
    }
    return null;
  }
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  const visit = (c: unknown, d: number): void => {
    const p = position(c);
    if (p) {
      x0 = Math.min(x0, p[0]); x1 = Math.max(x1, p[0]);
      y0 = Math.min(y0, p[1]); y1 = Math.max(y1, p[1]);
    } else if (Array.isArray(c) && d < 6) for (const x of c) visit(x, d + 1);
  };
  visit(geo.coordinates, 0);
  return x0 <= x1 ? [(x0 + x1) / 2, (y0 + y1) / 2] : null;
}

export function importGeoJson(text: string, file: string): Imported<PlaceLayer> {
  return guard(file, () => {
    const parsed = parseJson(text, file);
    if (!parsed.ok) return parsed;
    const fc = parsed.json as Partial<FeatureCollection>;
    if (!fc || typeof fc !== 'object' || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
      return problem(file, 'type', 'must be "FeatureCollection" with a "features" array (RFC 7946)');
    }
    const problems: ImportProblem[] = [];
    const notes: string[] = [];
    const places: Place[] = [];
    const lines: DemarcationLine[] = [];
    const ids = new Set<string>();
    fc.features.forEach((f, i) => {
      const at = `features[${i}]`;
      const props = obj(f?.properties) ?? {};
      const name = (str(props.name) ?? str(props.title) ?? str(props.toponym) ?? '').trim();
      const geometry = obj(f?.geometry);
      if (props.featureType === 'line' || geometry?.type === 'LineString') {
        const coords = geometry?.type === 'LineString' ? arr(geometry.coordinates).flatMap((c) => {
          const p = position(c);
          return p ? [[p[1], p[0]] as [number, number]] : [];
        }) : [];
        const { featureType: _f, ...line } = props;
        lines.push({ ...line, id: str(props.id) ?? str(f.id) ?? uniqueSlug(slug(name, 'line'), ids), name, coords } as DemarcationLine);
        return;
      }
      const pt = pointOf(f?.geometry);
      if (!pt) {
        problems.push({ file, field: `${at}.geometry`, message: 'has no coordinates; give a Point [longitude, latitude]' });
        return;
      }
      if (f.geometry?.type !== 'Point') notes.push(`${at}: a ${f.geometry?.type} is placed at the middle of its bounds`);
      if (!name) problems.push({ file, field: `${at}.properties.name`, message: 'is missing; every place needs a name' });
      const [lon, lat] = pt;
      const id = str(props.id) ?? str(f.id) ?? slug(name, 'place');
      ids.add(id);
      const { featureType: _t, name: _n, title: _ti, toponym: _to, id: _i, ...rest } = props;
      places.push({
        id,
        name,
        kind: (KINDS.has(String(props.kind)) ? props.kind : 'city') as Place['kind'],
        lat,
        lon,
        wikidata: typeof props.wikidata === 'string' ? props.wikidata : null,
        shape: (props.shape as Place['shape']) ?? { type: 'point' },
        status1965: typeof props.status1965 === 'string' ? props.status1965 : NOT_STATED,
        ...(typeof rest.note === 'string' ? { note: rest.note } : {}),
        mentions: Array.isArray(props.mentions) ? (props.mentions as Place['mentions']) : [],
      });
    });
    if (problems.length) return { ok: false, problems };
    return { ok: true, value: { places, ...(lines.length ? { lines } : {}) }, notes };
  });
}

/** The record with these places added, or replacing the places of the same id (lines likewise). */
export function mergePlaces(record: ArchivalRecord, layer: PlaceLayer): ArchivalRecord {
  const byId = new Map(layer.places.map((p) => [p.id, p]));
  const places = [...record.places.map((p) => byId.get(p.id) ?? p), ...layer.places.filter((p) => !record.places.some((q) => q.id === p.id))];
  const out: ArchivalRecord = { ...record, places };
  if (layer.lines) {
    const lineById = new Map(layer.lines.map((l) => [l.id, l]));
    const old = record.lines ?? [];
    out.lines = [...old.map((l) => lineById.get(l.id) ?? l), ...layer.lines.filter((l) => !old.some((q) => q.id === l.id))];
  }
  return out;
}
