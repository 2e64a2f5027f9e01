/**
 * Words for a TimeSpan at the precision the source gives, and the qualifier marks ("~", "?")
 * the timeline prints beside a label. Pure; every date in UTC.
 */
import { utcFormat } from 'd3-time-format';
import type { SpanEnd, TimeSpan } from '../model/time-span.ts';

const F = {
  time: utcFormat('%-d %b %Y %H:%M'),
  day: utcFormat('%-d %b %Y'),
  month: utcFormat('%b %Y'),
  year: utcFormat('%Y'),
};

const SEASON_BY_MONTH = ['winter', 'winter', 'spring', 'spring', 'spring', 'summer', 'summer', 'summer', 'autumn', 'autumn', 'autumn', 'winter'] as const;

function seasonName(t: number): string {
  const d = new Date(t);
  const m = d.getUTCMonth();
  // winter runs December to February: January and February belong to the previous year's winter
  const y = d.getUTCFullYear() - (m < 2 ? 1 : 0);
  return `${SEASON_BY_MONTH[m]} ${y}`;
}

/** One known end in words; `side` says whether `end.t` is an inclusive start or an exclusive end. */
function endWords(end: SpanEnd, side: 'start' | 'end'): string {
  const t = side === 'start' ? end.t : end.t - 1;
  let s: string;
  switch (end.precision) {
    case 'time': s = F.time(new Date(t)); break;
    case 'day': s = F.day(new Date(t)); break;
    case 'month': s = F.month(new Date(t)); break;
    case 'season': s = seasonName(t); break;
    default: s = F.year(new Date(t));
  }
  if (end.approximate) s = `c. ${s}`;
  if (end.uncertain) s = `${s}?`;
  return s;
}

/** "195X" → "1950s", "19XX" → "20th century"; other unspecified digits keep the source's wording. */
function unspecified(edtf: string): string | null {
  const m = /^(\d{3})X$/.exec(edtf);
  if (m) return `${m[1]}0s`;
  const c = /^(\d{2})XX$/.exec(edtf);
  if (c) return `${Number(c[1]) + 1}th century`;
  return /X/.test(edtf) ? edtf : null;
}

/**
 * The span in words, as precise as the source and no more:
 * "28 Oct 1965", "Oct 1965", "autumn 1965", "c. Oct 1965", "1966?", "Jun 1950 – Jul 1953",
 * "Jun 1950 onwards", "until 1965", "Oct 1965 – end unknown".
 */
export function describeSpan(span: TimeSpan): string {
  if (!span.edtf.includes('/')) {
    const u = unspecified(span.edtf.replace(/[~?%]$/, ''));
    if (u) return endWords({ ...span.start, precision: 'year' }, 'start').replace(/\d{4}/, u);
    return endWords(span.start, 'start');
  }
  const { start, end } = span;
  if (end.open) return `${endWords(start, 'start')} onwards`;
  if (start.open) return `until ${endWords(end, 'end')}`;
  if (end.unknown) return `${endWords(start, 'start')} – end unknown`;
  if (start.unknown) return `start unknown – ${endWords(end, 'end')}`;
  return `${endWords(start, 'start')} – ${endWords(end, 'end')}`;
}

/** The marks printed after a label: "~" approximate, "?" uncertain, both for EDTF "%". */
export function qualifierMarks(span: TimeSpan): string {
  const approx = span.start.approximate || span.end.approximate;
  const unsure = span.start.uncertain || span.end.uncertain;
  return `${approx ? '~' : ''}${unsure ? '?' : ''}`;
}
