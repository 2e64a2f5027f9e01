/**
 * Look-ups over one validated record, built once when it loads: by id, mentions by text part,
 * events by place, time spans by event, and what a selection touches (its "focus").
 */
import { toTimeSpan, type TimeSpan } from './time-span.ts';
import type {
  ArchivalRecord, EntityKind, HistEvent, Mention, Paragraph, Part, Person, Place, Ref,
} from './types.ts';

/** One mention with the thing it mentions; `key` is stable: "kind/id/index". */
export interface MentionRef {
  key: string;
  kind: EntityKind;
  id: string;
  mention: Mention;
}

/** Everything one selection (or hover) reaches in the three views. */
export interface Focus {
  places: ReadonlySet<string>;
  events: ReadonlySet<string>;
  people: ReadonlySet<string>;
  paragraphs: ReadonlySet<string>;
  mentions: ReadonlySet<string>;
}

export const EMPTY_FOCUS: Focus = Object.freeze({
  places: new Set<string>(),
  events: new Set<string>(),
  people: new Set<string>(),
  paragraphs: new Set<string>(),
  mentions: new Set<string>(),
});

export class RecordIndex {
  readonly record: ArchivalRecord;
  readonly places = new Map<string, Place>();
  readonly events = new Map<string, HistEvent>();
  readonly people = new Map<string, Person>();
  /** body paragraphs, front and back parts, by id */
  readonly parts = new Map<string, Paragraph | Part>();
  readonly paragraphByNumber = new Map<number, Paragraph>();
  /** mentions in each text part, in reading order */
  readonly mentionsByPart: PartMentions;
  readonly eventsByPlace = new Map<string, string[]>();
  readonly eventsByPerson = new Map<string, string[]>();
  readonly spans = new Map<string, TimeSpan>();
  /**
   * The earliest and latest known instants of all the events (empty when none is dated), found
   * while the spans are made: the timeline's domain starts from them (timeDomain), so its first
   * render need not read 10,000 spans again.
   */
  readonly extent: number[] = [];

  constructor(record: ArchivalRecord) {
    this.record = record;
    for (const p of record.places) this.places.set(p.id, p);
    for (const p of record.people ?? []) this.people.set(p.id, p);
    for (const part of [...record.front, ...record.paragraphs, ...record.back]) this.parts.set(part.id, part);
    for (const p of record.paragraphs) this.paragraphByNumber.set(p.n, p);
    for (const e of record.events) {
      this.events.set(e.id, e);
      const span = toTimeSpan(e.when);
      this.spans.set(e.id, span);
      this.widen(span.start.t);
      this.widen(span.end.t);
      for (const pl of e.places) push(this.eventsByPlace, pl, e.id);
      for (const pe of e.people ?? []) push(this.eventsByPerson, pe, e.id);
    }
    this.mentionsByPart = new PartMentions(record);
  }

  /** Take a known instant into the extent (open and unknown ends are ±Infinity: not known). */
  private widen(t: number) {
    if (!Number.isFinite(t)) return;
    const e = this.extent;
    if (e.length === 0) e.push(t, t);
    else if (t < e[0]!) e[0] = t;
    else if (t > e[1]!) e[1] = t;
  }

  has(ref: Ref): boolean {
    switch (ref.kind) {
      case 'place': return this.places.has(ref.id);
      case 'event': return this.events.has(ref.id);
      case 'person': return this.people.has(ref.id);
      case 'paragraph': return this.parts.has(ref.id);
    }
  }

  /** Display name of anything selectable. */
  label(ref: Ref): string {
    switch (ref.kind) {
      case 'place': return this.places.get(ref.id)?.name ?? ref.id;
      case 'event': return this.events.get(ref.id)?.title ?? ref.id;
      case 'person': return this.people.get(ref.id)?.name ?? ref.id;
      case 'paragraph': {
        const p = this.parts.get(ref.id);
        return p && 'n' in p ? `Paragraph ${p.n}` : p ? p.label : ref.id;
      }
    }
  }

  mentionsOf(kind: EntityKind, id: string): Mention[] {
    const e = kind === 'place' ? this.places.get(id) : kind === 'event' ? this.events.get(id) : this.people.get(id);
    return e?.mentions ?? [];
  }

