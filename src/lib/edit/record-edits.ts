/**
 * Edits of a record, as pure functions: each returns a new record and leaves the one given as it
 * was (the editor keeps the old one for undo). The editor validates the result before it is
 * shown, so an edit that would break the record is refused whole.
 */
import { anchor } from '../model/anchor.ts';
import type { ArchivalRecord, EntityKind, HistEvent, Mention, Place } from '../model/types.ts';
import { withSortedMentions } from '../io/record-parts.ts';
import { slug, uniqueSlug } from '../io/slug.ts';
import { modalityOf } from '../io/modality-of.ts';
import { clampLat, handMovedNote, normLon, roundTo, type HandMove } from './coords.ts';

export interface Span {
  part: string;
  start: number;
  end: number;
}

/** The full selector for some words of a text part. */
export function mentionAt(record: ArchivalRecord, span: Span): Mention {
  const part = [...record.front, ...record.paragraphs, ...record.back].find((p) => p.id === span.part);
  if (!part) throw new Error(`no text part "${span.part}"`);
  return anchor(part.id, part.text, part.text.slice(span.start, span.end), { from: span.start });
}

const takenIds = (r: ArchivalRecord) => new Set([...r.places, ...r.events, ...(r.people ?? []), ...(r.lines ?? [])].map((e) => e.id));

/** Add words to the mentions of an existing place, event or person. */
export function addMention(record: ArchivalRecord, kind: EntityKind, id: string, span: Span): ArchivalRecord {
  const m = mentionAt(record, span);
  const add = <T extends { id: string; mentions: Mention[] }>(e: T): T =>
    e.id !== id || e.mentions.some((x) => x.paragraph === m.paragraph && x.start === m.start && x.end === m.end) ? e : { ...e, mentions: [...e.mentions, m] };
  return withSortedMentions({
    ...record,
    places: kind === 'place' ? record.places.map(add) : record.places,
    events: kind === 'event' ? record.events.map(add) : record.events,
    ...(record.people ? { people: kind === 'person' ? record.people.map(add) : record.people } : {}),
  });
}

export type NewPlace = Omit<Place, 'id' | 'mentions'> & { id?: string };

/** A new place, named by the words selected; returns the record and the new place's id. */
export function addPlace(record: ArchivalRecord, place: NewPlace, span?: Span): { record: ArchivalRecord; id: string } {
  const id = uniqueSlug(place.id ?? slug(place.name, 'place'), takenIds(record));
  const p: Place = { ...place, id, mentions: span ? [mentionAt(record, span)] : [] };
  return { record: { ...record, places: [...record.places, p] }, id };
}

/** A new event stated by the words selected. */
export function addEvent(record: ArchivalRecord, ev: { title: string; when: string; places?: string[] }, span: Span): { record: ArchivalRecord; id: string } {
  const id = uniqueSlug(slug(ev.title.split(/\s+/).slice(0, 6).join(' '), 'event'), takenIds(record));
  const e: HistEvent = { id, title: ev.title, when: ev.when, modality: modalityOf(ev.when, record.date), places: ev.places ?? [], basis: 'text', mentions: [mentionAt(record, span)] };
  return { record: { ...record, events: [...record.events, e] }, id };
}

/**
 * Move a place's point: coordinates typed (rounded to about a metre), or a marker dragged or
 * nudged on the map (rounded to what the zoom it was placed at resolves; see coords.ts). Without
 * `how` the note is left alone; with it the note says the point was corrected by hand, and how.
 */
export function movePlace(record: ArchivalRecord, id: string, lat: number, lon: number, how?: HandMove): ArchivalRecord {
  // the map's longitudes run past 180° (antimeridian.ts): a point placed there comes back into range;
  // typed numbers are taken as typed (out of range, the validator refuses them and says why)
  const onMap = how?.how === 'map';
  const d = onMap ? how.decimals : 5;
  const la = roundTo(onMap ? clampLat(lat) : lat, d);
  const lo = roundTo(onMap ? normLon(lon) : lon, d);
  return {
    ...record,
    places: record.places.map((p) => (p.id === id ? { ...p, lat: la, lon: lo, ...(how ? { note: handMovedNote(p.note, how) } : {}) } : p)),
  };
}

export function setEventWhen(record: ArchivalRecord, id: string, when: string): ArchivalRecord {
  return { ...record, events: record.events.map((e) => (e.id === id ? { ...e, when } : e)) };
}

/** Remove one mention (by its place in the entity's list). */
export function removeMention(record: ArchivalRecord, kind: EntityKind, id: string, index: number): ArchivalRecord {
  const drop = <T extends { id: string; mentions: Mention[] }>(e: T): T => (e.id === id ? { ...e, mentions: e.mentions.filter((_, i) => i !== index) } : e);
  return {
    ...record,
    places: kind === 'place' ? record.places.map(drop) : record.places,
    events: kind === 'event' ? record.events.map(drop) : record.events,
    ...(record.people ? { people: kind === 'person' ? record.people.map(drop) : record.people } : {}),
  };
}
