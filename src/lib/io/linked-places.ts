/**
 * Linked Places Format (LPF, GeoJSON-LD as the World Historical Gazetteer reads it). It carries a
 * place's id, name, kind, point, Wikidata link, its 1965 status and note (as descriptions), not
 * its map shape nor its mentions: imported, a place gets a point shape and no mentions.
 */
import type { ArchivalRecord, Place } from '../model/types.ts';
import { pointOf, type PlaceLayer } from './geojson.ts';
import { guard, problem, type ImportProblem, type Imported } from './import-result.ts';
import { parseJson } from './import-record-json.ts';
import { NOT_STATED } from './import-text.ts';
import { slug } from './slug.ts';
import { arr, obj, str } from './json-shape.ts';
import type { Geometry } from 'geojson';

export const LPF_CONTEXT = 'https://raw.githubusercontent.com/LinkedPasts/linked-places-format/main/linkedplaces-context-v1.1.jsonld';

interface LpfFeature {
  '@id': string;
  type: 'Feature';
  properties: { title: string; ccodes?: string[] };
  geometry: Geometry;
  names: { toponym: string; citations?: { label: string }[] }[];
  types: { label: string }[];
  links: { type: string; identifier: string }[];
  descriptions: { value: string; lang?: string }[];
}

/** `base` is the IRI the place ids hang from (a URN when the record has no web address). */
export function exportLinkedPlaces(record: ArchivalRecord, base = `urn:x-record:${record.id}/`): string {
  const features: LpfFeature[] = record.places.map((p) => ({
    '@id': `${base}places/${p.id}`,
    type: 'Feature',
    properties: { title: p.name },
    geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    names: [{ toponym: p.name, citations: [{ label: record.citation }] }],
    types: [{ label: p.kind }],
    links: p.wikidata ? [{ type: 'closeMatch', identifier: `wd:${p.wikidata}` }] : [],
    descriptions: [{ value: p.status1965, lang: record.language ?? 'en' }, ...(p.note !== undefined ? [{ value: p.note, lang: record.language ?? 'en' }] : [])],
  }));
  return JSON.stringify({ '@context': LPF_CONTEXT, type: 'FeatureCollection', features }, null, 2) + '\n';
}

const KINDS = new Set(['city', 'district', 'country', 'region', 'continent']);

export function importLinkedPlaces(text: string, file: string): Imported<PlaceLayer> {
  return guard(file, () => {
    const parsed = parseJson(text, file);
    if (!parsed.ok) return parsed;
    const fc = parsed.json as { type?: string; features?: Partial<LpfFeature>[] };
    if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
      return problem(file, 'type', 'must be "FeatureCollection" with a "features" array (Linked Places Format)');
    }
    const problems: ImportProblem[] = [];
    const places: Place[] = fc.features.flatMap((raw, i): Place[] => {
      // untyped file: read each field only when it has the type LPF gives it
      const f = obj(raw) ?? {};
      const name = str(obj(f.properties)?.title) ?? str(obj(arr(f.names)[0])?.toponym) ?? '';
      const pt = pointOf(f.geometry as LpfFeature['geometry']);
      if (!name) problems.push({ file, field: `features[${i}].properties.title`, message: 'is missing; every place needs a title' });
      if (!pt) problems.push({ file, field: `features[${i}].geometry`, message: 'has no coordinates; give a Point [longitude, latitude]' });
      if (!name || !pt) return [];
      const idFromIri = /([a-z0-9][a-z0-9-]*)$/.exec(str(f['@id']) ?? '')?.[1];
      const wd = arr(f.links).map((l) => /^(?:wd:|https?:\/\/(?:www\.)?wikidata\.org\/(?:wiki|entity)\/)(Q[1-9][0-9]*)$/.exec(str(obj(l)?.identifier) ?? '')?.[1]).find(Boolean);
      const kind = arr(f.types).map((t) => str(obj(t)?.label)).find((l) => l !== undefined && KINDS.has(l));
      const [status, note] = arr(f.descriptions).map((d) => str(obj(d)?.value)).filter((d) => d !== undefined);
      return [{
        id: idFromIri ?? slug(name, 'place'),
        name,
        kind: (kind ?? 'city') as Place['kind'],
        lat: pt[1],
        lon: pt[0],
        wikidata: wd ?? null,
        shape: { type: 'point' },
        status1965: status ?? NOT_STATED,
        ...(note !== undefined ? { note } : {}),
        mentions: [],
      }];
    });
    if (problems.length) return { ok: false, problems };
    return { ok: true, value: { places }, notes: [] };
  });
}
