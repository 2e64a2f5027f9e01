/**
 * Words for an EDTF date that keep its precision and doubt: "28 October 1965", "autumn 1965",
 * "1966?", "about October 1965", "October 1950 – October 1958", "… – 28 October 1965".
 */
import type { SpanEnd, TimeSpan } from './time-span.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function endWords(end: SpanEnd, t: number, season: TimeSpan['season']): string {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  let s: string;
  switch (end.precision) {
    case 'season': s = `${season ?? 'season'} ${y}`; break;
    case 'month': s = `${MONTHS[d.getUTCMonth()]} ${y}`; break;
    case 'day':
    case 'time': s = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${y}`; break;
    default: s = String(y);
  }
  if (end.approximate) s = `about ${s}`;
  if (end.uncertain) s = `${s}?`;
  return s;
}

/** The last instant inside the span's end, for naming it ("1958-10" ends in October, not November). */
const inside = (t: number) => t - 1;

export function describeWhen(span: TimeSpan): string {
  const { start, end } = span;
  const from = start.open ? '…' : start.unknown ? 'unknown start' : endWords(start, start.t, span.season);
  if (!Number.isFinite(end.t) || !Number.isFinite(start.t) || !sameUnit(span)) {
    const to = end.open ? 'ongoing' : end.unknown ? 'unknown end' : endWords(end, inside(end.t), span.season);
    return `${from} – ${to}`;
  }
  return from;
}

/** A single EDTF date (not an interval): start and end are the same unit of time. */
function sameUnit(span: TimeSpan): boolean {
  return !span.edtf.includes('/');
}
