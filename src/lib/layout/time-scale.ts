/**
 * The timeline's time axis, pure: the domain a record's spans need, the UTC base scale, and
 * tick labels. Every date is UTC; open and unknown ends never stretch the domain to infinity.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { ENGLISH_DATES, type DateFormats } from '../i18n/date-formats.ts';
import type { TimeSpan } from '../model/time-span.ts';

export const DAY = 86_400_000;
export const YEAR = 365.2425 * DAY;

export type TimeScale = ScaleTime<number, number>;

export interface DomainOptions {
  /** padding on each side, as a fraction of the covered time (default 0.03) */
  pad?: number;
  /** the most padding on each side, ms (default one year): room for open ends' arrows, not decades */
  maxPad?: number;
  /** the shortest domain, ms (default one year), so one event is not drawn across the page */
  minSpan?: number;
}

/**
 * The time a timeline must show: from the earliest known instant of any span (a context event
 * in 1921, say) to the latest (an expectation for 1966), plus `also` (e.g. the record's own
 * date), padded. An open or unknown end contributes its other, known end only, so the domain
 * stays finite and an open end is drawn running to the padded edge.
 */
export function timeDomain(spans: Iterable<TimeSpan>, also: readonly number[] = [], options: DomainOptions = {}): [number, number] {
  const { pad = 0.03, maxPad = YEAR, minSpan = YEAR } = options;
  let lo = Infinity;
  let hi = -Infinity;
  const take = (t: number) => {
    if (!Number.isFinite(t)) return;
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  };
  for (const s of spans) {
    take(s.start.t);
    take(s.end.t);
  }
  for (const t of also) take(t);
  if (lo > hi) {
    // nothing dated: show one year round the epoch rather than fail
    lo = 0;
    hi = YEAR;
  }
  if (hi - lo < minSpan) {
    const mid = (lo + hi) / 2;
    lo = mid - minSpan / 2;
    hi = mid + minSpan / 2;
  }
  const p = Math.min((hi - lo) * pad, maxPad);
  return [lo - p, hi + p];
}

/**
 * The first view of a record: the time round its own date, where what the text says happens
 * (from `before` ahead of the date to `after` past it), inside the domain. The whole domain
 * when that is no wider, or when the record has no date. "Fit all" then shows the rest.
 */
export function initialWindow(
  domain: readonly [number, number],
  recordT: number | null,
  before = 1.25 * YEAR,
  after = 2.5 * YEAR,
): [number, number] {
  if (recordT === null || !Number.isFinite(recordT)) return [domain[0], domain[1]];
  const a = Math.max(domain[0], recordT - before);
  const b = Math.min(domain[1], recordT + after);
  if (b - a >= (domain[1] - domain[0]) * 0.8) return [domain[0], domain[1]];
  return [a, b];
}

/** The un-zoomed scale: the whole domain across [0, width]. Zoom derives from it (rescaleX). */
export function baseScale(domain: readonly [number, number], width: number): TimeScale {
  return scaleUtc().domain([new Date(domain[0]), new Date(domain[1])]).range([0, Math.max(1, width)]);
}

export type TickUnit = 'year' | 'month' | 'day' | 'time';

export interface Tick {
  t: number;
  x: number;
  /** "1965", "Oct", "28", "06:00" */
  label: string;
  /** the wider unit, shown under the label where it changes: "1965" under "Jan", "Oct 1965" under "1" */
  context: string | null;
}

function unitOf(ticks: readonly Date[]): TickUnit {
  if (ticks.every((d) => +utcYear.floor(d) === +d)) return 'year';
  if (ticks.every((d) => +utcMonth.floor(d) === +d)) return 'month';
  if (ticks.every((d) => +utcDay.floor(d) === +d)) return 'day';
  return 'time';
}

/**
 * Ticks about `spacing` px apart, labelled in UTC at the finest unit they share, with the wider
 * unit as context on the first tick and wherever it changes (a two-line axis that never repeats
 * the year on every month).
 */
export function axisTicks(scale: TimeScale, spacing = 84, dates: DateFormats = ENGLISH_DATES): { unit: TickUnit; ticks: Tick[] } {
  const fmt = { year: dates.year, month: dates.month, day: dates.dayOfMonth, time: dates.time };
  const [r0, r1] = scale.range() as [number, number];
  const count = Math.max(2, Math.floor(Math.abs(r1 - r0) / spacing));
  const at = scale.ticks(count);
  const unit = unitOf(at);
  let prev = '';
  const ticks = at.map((d, i): Tick => {
    const label = fmt[unit](+d);
    let ctx: string | null = null;
    if (unit === 'month') ctx = dates.year(+d);
    else if (unit === 'day') ctx = dates.monthYear(+d);
    else if (unit === 'time') ctx = dates.dayMonthYear(+d);
    const context = ctx !== null && (i === 0 || ctx !== prev) ? ctx : null;
    if (ctx !== null) prev = ctx;
    return { t: +d, x: scale(d), label, context };
  });
  return { unit, ticks };
}

/** "29 Oct 1965": a day in UTC, the way the timeline names the record's own date. */
export function formatDay(t: number, dates: DateFormats = ENGLISH_DATES): string {
  return dates.dayMonthYear(t);
}

/** "Jun 1950" for a month-or-longer window, "3 Jun 1950" when it is shorter. */
export function formatWindow(window: readonly [number, number], dates: DateFormats = ENGLISH_DATES): string {
  const [a, b] = window;
  const f = b - a >= 120 * DAY ? dates.monthYear : dates.dayMonthYear;
  // the window's end is exclusive: name the last instant inside it
  return `${f(a)} – ${f(b - 1)}`;
}

/** Round a brushed window out to whole UTC days, so it reads as dates rather than instants. */
export function snapWindow(a: number, b: number): [number, number] {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const s = +utcDay.floor(new Date(lo));
  const e = +utcDay.ceil(new Date(hi));
  return [s, e > s ? e : s + DAY];
}
