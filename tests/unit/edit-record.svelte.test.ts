import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { Editor } from '../../src/lib/state/editor.svelte.ts';
import { addEvent, addMention, addPlace, movePlace, removeMention, setEventWhen } from '../../src/lib/edit/record-edits.ts';
import { validateRecord } from '../../src/lib/model/validate.ts';
import type { ArchivalRecord } from '../../src/lib/model/types.ts';
import { miniRecord } from './fixtures.ts';

const p2 = (r: ArchivalRecord, words: string) => {
  const start = r.paragraphs[1]!.text.indexOf(words);
  return { part: 'p2', start, end: start + words.length };
};

describe('record edits', () => {
  it('addMention anchors the selected words and keeps mentions in reading order', () => {
    const r = miniRecord();
    const out = addMention(r, 'place', 'pyongyang', p2(r, 'West Pyongyang'));
    expect(out.places[0]!.mentions.map((m) => m.exact)).toEqual(['Pyongyang', 'West Pyongyang']);
    expect(validateRecord(out, 'x').ok).toBe(true);
    expect(r.places[0]!.mentions).toHaveLength(1);
  });

  it('addPlace and addEvent make new things named by the words, with ids that do not clash', () => {
    const r = miniRecord();
    const a = addPlace(r, { name: 'Pyongyang', kind: 'district', lat: 39, lon: 125.8, wikidata: null, shape: { type: 'point' }, status1965: 'x' }, p2(r, 'East'));
    expect(a.id).toBe('pyongyang-2');
    const b = addEvent(a.record, { title: 'Tunnels complete', when: '1966' }, p2(r, 'will basically be complete'));
    expect(b.record.events.at(-1)).toMatchObject({ when: '1966', modality: 'expected', basis: 'text' });
    expect(validateRecord(b.record, 'x').ok).toBe(true);
  });

  it('movePlace rounds to about a metre; setEventWhen and removeMention change only their target', () => {
    const r = miniRecord();
    expect(movePlace(r, 'pyongyang', 39.123456789, 125.987654321).places[0]).toMatchObject({ lat: 39.12346, lon: 125.98765 });
    expect(setEventWhen(r, r.events[0]!.id, '1965-10').events[0]!.when).toBe('1965-10');
    expect(removeMention(r, 'place', 'pyongyang', 0).places[0]!.mentions).toEqual([]);
    expect(r).toEqual(miniRecord());
  });
});

describe('Editor', () => {
  it('commits valid changes with undo and redo, and autosaves each', async () => {
    const saved: ArchivalRecord[] = [];
    const shown: ArchivalRecord[] = [];
    const r = miniRecord();
    const ed = new Editor(r, { store: { save: async (x) => void saved.push(x), clear: async () => {} }, onchange: (x) => shown.push(x) });
    const moved = movePlace(r, 'pyongyang', 40, 126);
    expect(ed.commit(moved, 'Moved')).toBe(true);
    flushSync();
    expect(ed.record.places[0]!.lat).toBe(40);
    expect(ed.canUndo).toBe(true);
    ed.undo();
    expect(ed.record.places[0]!.lat).toBe(r.places[0]!.lat);
    expect(ed.canRedo).toBe(true);
    ed.redo();
    expect(ed.record.places[0]!.lat).toBe(40);
    await Promise.resolve();
    expect(saved.map((x) => x.places[0]!.lat)).toEqual([40, r.places[0]!.lat, 40]);
    expect(shown).toHaveLength(3);
  });

  it('refuses a change that breaks the record, keeping the record shown and saying why', () => {
    const r = miniRecord();
    const ed = new Editor(r);
    expect(ed.commit(setEventWhen(r, r.events[0]!.id, 'next Tuesday'), 'Dated')).toBe(false);
    expect(ed.record).toBe(r);
    expect(ed.problems[0]!.field).toBe('events[0].when');
    expect(ed.canUndo).toBe(false);
  });
});
