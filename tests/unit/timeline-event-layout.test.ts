import { describe, expect, test } from 'vitest';
import { toTimeSpan } from '../../src/lib/model/time-span.ts';
import { layoutEvents, markExtent, marksOutOfView, type EventInput } from '../../src/lib/layout/event-layout.ts';
import { baseScale } from '../../src/lib/layout/time-scale.ts';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const domain: [number, number] = [utc(1950), utc(1970)];
const x = baseScale(domain, 1000);
const px = (t: number) => x(t);
const ev = (id: string, when: string, title = id): EventInput => ({ id, title, span: toTimeSpan(when) });

describe('markExtent', () => {
  test.each([
    { name: 'a day is a point at the middle of the day', when: '1960-01-01', point: true, x0: px(utc(1960) + 43_200_000), x1: px(utc(1960) + 43_200_000) },
    { name: 'a year is a bar across it', when: '1960', point: false, x0: px(utc(1960)), x1: px(utc(1961)) },
    { name: 'an open end runs to the domain’s edge', when: '1960/..', point: false, x0: px(utc(1960)), x1: 1000 },
    { name: 'an open start runs from the domain’s edge', when: '../1960', point: false, x0: 0, x1: px(utc(1961)) },
    { name: 'an unknown end fades over fadePx after the start', when: '1960/', point: false, x0: px(utc(1960)), x1: px(utc(1960)) + 40 },
    { name: 'an unknown start fades over fadePx before the end', when: '/1960', point: false, x0: px(utc(1961)) - 40, x1: px(utc(1961)) },
  ])('$name', ({ when, point, x0, x1 }) => {
    const g = markExtent(toTimeSpan(when), px, domain, 40);
    expect(g.point).toBe(point);
    expect(g.x0).toBeCloseTo(x0, 6);
    expect(g.x1).toBeCloseTo(x1, 6);
  });
});

describe('layoutEvents', () => {
  const events = [
    ev('korean-war', '1950-06-25/1953-07-27', 'Korean War'),
    ev('meeting', '1965-10-28', 'Kim Il Sung meets the Chinese delegation'),
    ev('report', '1965-10-29', 'The report is sent'),
    ev('us-forces', '1950-07/..', 'American forces remain in South Korea'),
    ev('tunnels', '1966?', 'Tunnels complete'),
    ev('vague', '1965-10~/1966', 'Purges'),
  ];

  test('gives each end its drawing style: sharp, vague, open, unknown', () => {
    const { marks } = layoutEvents([...events, ev('unk', '1960/')], px, domain, { width: 1000 });
    const by = new Map(marks.map((m) => [m.id, m]));
    expect(by.get('korean-war')).toMatchObject({ start: 'sharp', end: 'sharp', marks: '' });
    expect(by.get('us-forces')).toMatchObject({ start: 'sharp', end: 'open' });
    expect(by.get('tunnels')).toMatchObject({ start: 'vague', end: 'vague', marks: '?' });
    expect(by.get('vague')).toMatchObject({ start: 'vague', end: 'sharp', marks: '~' });
    expect(by.get('unk')).toMatchObject({ end: 'unknown' });
  });

  test('lists marks in time order, then by id', () => {
    const { marks } = layoutEvents([...events].reverse(), px, domain, { width: 1000 });
    expect(marks.map((m) => m.id)).toEqual(['korean-war', 'us-forces', 'vague', 'meeting', 'report', 'tunnels']);
  });

  test('puts two events a day apart in different lanes when zoomed out', () => {
    const { marks } = layoutEvents(events, px, domain, { width: 1000 });
    const lane = (id: string) => marks.find((m) => m.id === id)!.lane;
    expect(lane('meeting')).not.toBe(lane('report'));
  });

  test('flags events entirely outside the visible range as offscreen, and lays out only the rest', () => {
    // zoomed to 1965: the Korean War is far off to the left
    const zoomed = baseScale([utc(1965), utc(1967)], 1000);
    const { marks } = layoutEvents(events, (t) => zoomed(t), domain, { width: 1000 });
    const by = new Map(marks.map((m) => [m.id, m]));
    expect(by.get('korean-war')!.offscreen).toBe(true);
    expect(by.get('us-forces')!.offscreen).toBe(false);
    expect(by.get('meeting')!.offscreen).toBe(false);
  });

  test('uses a given measure for label widths', () => {
    const { marks } = layoutEvents([events[1]!], px, domain, { width: 1000, measure: () => 123.2 });
    expect(marks[0]!.labelWidth).toBe(124);
  });

  test('drops labels only to avoid scrolling: never when the marks alone need more lanes than fit', () => {
    const crowd = Array.from({ length: 8 }, (_, i) => ev(`e${i}`, '1965', `Event number ${i} with a long title`));
    const squeezed = layoutEvents(crowd, px, domain, { width: 1000, maxLanes: 3 });
    expect(squeezed.lanes).toBe(8);
    expect(squeezed.unlabelled).toBe(0);
    const few = [ev('a', '1960-01-01', 'A long label that runs far'), ev('b', '1962-01-01', 'Another long label')];
    const tight = layoutEvents(few, px, domain, { width: 1000, maxLanes: 1 });
    expect(tight.lanes).toBe(1);
    expect(tight.unlabelled).toBe(1);
  });

  test('in "above" placement, a bar with an open start keeps its label by its known end', () => {
    const zoomed = baseScale([utc(1960), utc(1967)], 1000);
    const { marks } = layoutEvents([ev('mao', '../1965-10-28', 'Rear area')], (t) => zoomed(t), domain, { width: 1000, placement: 'above' });
    const m = marks[0]!;
    expect(m.label).toBe('inside');
    expect(m.labelX + m.labelWidth).toBeCloseTo(zoomed(utc(1965, 10, 29)), 6);
  });
});

describe('marksOutOfView', () => {
  // shifted so that 1960-01-01's point sits 3 px left of the view, its 7 px circle across the edge
  const shift = px(utc(1960) + 43_200_000) + 3;
  const at = (t: number) => px(t) - shift;
  const events = [
    ev('far-left', '1955-03-01'),
    ev('edge-left', '1960-01-01'),
    ev('inside', '1962'),
    ev('edge-right', '1967-01-01/1968-12-31'),
    ev('far-right', '1969-06-01'),
  ];
  const width = at(utc(1968)) - 1;

  test('counts and lists the same marks: wholly out of view, not a point whose circle crosses the edge', () => {
    const { marks } = layoutEvents(events, at, domain, { width, pointRadius: 7 });
    const edge = marks.find((m) => m.id === 'edge-left')!;
    expect(edge.offscreen).toBe(false);
    expect(edge.x0 - 7).toBeLessThan(0);
    expect(marksOutOfView(marks, width, 'earlier').map((m) => m.id)).toEqual(['far-left']);
    expect(marksOutOfView(marks, width, 'later').map((m) => m.id)).toEqual(['far-right']);
  });
});
