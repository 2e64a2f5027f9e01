import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { Explorer } from '../../src/lib/state/explorer.svelte.ts';
import { mergeCollection } from '../../src/lib/collection/merge-collection.ts';
import { generateCollection } from '../../scripts/bench/generate-collection.ts';
import { miniRecord } from './fixtures.ts';

const g = generateCollection({ seed: 3, records: 3, events: 30, places: 20, mentions: 150 });
const collection = () => mergeCollection(g.manifest.id, g.manifest.title, g.records);

describe('the Explorer over a collection', () => {
  it('a single record is a collection of one: the old links, no record in them', () => {
    const x = new Explorer(miniRecord());
    expect(x.many).toBe(false);
    x.select({ kind: 'place', id: 'pyongyang' });
    expect(x.hash()).toBe('#place=pyongyang');
    expect(x.current.id).toBe('mini');
  });

  it('selecting an event of another record brings that record into the reader, and into the URL', () => {
    const cleanup = $effect.root(() => {
      const x = new Explorer(collection());
      expect(x.current.id).toBe('syn-000');
      x.select({ kind: 'event', id: 'syn-002:ev-001' }, 'timeline');
      flushSync();
      expect(x.current.id).toBe('syn-002');
      expect(x.text.paragraphs[0]!.id).toBe('syn-002:p1');
      expect(x.hash()).toBe('#record=syn-002&event=ev-001');
      expect(x.linkTo({ kind: 'event', id: 'syn-000:ev-003' })).toBe('#event=ev-003');
    });
    cleanup();
  });

  it('opening a link shows its record and selects its thing; a record alone keeps the selection', () => {
    const x = new Explorer(collection());
    x.openHash('#record=syn-001&event=ev-004', 'url', true);
    expect(x.current.id).toBe('syn-001');
    expect(x.selected).toEqual({ kind: 'event', id: 'syn-001:ev-004' });
    const seq = x.seq;
    x.openHash('#record=syn-001&event=ev-004');
    expect(x.seq).toBe(seq);
    x.showRecord('syn-002');
    expect(x.selected).toEqual({ kind: 'event', id: 'syn-001:ev-004' });
    expect(x.current.id).toBe('syn-002');
  });
});
