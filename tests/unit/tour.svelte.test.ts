/** The tour state drives the Explorer through its verbs and keeps other windows in step. */
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { Explorer } from '../../src/lib/state/explorer.svelte.ts';
import { TourState } from '../../src/lib/state/tour.svelte.ts';
import type { TourLink, TourMessage } from '../../src/lib/state/tour-link.ts';
import { mergeTours } from '../../src/lib/state/tour-store.ts';
import type { Tour } from '../../src/lib/model/types.ts';
import { miniRecord } from './fixtures.ts';

const TOUR: Tour = {
  id: 'lesson',
  title: 'Lesson',
  steps: [
    { title: 'Meeting', narration: 'N1', select: { kind: 'event', id: 'meeting' }, paragraph: 'p1' },
    { title: 'Tunnels', narration: 'N2', select: { kind: 'place', id: 'pyongyang' }, places: ['south-korea'], window: ['1965', '1966'], map: { lat: 39, lon: 125.7, zoom: 7 } },
    { title: 'War', narration: 'N3', select: { kind: 'event', id: 'korean-war' } },
  ],
};

/** Two ends of one line, as two windows of a BroadcastChannel would be. */
function pair(): [TourLink & { sent: TourMessage[] }, TourLink & { sent: TourMessage[] }] {
  const listeners: ((m: TourMessage) => void)[][] = [[], []];
  const end = (me: 0 | 1) => {
    const sent: TourMessage[] = [];
    return {
      sent,
      post: (m: TourMessage) => {
        sent.push(m);
        for (const fn of listeners[1 - me]!) fn(m);
      },
      listen: (fn: (m: TourMessage) => void) => {
        listeners[me]!.push(fn);
        return () => listeners[me]!.splice(listeners[me]!.indexOf(fn), 1);
      },
      close: () => {},
    };
  };
  return [end(0), end(1)];
}

describe('TourState', () => {
  it('open shows the step through the Explorer: selection, stage, window, origin "tour"', () => {
    const cleanup = $effect.root(() => {
      const x = new Explorer(miniRecord());
      const t = new TourState(x, [TOUR]);
      expect(t.open({ tour: 'lesson', step: 1 })).toBe(true);
      flushSync();
      expect(x.selected).toEqual({ kind: 'place', id: 'pyongyang' });
      expect(x.origin).toBe('tour');
      expect(x.filters.window).toEqual([Date.UTC(1965, 0, 1), Date.UTC(1967, 0, 1)]);
      expect(x.stage?.map).toEqual({ lat: 39, lon: 125.7, zoom: 7 });
      // the stage lights its extra place beside what the selection reaches
      expect([...x.focus.places].sort()).toEqual(['pyongyang', 'south-korea']);
      expect(t.at).toEqual({ tour: 'lesson', step: 1 });
    });
    cleanup();
  });

  it('next, prev, first and last stay inside the tour; go clamps', () => {
    const x = new Explorer(miniRecord());
    const t = new TourState(x, [TOUR]);
    t.open({ tour: 'lesson', step: 0 });
    t.prev();
    expect(t.step).toBe(0);
    t.next();
    t.next();
    t.next();
    expect(t.step).toBe(2);
    expect(x.selected).toEqual({ kind: 'event', id: 'korean-war' });
    expect(x.filters.window).toBeNull(); // a step without a window clears the last one
    t.first();
    expect(t.step).toBe(0);
    t.last();
    expect(t.step).toBe(2);
    t.go(99);
    expect(t.step).toBe(2);
  });

  it('an unknown tour does not open', () => {
    const t = new TourState(new Explorer(miniRecord()), [TOUR]);
    expect(t.open({ tour: 'nope', step: 0 })).toBe(false);
    expect(t.active).toBe(false);
  });

  it('a selection made by hand drops the stage; stop keeps the selection and ends the tour', () => {
    const x = new Explorer(miniRecord());
    const t = new TourState(x, [TOUR]);
    t.open({ tour: 'lesson', step: 1 });
    x.select({ kind: 'event', id: 'meeting' }, 'timeline');
    expect(x.stage).toBeNull();
    t.stop();
    expect(t.active).toBe(false);
    expect(t.at).toBeNull();
    expect(x.selected).toEqual({ kind: 'event', id: 'meeting' });
  });

  it('two windows stay in step both ways, without echoing', () => {
    const [a, b] = pair();
    const projected = new TourState(new Explorer(miniRecord()), [TOUR], { link: a });
    const presenter = new TourState(new Explorer(miniRecord()), [TOUR], { link: b });
    const offA = projected.connect(false);
    projected.open({ tour: 'lesson', step: 1 });
    const offB = presenter.connect(true); // asks; the projected window answers with its step
    expect(presenter.step).toBe(1);
    expect(presenter.tourId).toBe('lesson');
    presenter.next();
    expect(projected.step).toBe(2);
    projected.first();
    expect(presenter.step).toBe(0);
    // each change went out once from the window where it was made
    expect(b.sent.filter((m) => m.type === 'at')).toEqual([{ type: 'at', tour: 'lesson', step: 2 }]);
    expect(a.sent.filter((m) => m.type === 'at').map((m) => (m as { step: number }).step)).toEqual([1, 1, 0]);
    offA();
    offB();
  });

  it('save keeps an edit and re-shows the step only when what it shows changed', () => {
    const x = new Explorer(miniRecord());
    const persisted: Tour[][] = [];
    const t = new TourState(x, [TOUR], { persist: (s) => persisted.push([...s]) });
    t.open({ tour: 'lesson', step: 0 });
    const seq = x.seq;
    t.save({ ...TOUR, steps: TOUR.steps.map((s, i) => (i === 0 ? { ...s, narration: 'Reworded' } : s)) });
    expect(t.current?.narration).toBe('Reworded');
    expect(x.seq).toBe(seq); // typing does not move the views
    t.save({ ...TOUR, steps: [TOUR.steps[2]!, TOUR.steps[1]!] });
    expect(x.selected).toEqual({ kind: 'event', id: 'korean-war' });
    expect(persisted).toHaveLength(2);
    expect(t.isEdited('lesson')).toBe(true);
    t.revert('lesson');
    expect(t.tour?.steps).toHaveLength(3);
    expect(persisted[2]).toEqual([]);
  });

  it('mergeTours lays saved tours over the record’s by id and keeps new ones', () => {
    const edited = { ...TOUR, title: 'Edited' };
    const mine: Tour = { id: 'mine', title: 'Mine', steps: TOUR.steps };
    expect(mergeTours([TOUR], [mine, edited]).map((t) => t.title)).toEqual(['Edited', 'Mine']);
  });
});
