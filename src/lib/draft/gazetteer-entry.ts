import type { Place, PlaceKind } from '../model/types.ts';

/**
 * One place the drafter can find: every name it goes by (current, historical, abbreviations),
 * the adjectives and demonyms that point to it, and what a Place made from it looks like.
 */
export interface GazetteerEntry {
  id: string;
  name: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  /** only ids checked by hand; null when not known for sure */
  wikidata: string | null;
  /** names matched in a text, the display name among them */
  names: string[];
  /** adjectives and demonyms ("Japanese", "Americans") that mean this place */
  demonyms?: string[];
  /** how a place made from this entry is drawn */
  shape?: Place['shape'];
  /** what the place was in 1965 */
  status1965?: string;
  /** ISO 3166-1 alpha-2 of the country a city lies in */
  cc?: string;
  population?: number;
  /** where the entry comes from: hand-curated 1965 states, world-countries, GeoNames cities */
  source: 'curated' | 'countries' | 'geonames';
  note?: string;
}

/** A GeoNames city as the gazetteer file stores it: name, lat, lon, country (alpha-2), population, id when not slug(name). */
export type CityRow = [string, number, number, string, number] | [string, number, number, string, number, string];

/** src/lib/draft/data/gazetteer.json, as scripts/build-gazetteer.ts writes it. */
export interface GazetteerFile {
  about: string;
  places: GazetteerEntry[];
  cities: CityRow[];
}
