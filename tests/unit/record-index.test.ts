import { describe, expect, it } from 'vitest';
import { RecordIndex } from '../../src/lib/model/record-index.ts';
import { visibleIn, ALL } from '../../src/lib/model/filters.ts';
import { formatHash, parseHash } from '../../src/lib/model/url-hash.ts';
import { miniRecord } from './fixtures.ts';
import { timeDomain } from '../../src/lib/layout/time-scale.ts';
import { generateCollection } from '../../scripts/bench/generate-collection.ts';
import { mergeCollection } from '../../src/lib/collection/merge-collection.ts';

const idx = new RecordIndex(miniRecord());

describe('RecordIndex.focusOf', () => {
  it('a place reaches its events, its mentions and their paragraphs', () => {
    const f = idx.focusOf({ kind: 'place', id: 'pyongyang' });
    expect([...f.places]).toEqual(['pyongyang']);
    expect([...f.events].sort()).toEqual(['meeting', 'tunnels']);
    expect([...f.paragraphs]).toEqual(['p2']);
    expect([...f.mentions]).toEqual(['place/pyongyang/0']);
  });

  it('an event reaches its places, people and evidence', () => {
    const f = idx.focusOf({ kind: 'event', id: 'meeting' });
    expect([...f.places]).toEqual(['pyongyang']);
    expect([...f.people]).toEqual(['kim-il-sung']);
    expect([...f.paragraphs]).toEqual(['p1']);
  });

  it('a paragraph reaches everything mentioned in it', () => {
    const f = idx.focusOf({ kind: 'paragraph', id: 'p2' });
    expect([...f.places].sort()).toEqual(['pyongyang', 'south-korea']);
    expect([...f.events]).toEqual(['tunnels']);
  });

  it('an unknown id reaches nothing', () => {
    expect(idx.focusOf({ kind: 'place', id: 'atlantis' }).places.size).toBe(0);
  });

  it('firstMention is the earliest in reading order', () => {
    const m = idx.firstMention(idx.focusOf({ kind: 'paragraph', id: 'p2' }));
    const p2 = idx.parts.get('p2')!.text;
    expect(m?.mention.start).toBe(p2.indexOf('Pyongyang'));
    expect(m?.kind).toBe('place');
  });
});

describe('RecordIndex.extent', () => {
  it('holds the earliest and latest known instants: the same timeline domain as reading every span', () => {
    const g = generateCollection({ records: 12, events: 240, places: 60, mentions: 1200, seed: 5 });
    const merged = new RecordIndex(mergeCollection(g.manifest.id, g.manifest.title, g.records).merged);
    for (const index of [idx, merged]) {
      expect(index.extent).toHaveLength(2);
      expect(timeDomain([], [...index.extent, 0])).toEqual(timeDomain(index.spans.values(), [0]));
      const known = [...index.spans.values()].flatMap((s) => [s.start.t, s.end.t]).filter(Number.isFinite);
      expect(index.extent).toEqual([Math.min(...known), Math.max(...known)]);
    }
  });

  it('is empty when no event is dated', () => {
    expect(new RecordIndex({ ...miniRecord(), events: [] }).extent).toEqual([]);
  });
});

describe('visibleIn', () => {
  it('shows everything without filters', () => {
    const v = visibleIn(idx, ALL);
    expect(v.events.size).toBe(3);
    expect(v.places.size).toBe(2);
  });

  it('without filters, gives the same sets as filtering with nothing left out (read through every method)', () => {
    const fast = visibleIn(idx, ALL);
    // a window wider than any date takes the filtering path, and leaves everything in
    const slow = visibleIn(idx, { ...ALL, window: [-8.64e15, 8.64e15] });
    for (const k of ['places', 'events', 'people'] as const) {
      expect([...fast[k]].sort()).toEqual([...slow[k]].sort());
      expect(fast[k].size).toBe(slow[k].size);
      expect([...fast[k].values()]).toEqual([...fast[k].keys()]);
      expect([...fast[k].entries()].every(([a, b]) => a === b && slow[k].has(a))).toBe(true);
      const seen: string[] = [];
      fast[k].forEach((v) => seen.push(v));
      expect(seen).toEqual([...fast[k]]);
    }
    expect(fast.events.has('meeting')).toBe(true);
    expect(fast.events.has('atlantis')).toBe(false);
  });

  it('hides events of a modality that is switched off', () => {
    const v = visibleIn(idx, { ...ALL, modalities: new Set(['past'] as const) });
    expect([...v.events].sort()).toEqual(['korean-war', 'meeting']);
  });

  it('a time window keeps overlapping events and only the places they touch', () => {
    const w = [Date.UTC(1965, 0, 1), Date.UTC(1967, 0, 1)] as const;
    const v = visibleIn(idx, { ...ALL, window: w });
    expect([...v.events].sort()).toEqual(['meeting', 'tunnels']);
    expect([...v.places]).toEqual(['pyongyang']);
  });

  it('switching a kind off hides all of it', () => {
    const v = visibleIn(idx, { ...ALL, kinds: new Set(['event'] as const) });
    expect(v.places.size).toBe(0);
    expect(v.people.size).toBe(0);
  });
});

