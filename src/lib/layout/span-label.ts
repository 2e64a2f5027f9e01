/**
 * Words for a TimeSpan at the precision the source gives, and the qualifier marks ("~", "?")
 * the timeline prints beside a label. Pure; every date in UTC. The words are English unless a
 * `SpanWords` for another language is passed (src/lib/i18n builds them from its catalogue).
 */
import type { SpanEnd, TimeSpan } from '../model/time-span.ts';
import { ENGLISH_DATES, type DateFormats } from '../i18n/date-formats.ts';

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** The dates and joining words one language writes a span with. */
export interface SpanWords {
  dates: DateFormats;
  /** "autumn 1965"; `year` is already written in the language */
  season(season: Season, year: string): string;
  about(s: string): string;
  uncertain(s: string): string;
  range(from: string, to: string): string;
  onwards(s: string): string;
  until(s: string): string;
  endUnknown(s: string): string;
  startUnknown(s: string): string;
  /** "1950s", from "195" */
  decade(first3: string): string;
  /** "20th century", from 20 */
  century(n: number): string;
}

const ordinal = (n: number) => {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${s}`;
};

export const ENGLISH_SPAN_WORDS: SpanWords = {
  dates: ENGLISH_DATES,
  season: (season, year) => `${season} ${year}`,
  about: (s) => `c. ${s}`,
  uncertain: (s) => `${s}?`,
  range: (a, b) => `${a} – ${b}`,
  onwards: (s) => `${s} onwards`,
  until: (s) => `until ${s}`,
  endUnknown: (s) => `${s} – end unknown`,
  startUnknown: (s) => `start unknown – ${s}`,
  decade: (d) => `${d}0s`,
  century: (n) => `${ordinal(n)} century`,
};

const SEASON_BY_MONTH = ['winter', 'winter', 'spring', 'spring', 'spring', 'summer', 'summer', 'summer', 'autumn', 'autumn', 'autumn', 'winter'] as const;

function seasonName(t: number, w: SpanWords): string {
  const d = new Date(t);
  const m = d.getUTCMonth();
  // winter runs December to February: January and February belong to the previous year's winter
  const y = new Date(Date.UTC(2000, 6, 1));
  y.setUTCFullYear(d.getUTCFullYear() - (m < 2 ? 1 : 0));
  return w.season(SEASON_BY_MONTH[m]!, w.dates.year(+y));
}

function qualify(s: string, end: SpanEnd, w: SpanWords): string {
  if (end.approximate) s = w.about(s);
  if (end.uncertain) s = w.uncertain(s);
  return s;
}

/** One known end in words; `side` says whether `end.t` is an inclusive start or an exclusive end. */
function endWords(end: SpanEnd, side: 'start' | 'end', w: SpanWords): string {
  const t = side === 'start' ? end.t : end.t - 1;
  let s: string;
  switch (end.precision) {
    case 'time': s = w.dates.dayMonthYearTime(t); break;
    case 'day': s = w.dates.dayMonthYear(t); break;
    case 'month': s = w.dates.monthYear(t); break;
    case 'season': s = seasonName(t, w); break;
    default: s = w.dates.year(t);
  }
  return qualify(s, end, w);
}

/** "195X" → "1950s", "19XX" → "20th century"; other unspecified digits keep the source's wording. */
function unspecified(edtf: string, w: SpanWords): string | null {
  const m = /^(\d{3})X$/.exec(edtf);
  if (m) return w.decade(m[1]!);
  const c = /^(\d{2})XX$/.exec(edtf);
  if (c) return w.century(Number(c[1]) + 1);
  return /X/.test(edtf) ? edtf : null;
}

/**
 * The span in words, as precise as the source and no more:
 * "28 Oct 1965", "Oct 1965", "autumn 1965", "c. Oct 1965", "1966?", "Jun 1950 – Jul 1953",
 * "Jun 1950 onwards", "until 1965", "Oct 1965 – end unknown".
 */
export function describeSpan(span: TimeSpan, w: SpanWords = ENGLISH_SPAN_WORDS): string {
  if (!span.edtf.includes('/')) {
    const u = unspecified(span.edtf.replace(/[~?%]$/, ''), w);
    if (u) return qualify(u, span.start, w);
    return endWords(span.start, 'start', w);
  }
  const { start, end } = span;
  if (end.open) return w.onwards(endWords(start, 'start', w));
  if (start.open) return w.until(endWords(end, 'end', w));
  if (end.unknown) return w.endUnknown(endWords(start, 'start', w));
  if (start.unknown) return w.startUnknown(endWords(end, 'end', w));
  return w.range(endWords(start, 'start', w), endWords(end, 'end', w));
}

/** The marks printed after a label: "~" approximate, "?" uncertain, both for EDTF "%". */
export function qualifierMarks(span: TimeSpan): string {
  const approx = span.start.approximate || span.end.approximate;
  const unsure = span.start.uncertain || span.end.uncertain;
  return `${approx ? '~' : ''}${unsure ? '?' : ''}`;
}
