/**
 * The gazetteer as the drafter uses it: entries by id, and every name and demonym by a folded
 * key ("U.S." → "us", "Viet-Nam" → "viet nam", "Genève" → "geneve"), each key with the entries it
 * may mean, best first (curated 1965 entries, then countries, then cities by population).
 */
import { slug } from '../io/slug.ts';
import type { CityRow, GazetteerEntry, GazetteerFile } from './gazetteer-entry.ts';

export interface NameHit {
  entry: GazetteerEntry;
  /** the name or demonym as the gazetteer writes it (its case is checked against the text) */
  form: string;
  how: 'name' | 'demonym';
}

/** Fold a name or a run of words to its lookup key. */
export function nameKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, '')
    .replace(/[-\s]+/g, ' ')
    .trim()
    .toLowerCase();
}

const RANK: Record<GazetteerEntry['source'], number> = { curated: 0, countries: 1, geonames: 2 };

export class Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  readonly byId = new Map<string, GazetteerEntry>();
  private readonly index = new Map<string, NameHit[]>();
  /** the most words any name has: how far a match looks ahead */
  readonly maxWords: number;

  constructor(entries: readonly GazetteerEntry[]) {
    this.entries = entries;
    let maxWords = 1;
    const add = (form: string, entry: GazetteerEntry, how: NameHit['how']) => {
      const key = nameKey(form);
      if (!key) return;
      const list = this.index.get(key) ?? [];
      if (!list.some((h) => h.entry === entry && h.form === form)) list.push({ entry, form, how });
      this.index.set(key, list);
      maxWords = Math.max(maxWords, key.split(' ').length);
    };
    for (const e of entries) {
      this.byId.set(e.id, e);
      for (const n of e.names) add(n, e, 'name');
      for (const d of e.demonyms ?? []) add(d, e, 'demonym');
    }
    for (const list of this.index.values()) {
      list.sort((a, b) => (a.how === b.how ? 0 : a.how === 'name' ? -1 : 1) || RANK[a.entry.source] - RANK[b.entry.source] || (b.entry.population ?? 0) - (a.entry.population ?? 0));
    }
    this.maxWords = maxWords;
  }

  lookup(key: string): readonly NameHit[] {
    return this.index.get(key) ?? [];
  }
}

/** Rows of the file back to entries. */
export function gazetteerFrom(file: GazetteerFile): Gazetteer {
  const cities = file.cities.map(([name, lat, lon, cc, population, id]: CityRow): GazetteerEntry => {
    const folded = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    return { id: id ?? slug(name), name, kind: 'city', lat, lon, wikidata: null, names: folded === name ? [name] : [name, folded], cc, population, source: 'geonames' };
  });
  return new Gazetteer([...file.places, ...cities]);
}

let loading: Promise<Gazetteer> | null = null;

/** The bundled gazetteer, loaded once and only when drafting starts (it is its own chunk). */
export function loadGazetteer(): Promise<Gazetteer> {
  loading ??= import('./data/gazetteer.json').then((m) => gazetteerFrom((m.default ?? m) as unknown as GazetteerFile));
  return loading;
}
