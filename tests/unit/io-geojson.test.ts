import { describe, expect, it } from 'vitest';
import { exportGeoJson, importGeoJson, mergePlaces } from '../../src/lib/io/geojson.ts';
import { exportLinkedPlaces, importLinkedPlaces } from '../../src/lib/io/linked-places.ts';
import { bundled, fixture } from './io-fixtures.ts';

describe('GeoJSON', () => {
  it('exports RFC 7946 points as [longitude, latitude], and lines as LineStrings', () => {
    const fc = JSON.parse(exportGeoJson(bundled()));
    const py = fc.features.find((f: { id: string }) => f.id === 'pyongyang');
    expect(py.geometry).toEqual({ type: 'Point', coordinates: [125.7381, 39.0194] });
    expect(py.properties).toMatchObject({ featureType: 'place', name: 'Pyongyang', wikidata: 'Q18808' });
    const mdl = fc.features.find((f: { id: string }) => f.id === 'korean-mdl');
    expect(mdl.geometry.type).toBe('LineString');
    expect(mdl.geometry.coordinates[0]).toEqual([126.68, 37.77]);
  });

  it('imports plain GeoJSON: names, Wikidata, and a polygon placed at the middle of its bounds', () => {
    const r = importGeoJson(fixture('places.geojson'), 'places.geojson');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.places.map((p) => [p.id, p.lat, p.lon, p.wikidata])).toEqual([
      ['hanoi', 21.0278, 105.8342, 'Q1858'],
      ['korea', 40, 127.5, null],
    ]);
    expect(r.notes[0]).toMatch(/features\[1\]: a Polygon/);
  });

  it('rejects a feature with no geometry, naming it', () => {
    const r = importGeoJson(fixture('bad.geojson'), 'bad.geojson');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ file: 'bad.geojson', field: 'features[0].geometry' });
  });

  it('rejects JSON that is not a FeatureCollection', () => {
    const r = importGeoJson('{"type":"Feature"}', 'f.geojson');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.field).toBe('type');
  });

  it('round trip: places and lines come back whole (shape and mentions included)', () => {
    const record = bundled();
    const r = importGeoJson(exportGeoJson(record), 'x.geojson');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.places).toEqual(record.places);
    expect(r.value.lines).toEqual(record.lines);
    expect(mergePlaces({ ...record, places: [], lines: [] }, r.value)).toEqual(record);
  });
});

describe('Linked Places Format', () => {
  it('exports the context, a Wikidata closeMatch, the kind and the 1965 status', () => {
    const lpf = JSON.parse(exportLinkedPlaces(bundled()));
    expect(lpf['@context']).toMatch(/linkedplaces-context/);
    const py = lpf.features.find((f: { '@id': string }) => f['@id'].endsWith('/places/pyongyang'));
    expect(py.links).toEqual([{ type: 'closeMatch', identifier: 'wd:Q18808' }]);
    expect(py.types).toEqual([{ label: 'city' }]);
    expect(py.descriptions[0].value).toBe('Capital of the DPRK');
  });

  it('imports a WHG-style feature: id from its IRI, point from a GeometryCollection, Wikidata from links', () => {
    const r = importLinkedPlaces(fixture('places.lpf.jsonld'), 'places.lpf.jsonld');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.places[0]).toMatchObject({ id: 'saigon', name: 'Saigon', lat: 10.78, lon: 106.7, wikidata: 'Q1854', kind: 'city', status1965: 'Capital of the Republic of Vietnam' });
  });

  it('round trip keeps all but shape and mentions', () => {
    const record = bundled();
    const r = importLinkedPlaces(exportLinkedPlaces(record), 'x.jsonld');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.places).toEqual(record.places.map((p) => ({ ...p, shape: { type: 'point' }, mentions: [] })));
  });

  it('rejects a feature without a title, naming it', () => {
    const r = importLinkedPlaces('{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},"properties":{}}]}', 'x.jsonld');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.field).toBe('features[0].properties.title');
  });
});
