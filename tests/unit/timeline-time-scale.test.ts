import { describe, expect, test } from 'vitest';
import { toTimeSpan } from '../../src/lib/model/time-span.ts';
import {
  axisTicks, baseScale, DAY, formatDay, formatWindow, initialWindow, snapWindow, timeDomain, YEAR,
} from '../../src/lib/layout/time-scale.ts';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const spans = (...w: string[]) => w.map(toTimeSpan);

describe('timeDomain', () => {
  test('runs from the earliest context event to the latest expectation, padded', () => {
    const [a, b] = timeDomain(spans('1921/1927', '1965-10-28', '1966'), [], { pad: 0.05, maxPad: Infinity });
    const pad = (utc(1967) - utc(1921)) * 0.05;
    expect(a).toBe(utc(1921) - pad);
    expect(b).toBe(utc(1967) + pad);
  });

  test('caps the padding (default one year), so a long record gets no decade of empty time', () => {
    const [a, b] = timeDomain(spans('1899', '1966'));
    expect(utc(1899) - a).toBeCloseTo(YEAR, -3);
    expect(b - utc(1967)).toBeCloseTo(YEAR, -3);
  });

  test.each([
    { name: 'an open end does not stretch it to infinity', when: '1950-07/..' },
    { name: 'an open start does not stretch it to infinity', when: '../1965-10-28' },
    { name: 'an unknown end counts its known start only', when: '1965-10/' },
  ])('$name', ({ when }) => {
    const [a, b] = timeDomain(spans(when, '1960', '1966'), [], { pad: 0 });
    expect(Number.isFinite(a) && Number.isFinite(b)).toBe(true);
    expect(a).toBeLessThanOrEqual(utc(1960));
    expect(b).toBeLessThanOrEqual(utc(1967));
  });

  test('includes extra instants such as the record’s own date', () => {
    const [, b] = timeDomain(spans('1950'), [utc(1965, 10, 29)], { pad: 0 });
    expect(b).toBe(utc(1965, 10, 29));
  });

  test('is at least minSpan wide, centred on what there is', () => {
    const [a, b] = timeDomain(spans('1965-10-28'), [], { pad: 0, minSpan: YEAR });
    expect(b - a).toBeCloseTo(YEAR, 0);
    expect((a + b) / 2).toBe(utc(1965, 10, 28) + DAY / 2);
  });

  test('is finite and non-empty for a record with nothing dated', () => {
    const [a, b] = timeDomain([]);
    expect(b).toBeGreaterThan(a);
  });
});

describe('initialWindow', () => {
  const domain: [number, number] = [utc(1898), utc(1968)];
  test('frames the time round the record’s own date', () => {
    const [a, b] = initialWindow(domain, utc(1965, 10, 29));
    expect(a).toBeLessThan(utc(1965, 10, 29));
    expect(b).toBeGreaterThan(utc(1965, 10, 29));
    expect(b - a).toBeLessThan(5 * YEAR);
  });
  test('stays inside the domain', () => {
    const [, b] = initialWindow(domain, utc(1967, 6));
    expect(b).toBe(utc(1968));
  });
  test('is the whole domain without a record date, or when the domain is short anyway', () => {
    expect(initialWindow(domain, null)).toEqual(domain);
    expect(initialWindow([utc(1965), utc(1967)], utc(1965, 10, 29))).toEqual([utc(1965), utc(1967)]);
  });
});

describe('axisTicks', () => {
  const at = (a: number, b: number, width = 960) => axisTicks(baseScale([a, b], width));

  test('labels decades of years with the year alone', () => {
    const { unit, ticks } = at(utc(1898), utc(1968));
    expect(unit).toBe('year');
    expect(ticks.map((t) => t.label)).toContain('1950');
    expect(ticks.every((t) => t.context === null)).toBe(true);
  });

  test('labels months, with the year under the first tick and each January', () => {
    const { unit, ticks } = at(utc(1965, 6), utc(1966, 6));
    expect(unit).toBe('month');
    const jan = ticks.find((t) => t.label === 'Jan')!;
    expect(jan.context).toBe('1966');
    expect(ticks[0]!.context).toBe('1965');
    expect(ticks.filter((t) => t.context !== null)).toHaveLength(2);
  });

  test('labels days, with month and year where the month changes', () => {
    const { unit, ticks } = at(utc(1965, 10, 20), utc(1965, 11, 5));
    expect(unit).toBe('day');
    expect(ticks.find((t) => t.label === '1' && t.context === 'Nov 1965')).toBeTruthy();
    expect(ticks[0]!.context).toBe('Oct 1965');
  });

  test('are UTC midnights whatever the machine’s time zone', () => {
    const { ticks } = at(utc(1965, 10, 20), utc(1965, 11, 5));
    for (const t of ticks) expect(new Date(t.t).getUTCHours()).toBe(0);
  });

  test('are spaced about `spacing` px apart', () => {
    const { ticks } = axisTicks(baseScale([utc(1900), utc(2000)], 1000), 100);
    expect(ticks.length).toBeGreaterThanOrEqual(5);
    expect(ticks.length).toBeLessThanOrEqual(21);
  });
});

describe('formatting', () => {
  test.each([
    { name: 'formatDay names the record date the way the timeline labels it', got: () => formatDay(utc(1965, 10, 29)), want: '29 Oct 1965' },
    { name: 'formatWindow gives months for a long window (end exclusive)', got: () => formatWindow([utc(1950), utc(1954)]), want: 'Jan 1950 – Dec 1953' },
    { name: 'formatWindow gives days for a short one', got: () => formatWindow([utc(1965, 10, 1), utc(1965, 11, 1)]), want: '1 Oct 1965 – 31 Oct 1965' },
  ])('$name', ({ got, want }) => {
    expect(got()).toBe(want);
  });

  test('snapWindow rounds a brushed window out to whole UTC days, in order', () => {
    const a = utc(1965, 10, 28) + 5 * 3600_000;
    const b = utc(1965, 10, 20) + 20 * 3600_000;
    expect(snapWindow(a, b)).toEqual([utc(1965, 10, 20), utc(1965, 10, 29)]);
  });

  test('snapWindow never returns an empty window', () => {
    expect(snapWindow(utc(1965, 10, 28), utc(1965, 10, 28))).toEqual([utc(1965, 10, 28), utc(1965, 10, 29)]);
  });
});
