/**
 * A fast path for the EDTF shapes records use most: "1965", "1965-10", "1965-10-28", each with an
 * optional "~", "?" or "%", seasons "1965-21"…"1965-24", and intervals of plain dates with ".."
 * or "" ends. edtf.js's general parser costs ~0.1 ms a call, which a collection of 10,000 events
 * cannot afford (validation plus the index would spend seconds). Anything else returns null and
 * goes to edtf.js, so this path only ever accepts what edtf.js accepts, with the same instants
 * (a unit test checks both against each other).
 */

export interface SimpleDate {
  year: number;
  /** 1–12, or null for a year */
  month: number | null;
  /** 1–31, or null */
  day: number | null;
  approximate: boolean;
  uncertain: boolean;
}

export type SimpleEdtf =
  | { type: 'date'; date: SimpleDate }
  | { type: 'season'; year: number; code: 21 | 22 | 23 | 24 }
  /** null: an open ("..") or unknown ("") end */
  | { type: 'interval'; start: SimpleDate | null; end: SimpleDate | null; startOpen: boolean; endOpen: boolean };

// Four-digit years from 1000 only: Date.UTC maps 0–99 to the 1900s, and edtf.js handles the rest.
const DATE = /^([1-9]\d{3})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;
const SEASON = /^([1-9]\d{3})-(2[1-4])$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function simpleDate(s: string): SimpleDate | null {
  const m = DATE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  // a real calendar day only; edtf.js's own rules (it accepts 29 February in any year) decide the rest
  if (day !== null && (day < 1 || day > daysIn(year, month!))) return null;
  const q = m[4];
  return { year, month, day, approximate: q === '~' || q === '%', uncertain: q === '?' || q === '%' };
}

/** The parse of a simple EDTF string, or null when edtf.js must decide. */
export function simpleEdtf(s: string): SimpleEdtf | null {
  const slash = s.indexOf('/');
  if (slash < 0) {
    const date = simpleDate(s);
    if (date) return { type: 'date', date };
    const season = SEASON.exec(s);
    return season ? { type: 'season', year: Number(season[1]), code: Number(season[2]) as 21 | 22 | 23 | 24 } : null;
  }
  if (s.indexOf('/', slash + 1) >= 0) return null;
  const a = s.slice(0, slash);
  const b = s.slice(slash + 1);
  const start = a === '..' || a === '' ? null : simpleDate(a);
  const end = b === '..' || b === '' ? null : simpleDate(b);
  // both ends known, or one known and the other open or unknown; else edtf.js decides
  if ((a !== '..' && a !== '' && !start) || (b !== '..' && b !== '' && !end) || (!start && !end)) return null;
  if (start && end && startOf(start) >= endOf(end)) return null;
  return { type: 'interval', start, end, startOpen: a === '..', endOpen: b === '..' };
}

/** First instant of the date, ms UTC. */
export function startOf(d: SimpleDate): number {
  return Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1);
}

/** First instant after the date (exclusive end), ms UTC. */
export function endOf(d: SimpleDate): number {
  if (d.day !== null) return Date.UTC(d.year, d.month! - 1, d.day + 1);
  if (d.month !== null) return Date.UTC(d.year, d.month, 1);
  return Date.UTC(d.year + 1, 0, 1);
}
