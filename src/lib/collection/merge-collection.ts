/**
 * A collection of validated records seen as one: the map and timeline show every record's places
 * and events at once. Places (and people) with the same Wikidata id become one, with mentions
 * from every record that names them; everything else keeps its record in its id ("rec:event"),
 * since ids are unique only within a record. A collection of one record is that record itself,
 * ids unchanged, so its links and behaviour are exactly the single record's. Pure.
 */
import type { ArchivalRecord, EntityKind, HistEvent, Mention, Paragraph, Part, Person, Place, SelectionKind } from '../model/types.ts';

/** Where a merged id comes from: one record's own id for it. */
export interface Origin {
  record: string;
  local: string;
}

/** A record's text parts with collection-wide ids, as the reader shows them. */
export interface RecordText {
  front: Part[];
  paragraphs: Paragraph[];
  back: Part[];
}

export interface Collection {
  id: string;
  title: string;
  /** the records as loaded, in manifest order */
  records: readonly ArchivalRecord[];
  /** everything as one record: the map, timeline and lists read this */
  merged: ArchivalRecord;
  /** record id → its parts, with merged ids */
  texts: ReadonlyMap<string, RecordText>;
  /** merged id → the records it comes from, first the one whose data it keeps */
  origins: Readonly<Record<SelectionKind, ReadonlyMap<string, readonly Origin[]>>>;
  /** merged id of a record's own id */
  idOf(kind: SelectionKind, record: string, local: string): string | null;
}

export const SEPARATOR = ':';

/** Build the collection; `records` must each have passed validateRecord, with unique ids. */
export function mergeCollection(id: string, title: string, records: readonly ArchivalRecord[]): Collection {
  if (records.length === 0) throw new Error('a collection needs at least one record');
  const single = records.length === 1;
  const q = (record: string, local: string) => (single ? local : `${record}${SEPARATOR}${local}`);
  const origins = {
    place: new Map<string, Origin[]>(),
    event: new Map<string, Origin[]>(),
    person: new Map<string, Origin[]>(),
    paragraph: new Map<string, Origin[]>(),
  };
  /** kind → record → its own id → merged id (nested maps: no key strings to build, 50,000 times) */
  const alias = { place: new Map<string, Map<string, string>>(), event: new Map<string, Map<string, string>>(), person: new Map<string, Map<string, string>>(), paragraph: new Map<string, Map<string, string>>() };
  const note = (kind: SelectionKind, merged: string, record: string, local: string) => {
    let m = alias[kind].get(record);
    if (!m) alias[kind].set(record, (m = new Map()));
    m.set(local, merged);
    const list = origins[kind].get(merged);
    if (list) list.push({ record, local });
    else origins[kind].set(merged, [{ record, local }]);
  };
  const idOf = (kind: SelectionKind, record: string, local: string) => alias[kind].get(record)?.get(local) ?? null;

  const texts = new Map<string, RecordText>();
  if (single) {
    const r = records[0]!;
    texts.set(r.id, { front: r.front, paragraphs: r.paragraphs, back: r.back });
    for (const p of [...r.front, ...r.paragraphs, ...r.back]) note('paragraph', p.id, r.id, p.id);
    for (const p of r.places) note('place', p.id, r.id, p.id);
    for (const e of r.events) note('event', e.id, r.id, e.id);
    for (const p of r.people ?? []) note('person', p.id, r.id, p.id);
    return { id, title, records, merged: r, texts, origins, idOf };
  }

  const places = new Map<string, Place>();
  const people = new Map<string, Person>();
  const events: HistEvent[] = [];
  const lines = new Map<string, NonNullable<ArchivalRecord['lines']>[number]>();
  const front: Part[] = [];
  const paragraphs: Paragraph[] = [];
  const back: Part[] = [];
  const byWikidata = { place: new Map<string, string>(), person: new Map<string, string>() };

  const mentions = (r: ArchivalRecord, list: readonly Mention[]): Mention[] =>
    list.map((m) => ({ paragraph: q(r.id, m.paragraph), exact: m.exact, prefix: m.prefix, suffix: m.suffix, start: m.start, end: m.end }));

  /** One place or person per Wikidata id: the first record's data, every record's mentions. */
  function merge<T extends Place | Person>(kind: 'place' | 'person', into: Map<string, T>, r: ArchivalRecord, item: T) {
    const shared = item.wikidata ? byWikidata[kind].get(item.wikidata) : undefined;
    if (shared) {
      const prior = into.get(shared)!;
      into.set(shared, { ...prior, mentions: [...prior.mentions, ...mentions(r, item.mentions)] });
      note(kind, shared, r.id, item.id);
      return;
    }
    const merged = q(r.id, item.id);
    if (item.wikidata) byWikidata[kind].set(item.wikidata, merged);
    into.set(merged, { ...item, id: merged, mentions: mentions(r, item.mentions) });
    note(kind, merged, r.id, item.id);
  }

  for (const r of records) {
    const part = <T extends Part | Paragraph>(p: T): T => {
      note('paragraph', q(r.id, p.id), r.id, p.id);
      return { ...p, id: q(r.id, p.id) };
    };
    const text: RecordText = { front: r.front.map(part), paragraphs: r.paragraphs.map(part), back: r.back.map(part) };
    texts.set(r.id, text);
    front.push(...text.front);
    paragraphs.push(...text.paragraphs);
    back.push(...text.back);
    for (const p of r.places) merge('place', places, r, p);
    for (const p of r.people ?? []) merge('person', people, r, p);
    for (const e of r.events) {
      const merged = q(r.id, e.id);
      note('event', merged, r.id, e.id);
      const ev: HistEvent = {
        ...e,
        id: merged,
        places: e.places.map((p) => idOf('place', r.id, p)!),
        mentions: mentions(r, e.mentions),
      };
      if (e.people) ev.people = e.people.map((p) => idOf('person', r.id, p)!);
      events.push(ev);
    }
    // a line of the period (the same id in two records) is drawn once
    for (const l of r.lines ?? []) if (!lines.has(l.id)) lines.set(l.id, l);
  }

  const first = records[0]!;
  const merged: ArchivalRecord = {
    id,
    title,
    date: first.date,
    archive: first.archive,
    citation: first.citation,
    obtainedBy: [],
    translatedBy: [],
    rights: first.rights,
    front,
    paragraphs,
    back,
    places: [...places.values()],
    events,
    people: [...people.values()],
    lines: [...lines.values()],
  };
  return { id, title, records, merged, texts, origins, idOf };
}

/** The record a merged id belongs to, preferring `current` when the thing is in it too. */
export function recordOf(c: Collection, kind: SelectionKind, id: string, current?: string): string | null {
  const list = c.origins[kind].get(id);
  if (!list?.length) return null;
  if (current && list.some((o) => o.record === current)) return current;
  return list[0]!.record;
}

/** A merged id in a record's own terms (for links): the `current` record's id when it has one. */
export function localOf(c: Collection, kind: SelectionKind, id: string, current?: string): Origin | null {
  const list = c.origins[kind].get(id);
  if (!list?.length) return null;
  return (current && list.find((o) => o.record === current)) || list[0]!;
}

/** The kinds that can be shared between records (merged by Wikidata id). */
export const SHARED_KINDS: readonly EntityKind[] = ['place', 'person'];
