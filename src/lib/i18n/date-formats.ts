/**
 * Dates the interface writes (the timeline's axis and labels, the lists, the detail card), per
 * language, always in UTC. English keeps the timeline's own short forms ("28 Oct 1965", "Sep",
 * from d3-time-format); Chinese and Korean use Intl.DateTimeFormat ("1965年10月28日",
 * "1965년 10월 28일"). Pure: no DOM.
 */
import { utcFormat } from 'd3-time-format';
import type { Locale } from './locale.ts';

export interface DateFormats {
  /** "1965" */
  year(t: number): string;
  /** the axis's month: "Oct", "10月" */
  month(t: number): string;
  /** the axis's day of the month: "28", "28日" */
  dayOfMonth(t: number): string;
  /** "06:00" */
  time(t: number): string;
  /** "Oct 1965" */
  monthYear(t: number): string;
  /** "28 Oct 1965" */
  dayMonthYear(t: number): string;
  /** "28 Oct 1965 06:00" */
  dayMonthYearTime(t: number): string;
}

export const ENGLISH_DATES: DateFormats = (() => {
  const f = {
    year: utcFormat('%Y'),
    month: utcFormat('%b'),
    day: utcFormat('%-d'),
    time: utcFormat('%H:%M'),
    monthYear: utcFormat('%b %Y'),
    dayMonthYear: utcFormat('%-d %b %Y'),
    dayMonthYearTime: utcFormat('%-d %b %Y %H:%M'),
  };
  return {
    year: (t) => f.year(new Date(t)),
    month: (t) => f.month(new Date(t)),
    dayOfMonth: (t) => f.day(new Date(t)),
    time: (t) => f.time(new Date(t)),
    monthYear: (t) => f.monthYear(new Date(t)),
    dayMonthYear: (t) => f.dayMonthYear(new Date(t)),
    dayMonthYearTime: (t) => f.dayMonthYearTime(new Date(t)),
  };
})();

function intlDates(locale: string): DateFormats {
  // timeZone UTC: a record's dates are UTC instants; the reader's own zone must not shift a day
  const make = (o: Intl.DateTimeFormatOptions) => {
    const f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...o });
    return (t: number) => f.format(new Date(t));
  };
  return {
    year: make({ year: 'numeric' }),
    month: make({ month: 'short' }),
    dayOfMonth: make({ day: 'numeric' }),
    time: make({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    monthYear: make({ year: 'numeric', month: 'short' }),
    dayMonthYear: make({ year: 'numeric', month: 'short', day: 'numeric' }),
    dayMonthYearTime: make({ year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  };
}

const cache = new Map<Locale, DateFormats>([['en', ENGLISH_DATES]]);

export function dateFormats(locale: Locale): DateFormats {
  let f = cache.get(locale);
  if (!f) cache.set(locale, (f = intlDates(locale)));
  return f;
}
