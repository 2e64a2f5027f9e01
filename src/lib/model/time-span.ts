/**
 * An EDTF string turned into what a timeline draws: a UTC span with the source's precision,
 * approximation, uncertainty and open or unknown ends kept, never rounded into false precision.
 */
import edtf, { parse, type ParsedEdtf } from 'edtf';
import { endOf, simpleEdtf, startOf, type SimpleDate } from './edtf-fast-path.ts';

export type Precision = 'year' | 'season' | 'month' | 'day' | 'time';

export interface SpanEnd {
  /** ms since epoch, UTC; ±Infinity for an open ("..") or unknown ("") end */
  t: number;
  /** ".." in EDTF: the span goes on (or began) beyond what is drawn */
  open: boolean;
  /** "" in EDTF: the end exists but is not known */
  unknown: boolean;
  approximate: boolean;
  uncertain: boolean;
  precision: Precision | null;
}

export interface TimeSpan {
  edtf: string;
  /** earliest instant the span can include */
  start: SpanEnd;
  /** first instant after the span (exclusive) */
  end: SpanEnd;
  /** a single day or finer: drawn as a point, not a bar */
  point: boolean;
  season: 'spring' | 'summer' | 'autumn' | 'winter' | null;
}

const DAY = 86_400_000;
const SEASONS = { 21: 'spring', 22: 'summer', 23: 'autumn', 24: 'winter' } as const;

/**
 * Northern-hemisphere meteorological seasons (the record is Korean): edtf.js maps 21–24 to
 * calendar quarters, which would put "autumn 1965" in July–September.
 */
function seasonRange(year: number, code: 21 | 22 | 23 | 24): [number, number] {
  const startMonth = { 21: 2, 22: 5, 23: 8, 24: 11 }[code];
  const a = Date.UTC(2000, startMonth, 1);
  const b = Date.UTC(2000, startMonth + 3, 1);
  // setUTCFullYear keeps years below 100 right (Date.UTC maps 0–99 to 1900–1999).
  const start = new Date(a);
  start.setUTCFullYear(year);
  const end = new Date(b);
  end.setUTCFullYear(year + (startMonth + 3 >= 12 ? 1 : 0));
  return [start.getTime(), end.getTime()];
}

function precisionOf(p: ParsedEdtf): Precision {
  if (p.type === 'Season') return 'season';
  const n = p.values.length;
  return n >= 4 ? 'time' : n === 3 ? 'day' : n === 2 ? 'month' : 'year';
}

function flag(x: boolean | number | undefined): boolean {
  return x === true || (typeof x === 'number' && x > 0);
}

function single(s: string): { start: SpanEnd; end: SpanEnd; season: TimeSpan['season'] } {
  const p = parse(s, { level: 1 });
  const approximate = flag(p.approximate);
  const uncertain = flag(p.uncertain);
  const precision = precisionOf(p);
  let min: number;
  let max: number;
  let season: TimeSpan['season'] = null;
  if (p.type === 'Season') {
    const [year, code] = p.values as [number, 21 | 22 | 23 | 24];
    season = SEASONS[code] ?? null;
    if (!season) throw new Error(`season ${code} is not supported (use 21–24)`);
    [min, max] = seasonRange(year, code);
  } else {
    const d = edtf(s, { level: 1 });
    min = d.min;
    max = precision === 'time' ? d.max + 1 : d.max + 1;
  }
  const base = { open: false, unknown: false, approximate, uncertain, precision };
  return { start: { ...base, t: min }, end: { ...base, t: max }, season };
}

function missing(side: 'start' | 'end', open: boolean): SpanEnd {
  return {
    t: side === 'start' ? -Infinity : Infinity,
    open,
    unknown: !open,
    approximate: false,
    uncertain: false,
    precision: null,
  };
}

function simpleEnds(d: SimpleDate): { start: SpanEnd; end: SpanEnd } {
  const precision: Precision = d.day !== null ? 'day' : d.month !== null ? 'month' : 'year';
  // literals, not spreads: this runs for every event of a collection
  const { approximate, uncertain } = d;
  return {
    start: { t: startOf(d), open: false, unknown: false, approximate, uncertain, precision },
    end: { t: endOf(d), open: false, unknown: false, approximate, uncertain, precision },
  };
}

/** Throws when the string is not EDTF level 0/1; validate first (schema) to get a clear message. */
export function toTimeSpan(when: string): TimeSpan {
  const s = when.trim();
  // the common shapes without edtf.js's parser (see edtf-fast-path.ts): same spans, ~100× faster
  const fast = simpleEdtf(s);
  if (fast?.type === 'date') {
    const { start, end } = simpleEnds(fast.date);
    return { edtf: s, start, end, point: end.t - start.t <= DAY, season: null };
  }
  if (fast?.type === 'season') {
    const [a, b] = seasonRange(fast.year, fast.code);
    const base = { open: false, unknown: false, approximate: false, uncertain: false, precision: 'season' as const };
    return { edtf: s, start: { ...base, t: a }, end: { ...base, t: b }, point: false, season: SEASONS[fast.code] };
  }
  if (fast?.type === 'interval') {
    const start = fast.start ? simpleEnds(fast.start).start : missing('start', fast.startOpen);
    const end = fast.end ? simpleEnds(fast.end).end : missing('end', fast.endOpen);
    return { edtf: s, start, end, point: false, season: null };
  }
  return edtfTimeSpan(s);
}

/** The general path through edtf.js (every EDTF level 0/1 string); toTimeSpan's fast path must agree with it. */
export function edtfTimeSpan(when: string): TimeSpan {
  const s = when.trim();
  const parts = s.split('/');
  if (parts.length === 1) {
    const one = single(s);
    return { edtf: s, ...one, point: one.end.t - one.start.t <= DAY };
  }
  if (parts.length !== 2) throw new Error(`"${when}" is not an EDTF date or interval`);
  const [a, b] = parts as [string, string];
  // parse the whole to reject what EDTF rejects (e.g. "../..")
  parse(s, { level: 1 });
  const lo = a === '..' || a === '' ? null : single(a);
  const hi = b === '..' || b === '' ? null : single(b);
  // edtf.js accepts "../..": an interval with no known end cannot be placed in time
  if (!lo && !hi) throw new Error(`"${when}" has no known start or end`);
  const start = lo ? lo.start : missing('start', a === '..');
  const end = hi ? hi.end : missing('end', b === '..');
  // end is exclusive: "1966/1965" gives start = end
  if (start.t >= end.t) throw new Error(`"${when}" ends before it starts`);
  return { edtf: s, start, end, point: false, season: lo?.season ?? hi?.season ?? null };
}

/** Any approximation or uncertainty at either end: the mark is drawn as less than certain. */
export function isVague(span: TimeSpan): boolean {
  return span.start.approximate || span.start.uncertain || span.end.approximate || span.end.uncertain;
}

/** Finite bounds for drawing: an open or unknown end is replaced by the given fallback. */
export function drawBounds(span: TimeSpan, domain: [number, number]): [number, number] {
  const a = Number.isFinite(span.start.t) ? span.start.t : domain[0];
  const b = Number.isFinite(span.end.t) ? span.end.t : domain[1];
  return [a, b];
}
