/** Which places, events and people the filters and the time brush leave visible. Pure. */
import type { RecordIndex } from './record-index.ts';
import type { EntityKind, Modality } from './types.ts';

export const MODALITIES: readonly Modality[] = ['past', 'ongoing', 'expected', 'hypothetical'];
export const ENTITY_KINDS: readonly EntityKind[] = ['place', 'event', 'person'];

export interface Filters {
  kinds: ReadonlySet<EntityKind>;
  modalities: ReadonlySet<Modality>;
  /** the time brush: [from, to) in ms UTC, or null for all time */
  window: readonly [number, number] | null;
}

export const ALL: Filters = {
  kinds: new Set(ENTITY_KINDS),
  modalities: new Set(MODALITIES),
  window: null,
};

export interface Visible {
  places: ReadonlySet<string>;
  events: ReadonlySet<string>;
  people: ReadonlySet<string>;
}

/** A map's keys as a read-only set, not copied: what no filter leaves visible. */
class KeySet implements ReadonlySet<string> {
  constructor(private readonly map: ReadonlyMap<string, unknown>) {}
  get size() {
    return this.map.size;
  }
  has(id: string) {
    return this.map.has(id);
  }
  keys() {
    return this.map.keys();
  }
  values() {
    return this.map.keys();
  }
  *entries(): SetIterator<[string, string]> {
    for (const k of this.map.keys()) yield [k, k];
  }
  forEach(fn: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown) {
    for (const k of this.map.keys()) fn.call(thisArg, k, k, this);
  }
  [Symbol.iterator]() {
    return this.map.keys();
  }
}

const unfiltered = (f: Filters) => !f.window && ENTITY_KINDS.every((k) => f.kinds.has(k)) && MODALITIES.every((m) => f.modalities.has(m));

export function visibleIn(index: RecordIndex, f: Filters): Visible {
  // Nothing filtered (the first render, most of the time): everything, without copying 15,000 ids.
  if (unfiltered(f)) return { places: new KeySet(index.places), events: new KeySet(index.events), people: new KeySet(index.people) };
  const events = new Set<string>();
  if (f.kinds.has('event')) {
    for (const e of index.record.events) {
      if (!f.modalities.has(e.modality)) continue;
      if (f.window) {
        const s = index.spans.get(e.id)!;
        if (!(s.start.t < f.window[1] && s.end.t > f.window[0])) continue;
      }
      events.add(e.id);
    }
  }
  // With a time window, a place shows only when something it links to happens in the window:
  // places have no dates of their own.
  const linked = (ids: string[] | undefined) => !f.window || (ids ?? []).some((e) => events.has(e));
  const places = new Set<string>();
  if (f.kinds.has('place')) {
    for (const p of index.record.places) if (linked(index.eventsByPlace.get(p.id))) places.add(p.id);
  }
  const people = new Set<string>();
  if (f.kinds.has('person')) {
    for (const p of index.record.people ?? []) if (linked(index.eventsByPerson.get(p.id))) people.add(p.id);
  }
  return { places, events, people };
}
