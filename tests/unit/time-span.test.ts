import { describe, expect, test } from 'vitest';
import { drawBounds, isVague, toTimeSpan, type TimeSpan } from '../../src/lib/model/time-span.ts';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

interface Case {
  name: string;
  edtf: string;
  start: number;
  end: number;
  expect?: (s: TimeSpan) => void;
}

describe('toTimeSpan', () => {
  const cases: Case[] = [
    {
      name: "toTimeSpan('1965-10-28') is a single day, drawn as a point",
      edtf: '1965-10-28',
      start: utc(1965, 10, 28),
      end: utc(1965, 10, 29),
      expect: (s) => {
        expect(s.point).toBe(true);
        expect(s.start.precision).toBe('day');
      },
    },
    {
      name: "toTimeSpan('1965-23') is autumn: Sep–Nov 1965",
      edtf: '1965-23',
      start: utc(1965, 9),
      end: utc(1965, 12),
      expect: (s) => {
        expect(s.season).toBe('autumn');
        expect(s.start.precision).toBe('season');
        expect(s.point).toBe(false);
      },
    },
    {
      name: "toTimeSpan('1965-24') is winter: Dec 1965 – Feb 1966, across the year end",
      edtf: '1965-24',
      start: utc(1965, 12),
      end: utc(1966, 3),
      expect: (s) => expect(s.season).toBe('winter'),
    },
    {
      name: "toTimeSpan('1966?') is an uncertain year, not approximate",
      edtf: '1966?',
      start: utc(1966),
      end: utc(1967),
      expect: (s) => {
        expect(s.start.uncertain && s.end.uncertain).toBe(true);
        expect(s.start.approximate).toBe(false);
        expect(s.start.precision).toBe('year');
        expect(isVague(s)).toBe(true);
      },
    },
    {
      name: "toTimeSpan('1965-10~') is approximate, month precision",
      edtf: '1965-10~',
      start: utc(1965, 10),
      end: utc(1965, 11),
      expect: (s) => {
        expect(s.start.approximate).toBe(true);
        expect(s.start.uncertain).toBe(false);
        expect(s.start.precision).toBe('month');
      },
    },
    {
      name: "toTimeSpan('1965-10-28%') is approximate and uncertain",
      edtf: '1965-10-28%',
      start: utc(1965, 10, 28),
      end: utc(1965, 10, 29),
      expect: (s) => expect(s.start.approximate && s.start.uncertain).toBe(true),
    },
    {
      name: "toTimeSpan('195X') is the 1950s, a decade of unspecified years",
      edtf: '195X',
      start: utc(1950),
      end: utc(1960),
    },
    {
      name: "toTimeSpan('1950-06-25/1953-07-27') is an interval including its last day",
      edtf: '1950-06-25/1953-07-27',
      start: utc(1950, 6, 25),
      end: utc(1953, 7, 28),
      expect: (s) => {
        expect(s.point).toBe(false);
        expect(isVague(s)).toBe(false);
      },
    },
    {
      name: "toTimeSpan('1950-06/..') has an open end that goes on past what is drawn",
      edtf: '1950-06/..',
      start: utc(1950, 6),
      end: Infinity,
      expect: (s) => {
        expect(s.end).toMatchObject({ open: true, unknown: false, precision: null });
        expect(s.start.open).toBe(false);
      },
    },
    {
      name: "toTimeSpan('../1965') has an open start",
      edtf: '../1965',
      start: -Infinity,
      end: utc(1966),
      expect: (s) => expect(s.start).toMatchObject({ open: true, unknown: false }),
    },
    {
      name: "toTimeSpan('/1965-10') has an unknown start, which is not an open one",
      edtf: '/1965-10',
      start: -Infinity,
      end: utc(1965, 11),
      expect: (s) => expect(s.start).toMatchObject({ open: false, unknown: true }),
    },
    {
      name: "toTimeSpan('1965-10/') has an unknown end",
      edtf: '1965-10/',
      start: utc(1965, 10),
      end: Infinity,
      expect: (s) => expect(s.end).toMatchObject({ open: false, unknown: true }),
    },
    {
      name: "toTimeSpan('1965-10~/1966?') keeps each end's own qualifier",
      edtf: '1965-10~/1966?',
      start: utc(1965, 10),
      end: utc(1967),
      expect: (s) => {
        expect(s.start).toMatchObject({ approximate: true, uncertain: false, precision: 'month' });
        expect(s.end).toMatchObject({ approximate: false, uncertain: true, precision: 'year' });
      },
    },
    {
      name: "toTimeSpan(' 1965 ') trims surrounding space",
      edtf: ' 1965 ',
      start: utc(1965),
      end: utc(1966),
      expect: (s) => expect(s.edtf).toBe('1965'),
    },
  ];

  test.each(cases)('$name', ({ edtf, start, end, expect: more }) => {
    const s = toTimeSpan(edtf);
    expect(s.start.t).toBe(start);
    expect(s.end.t).toBe(end);
    more?.(s);
  });

  test.each([
    { name: "throws on '1965-13' (no 13th month)", edtf: '1965-13' },
    { name: "throws on '1965-25' (season code out of range)", edtf: '1965-25' },
    { name: "throws on '../..' (both ends open)", edtf: '../..' },
    { name: "throws on '1966/1965' (ends before it starts)", edtf: '1966/1965' },
    { name: 'throws on words', edtf: 'October 1965' },
    { name: "throws on 'a/b/c' (more than one slash)", edtf: '1965/1966/1967' },
  ])('$name', ({ edtf }) => {
    expect(() => toTimeSpan(edtf)).toThrow();
  });

  test('does not depend on the machine time zone: every instant is UTC midnight', () => {
    const s = toTimeSpan('1965-10-28');
    expect(new Date(s.start.t).toISOString()).toBe('1965-10-28T00:00:00.000Z');
  });
});

describe('drawBounds', () => {
  const domain: [number, number] = [utc(1920), utc(1970)];
  test.each([
    { name: 'keeps both known ends', edtf: '1950/1953', bounds: [utc(1950), utc(1954)] },
    { name: 'runs an open end to the domain edge', edtf: '1950/..', bounds: [utc(1950), utc(1970)] },
    { name: 'runs an open start from the domain edge', edtf: '../1953', bounds: [utc(1920), utc(1954)] },
    { name: 'gives an unknown end the domain edge too (a view may fade it)', edtf: '1950/', bounds: [utc(1950), utc(1970)] },
  ])('$name', ({ edtf, bounds }) => {
    expect(drawBounds(toTimeSpan(edtf), domain)).toEqual(bounds);
  });
});