  /** What a selection reaches: the thing itself, what it links to, and the words that say so. */
  focusOf(ref: Ref | null): Focus {
    if (!ref || !this.has(ref)) return EMPTY_FOCUS;
    const places = new Set<string>();
    const events = new Set<string>();
    const people = new Set<string>();
    const paragraphs = new Set<string>();
    const mentions = new Set<string>();
    const withMentions = (kind: EntityKind, id: string) => {
      this.mentionsOf(kind, id).forEach((m, i) => {
        mentions.add(`${kind}/${id}/${i}`);
        paragraphs.add(m.paragraph);
      });
    };
    if (ref.kind === 'place') {
      places.add(ref.id);
      for (const e of this.eventsByPlace.get(ref.id) ?? []) events.add(e);
      withMentions('place', ref.id);
    } else if (ref.kind === 'event') {
      const e = this.events.get(ref.id)!;
      events.add(e.id);
      for (const p of e.places) places.add(p);
      for (const p of e.people ?? []) people.add(p);
      withMentions('event', e.id);
    } else if (ref.kind === 'person') {
      people.add(ref.id);
      for (const e of this.eventsByPerson.get(ref.id) ?? []) events.add(e);
      withMentions('person', ref.id);
    } else {
      paragraphs.add(ref.id);
      for (const m of this.mentionsByPart.get(ref.id) ?? []) {
        mentions.add(m.key);
        (m.kind === 'place' ? places : m.kind === 'event' ? events : people).add(m.id);
      }
    }
    return { places, events, people, paragraphs, mentions };
  }

  /** The first mention of what a selection reaches, in reading order: where the reader scrolls. */
  firstMention(focus: Focus): MentionRef | null {
    for (const part of this.parts.keys()) {
      if (!focus.paragraphs.has(part)) continue;
      for (const m of this.mentionsByPart.get(part) ?? []) if (focus.mentions.has(m.key)) return m;
    }
    return null;
  }
}

/** mention index within its owner: below 2^20 (a million mentions of one thing) */
const SLOT = 2 ** 20;

/**
 * The mentions in each text part, made on first ask. A collection's reader shows one record's
 * parts at a time, so most of its 50,000 mentions never need an object, a key and a place in a
 * sorted list; until asked, a part holds one number per mention (owner × 2^20 + index).
 */
export class PartMentions {
  private readonly owners: { kind: EntityKind; id: string; mentions: Mention[] }[] = [];
  private readonly noted = new Map<string, number[]>();
  private readonly made = new Map<string, readonly MentionRef[]>();

  constructor(record: ArchivalRecord) {
    // plain loops: a collection has 50,000 mentions
    const add = (kind: EntityKind, id: string, mentions: Mention[]) => {
      const owner = this.owners.push({ kind, id, mentions }) - 1;
      for (let i = 0; i < mentions.length; i++) push(this.noted, mentions[i]!.paragraph, owner * SLOT + i);
    };
    for (const p of record.places) add('place', p.id, p.mentions);
    for (const e of record.events) add('event', e.id, e.mentions);
    for (const p of record.people ?? []) add('person', p.id, p.mentions);
  }

  /** The mentions in a part in reading order (longer first at the same start, so nesting is stable), or undefined if none. */
  get(part: string): readonly MentionRef[] | undefined {
    const done = this.made.get(part);
    if (done) return done;
    const noted = this.noted.get(part);
    if (!noted) return undefined;
    const list = noted.map((n): MentionRef => {
      const o = this.owners[Math.floor(n / SLOT)]!;
      const i = n % SLOT;
      return { key: `${o.kind}/${o.id}/${i}`, kind: o.kind, id: o.id, mention: o.mentions[i]! };
    });
    list.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
    this.made.set(part, list);
    return list;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const built = new WeakMap<ArchivalRecord, RecordIndex>();
/**
 * The index of a record, built once per record object. The loader builds it with the data (a
 * collection's 50,000 mentions take a while), so the views' first render does not.
 */
export function indexOf(record: ArchivalRecord): RecordIndex {
  let index = built.get(record);
  if (!index) built.set(record, (index = new RecordIndex(record)));
  return index;
}
