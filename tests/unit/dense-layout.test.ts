import { describe, expect, it } from 'vitest';
import { countOutOfView, firstReaching, layoutDense, outOfViewIds } from '../../src/lib/layout/dense-layout.ts';
import { layoutEvents } from '../../src/lib/layout/event-layout.ts';
import { toTimeSpan } from '../../src/lib/model/time-span.ts';
import { visibleRows } from '../../src/lib/views/virtual-rows.ts';

const DAY = 86_400_000;
const t0 = Date.UTC(1965, 0, 1);
/** 1 px a day from 1 January 1965 */
const x = (t: number) => (t - t0) / DAY;
const domain = [t0, Date.UTC(1967, 0, 1)] as const;
const ev = (id: string, when: string, title = id) => ({ id, title, span: toTimeSpan(when) });

describe('layoutDense', () => {
  it('packs marks into the fewest lanes first-fit gives, in start order, whatever the input order', () => {
    const events = [ev('a', '1965-01-10'), ev('b', '1965-01-12'), ev('c', '1965-03-01'), ev('d', '1965-01-05/1965-02-20')];
    const l = layoutDense(events, x, domain, { pointRadius: 6, gap: 6, measure: () => 30 });
    const shuffled = layoutDense([...events].reverse(), x, domain, { pointRadius: 6, gap: 6, measure: () => 30 });
    expect(l.marks.map((m) => [m.id, m.lane])).toEqual([['d', 0], ['a', 1], ['b', 2], ['c', 1]]);
    expect(shuffled.marks.map((m) => [m.id, m.lane])).toEqual(l.marks.map((m) => [m.id, m.lane]));
    expect(l.lanes).toBe(3);
  });

  it('reads marks in start order, ties by id, and puts each in the lowest lane free at its start', () => {
    // 200 events on five days, shuffled: most starts tie, so the id decides
    const days = ['1965-01-05', '1965-01-06', '1965-03-01', '1965-01-05/1965-01-20', '1965-02-10'];
    const events = Array.from({ length: 200 }, (_, i) => ev(`e${String((i * 73) % 200).padStart(3, '0')}`, days[(i * 7) % 5]!));
    const l = layoutDense(events, x, domain, { pointRadius: 6, gap: 6, measure: () => 30 });
    const start = (m: (typeof l.marks)[number]) => (m.point ? m.cx : m.x0);
    for (let i = 1; i < l.marks.length; i++) {
      const [a, b] = [l.marks[i - 1]!, l.marks[i]!];
      expect(start(a) < start(b) || (start(a) === start(b) && a.id < b.id)).toBe(true);
    }
    // first fit: no lower lane was free when the mark was placed (its last mark ended in time)
    const lastEnd: number[] = [];
    for (const m of l.marks) {
      for (let lane = 0; lane < m.lane; lane++) expect(lastEnd[lane]! > m.x0 - 6).toBe(true);
      lastEnd[m.lane] = m.x1;
    }
    expect(l.byLane.flat().length).toBe(200);
    l.byLane.forEach((lane, i) => expect(lane.every((m) => m.lane === i)).toBe(true));
  });

  it('needs no more lanes than the marks alone would in the DOM layout; labels only take room that is free', () => {
    const events = Array.from({ length: 300 }, (_, i) => ev(`e${String(i).padStart(3, '0')}`, new Date(t0 + (i % 97) * 3 * DAY).toISOString().slice(0, 10), 'A label of some length'));
    const dense = layoutDense(events, x, domain, { pointRadius: 6, gap: 6 });
    const bare = layoutEvents(events.map((e) => ({ ...e, title: '' })), x, domain, { width: 1e6, pointRadius: 6, measure: () => 0 });
    expect(dense.lanes).toBeLessThanOrEqual(bare.lanes);
    // in each lane, nothing overlaps: each item (mark and label) ends before the next begins
    for (const lane of dense.byLane) {
      for (let i = 1; i < lane.length; i++) expect(lane[i - 1]!.right + 6).toBeLessThanOrEqual(lane[i]!.left + 1e-9);
    }
    expect(dense.unlabelled).toBe(dense.marks.filter((m) => m.label === 'none').length);
  });

  it('finds the first mark in view by binary search, at any stretch', () => {
    const events = Array.from({ length: 50 }, (_, i) => ev(`e${String(i).padStart(2, '0')}`, new Date(t0 + i * 20 * DAY).toISOString().slice(0, 10)));
    const lane = layoutDense(events, x, domain, { pointRadius: 6 }).byLane[0]!;
    for (const [scale, offset, at] of [[1, 0, 100], [2.5, -300, 0], [0.7, 40, 250]] as const) {
      const i = firstReaching(lane, at, scale, offset);
      const linear = lane.findIndex((m) => m.x1 * scale + offset >= at);
      expect(i).toBe(linear === -1 ? lane.length : linear);
    }
  });

  it('counts the marks out of view (left, right, lanes above and below) as the marks themselves say, and lists the left and right ones', () => {
    const events = Array.from({ length: 400 }, (_, i) => ev(`e${String(i).padStart(3, '0')}`, new Date(t0 + ((i * 37) % 700) * DAY).toISOString().slice(0, 10)));
    const { marks } = layoutDense(events, x, domain, { pointRadius: 6, measure: () => 20 });
    for (const [scale, offset, width, first, last] of [[1, -200, 300, 1, 3], [2, -900, 500, 2, 5], [0.5, 0, 1000, 0, 100]] as const) {
      const sx0 = (m: (typeof marks)[number]) => m.x0 * scale + offset;
      const sx1 = (m: (typeof marks)[number]) => m.x1 * scale + offset;
      const left = marks.filter((m) => sx1(m) < 0);
      const right = marks.filter((m) => sx1(m) >= 0 && sx0(m) > width);
      const inView = marks.filter((m) => sx1(m) >= 0 && sx0(m) <= width);
      expect(countOutOfView(marks, scale, offset, width, first, last)).toEqual({
        earlier: left.length,
        later: right.length,
        above: inView.filter((m) => m.lane < first).length,
        below: inView.filter((m) => m.lane > last).length,
      });
      expect(outOfViewIds(marks, scale, offset, width, 'earlier')).toEqual(left.map((m) => m.id));
      expect(outOfViewIds(marks, scale, offset, width, 'later')).toEqual(right.map((m) => m.id));
    }
    // the cases are not empty: each side is exercised
    const c = countOutOfView(marks, 1, -200, 300, 1, 3);
    expect(Math.min(c.earlier, c.later, c.above, c.below)).toBeGreaterThan(0);
  });
});

describe('visibleRows', () => {
  it.each([
    [0, 500, 0, 50, 1000, [0, 18]],
    [5000, 500, 0, 50, 1000, [92, 118]],
    [5000, 500, 200, 50, 1000, [88, 114]],
    [0, 500, 0, 50, 5, [0, 5]],
    [99999, 500, 0, 50, 100, [100, 100]],
  ] as const)('scrollTop %i, view %i, list at %i, rows of %i, %i rows → %j', (top, view, listTop, row, count, want) => {
    expect(visibleRows(top, view, listTop, row, count)).toEqual(want);
  });
});
