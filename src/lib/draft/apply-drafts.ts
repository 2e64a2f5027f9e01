/**
 * Accepted drafts into the record: a place draft adds its words to the place of the same id or
 * Wikidata id, or makes a new place from the gazetteer entry (marked as drafted, to be checked);
 * a date draft makes an event stated by those words. Returns a new record: the one given is
 * never changed, and the result is validated by the caller before it replaces anything.
 */
import type { ArchivalRecord, HistEvent, Place } from '../model/types.ts';
import { withSortedMentions } from '../io/record-parts.ts';
import { sentenceAround } from '../io/sentence-around.ts';
import { slug, uniqueSlug } from '../io/slug.ts';
import type { PendingPlace } from '../io/import-result.ts';
import type { DateDraft } from './draft-dates.ts';
import type { PlaceDraft } from './draft-places.ts';
import type { GazetteerEntry } from './gazetteer-entry.ts';
import { nameKey, type Gazetteer } from './gazetteer.ts';

/** A place of the record made from a gazetteer entry. */
export function placeFromEntry(entry: GazetteerEntry, gazetteer?: Gazetteer): Place {
  const country = entry.cc && gazetteer ? gazetteer.entries.find((e) => e.kind === 'country' && e.cc === entry.cc) : undefined;
  const shape: Place['shape'] =
    entry.shape ?? (entry.kind === 'city' || entry.kind === 'district' ? { type: 'point' } : { type: 'area', radiusKm: entry.kind === 'continent' ? 3000 : 500 });
  const from = entry.source === 'geonames' ? 'GeoNames' : entry.source === 'countries' ? 'world-countries' : 'the curated 1965 gazetteer';
  return {
    id: entry.id,
    name: entry.name,
    kind: entry.kind,
    lat: entry.lat,
    lon: entry.lon,
    wikidata: entry.wikidata,
    shape,
    status1965: entry.status1965 ?? (country ? `${entry.kind === 'city' ? 'City' : 'Place'} in ${country.name} (drafted; check its 1965 status)` : 'Drafted from the gazetteer; check its 1965 status'),
    note: [`Drafted from ${from}; check the point and the identification.`, entry.note].filter(Boolean).join(' '),
    mentions: [],
  };
}

export function applyPlaceDrafts(record: ArchivalRecord, accepted: PlaceDraft[], gazetteer?: Gazetteer): ArchivalRecord {
  const places = record.places.map((p) => ({ ...p, mentions: [...p.mentions] }));
  const ids = new Set([...record.places, ...record.events, ...(record.people ?? [])].map((e) => e.id));
  for (const d of accepted) {
    let place = places.find((p) => p.id === d.entry.id || (d.entry.wikidata !== null && p.wikidata === d.entry.wikidata));
    if (!place) {
      place = placeFromEntry(d.entry, gazetteer);
      place.id = uniqueSlug(place.id, ids);
      places.push(place);
    }
    if (!place.mentions.some((m) => m.paragraph === d.mention.paragraph && m.start === d.mention.start && m.end === d.mention.end)) place.mentions.push(d.mention);
  }
  return withSortedMentions({ ...record, places });
}

export function applyDateDrafts(record: ArchivalRecord, accepted: DateDraft[]): ArchivalRecord {
  const ids = new Set([...record.places, ...record.events, ...(record.people ?? [])].map((e) => e.id));
  const texts = new Map([...record.front, ...record.paragraphs, ...record.back].map((p) => [p.id, p.text]));
  const events: HistEvent[] = accepted.map((d) => {
    const title = sentenceAround(texts.get(d.mention.paragraph) ?? d.mention.exact, d.mention.start, d.mention.end);
    return {
      id: uniqueSlug(slug(title.split(/\s+/).slice(0, 6).join(' '), 'event'), ids),
      title,
      when: d.when,
      modality: d.modality,
      places: [],
      basis: 'text',
      source: `Drafted: ${d.reading}.`,
      mentions: [d.mention],
    };
  });
  return withSortedMentions({ ...record, events: [...record.events, ...events] });
}

/** Places a file named but did not locate, found in the gazetteer by Wikidata id or name. */
export function draftsForPending(pending: PendingPlace[], gazetteer: Gazetteer): { drafts: PlaceDraft[]; unresolved: PendingPlace[] } {
  const drafts: PlaceDraft[] = [];
  const unresolved: PendingPlace[] = [];
  for (const p of pending) {
    const byWikidata = p.wikidata ? gazetteer.entries.find((e) => e.wikidata === p.wikidata) : undefined;
    const hits = gazetteer.lookup(nameKey(p.name)).map((h) => h.entry);
    const entry = byWikidata ?? hits[0];
    if (!entry) {
      unresolved.push(p);
      continue;
    }
    for (const m of p.mentions) drafts.push({ key: `place:${m.paragraph}:${m.start}`, mention: m, entry, alternatives: hits.filter((e) => e !== entry).slice(0, 5), how: 'name' });
  }
  return { drafts, unresolved };
}