describe('URL hash', () => {
  it.each([
    [{ kind: 'place', id: 'pyongyang' }, '#place=pyongyang'],
    [{ kind: 'event', id: 'korean-war' }, '#event=korean-war'],
    [{ kind: 'person', id: 'kim-il-sung' }, '#person=kim-il-sung'],
    [{ kind: 'paragraph', id: 'p2' }, '#p=2'],
    [{ kind: 'paragraph', id: 'signatories' }, '#part=signatories'],
  ] as const)('round-trips %o as %s', (ref, hash) => {
    expect(formatHash(ref, idx)).toBe(hash);
    expect(parseHash(hash, idx)).toEqual(ref);
  });

  it.each(['#place=atlantis', '#p=99', '#', '', '#zoom=3'])('opens %s unselected', (hash) => {
    expect(parseHash(hash, idx)).toBeNull();
  });
});

describe('RecordIndex.mentionsByPart', () => {
  const g = generateCollection({ seed: 21, records: 6, events: 60, places: 25, mentions: 600 });
  const merged = mergeCollection(g.manifest.id, g.manifest.title, g.records).merged;

  /** the same thing made eagerly from the record: every mention, keyed, in reading order */
  function expected(part: string) {
    const all: { key: string; kind: string; id: string; start: number; end: number }[] = [];
    const add = (kind: string, things: readonly { id: string; mentions: readonly { paragraph: string; start: number; end: number }[] }[]) => {
      for (const t of things) t.mentions.forEach((m, i) => m.paragraph === part && all.push({ key: `${kind}/${t.id}/${i}`, kind, id: t.id, start: m.start, end: m.end }));
    };
    add('place', merged.places);
    add('event', merged.events);
    add('person', merged.people ?? []);
    return all.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  it('gives each part its mentions, keyed "kind/id/index", longer first at the same start', () => {
    const index = new RecordIndex(merged);
    const parts = [...merged.front, ...merged.paragraphs, ...merged.back].map((p) => p.id);
    let seen = 0;
    for (const part of parts) {
      const got = (index.mentionsByPart.get(part) ?? []).map((m) => ({ key: m.key, kind: m.kind, id: m.id, start: m.mention.start, end: m.mention.end }));
      expect(got).toEqual(expected(part));
      seen += got.length;
    }
    // every mention of the collection is in some part, once
    const total = [...merged.places, ...merged.events, ...(merged.people ?? [])].reduce((n, t) => n + t.mentions.length, 0);
    expect(seen).toBe(total);
    expect(total).toBeGreaterThan(500);
    expect(index.mentionsByPart.get('no-such-part')).toBeUndefined();
  });

  it('nests a quote round a name: the longer mention first where both start', () => {
    const part = idx.mentionsByPart.get('p2') ?? [];
    for (let i = 1; i < part.length; i++) {
      const [a, b] = [part[i - 1]!.mention, part[i]!.mention];
      expect(a.start < b.start || (a.start === b.start && a.end >= b.end)).toBe(true);
    }
    expect(part.map((m) => m.key)).toContain('place/pyongyang/0');
  });

  it('makes a part\'s list once: asked again, the same list', () => {
    const index = new RecordIndex(merged);
    const part = merged.paragraphs[0]!.id;
    expect(index.mentionsByPart.get(part)).toBe(index.mentionsByPart.get(part));
  });
});
