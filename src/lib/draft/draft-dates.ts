/**
 * Date drafts: dates in the text read against the record's own date, its "now" ("next year" in
 * a 1965 record is 1966, "this year" 1965, "28 [October 1965]" 1965-10-28), written as EDTF with
 * no more precision than the words give ("next year" is "1966", not a day). chrono-node reads
 * the English; seasons ("the autumn" → 1965-23) and bare years and decades ("1950s" → "195X")
 * are read here. Durations ("for two months") and "now" are not dates.
 */
import { casual } from 'chrono-node/en';
import type { ParsedComponents } from 'chrono-node';
import { anchor } from '../model/anchor.ts';
import { isValidEdtf } from '../model/edtf-syntax.ts';
import type { ArchivalRecord, Mention, Modality } from '../model/types.ts';
import { textParts } from '../io/record-parts.ts';
import { modalityOf } from '../io/modality-of.ts';

export interface DateDraft {
  /** stable key: "date:<part>:<start>" */
  key: string;
  mention: Mention;
  /** EDTF */
  when: string;
  modality: Modality;
  /** how the date was read, for the event's source */
  reading: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const SEASONS: Record<string, number> = { spring: 21, summer: 22, autumn: 23, fall: 23, winter: 24 };
const NOT_DATES = /^(?:now|right now|currently|presently|at present|for\b|during\b|over\b|within\b)/i;

/** The record's date as a UTC instant at noon (chrono reads "next year" from it). */
function referenceOf(date: string): { instant: Date; timezone: number } {
  const [y, m, d] = date.replace(/[?~%]/g, '').split('/')[0]!.split('-').map(Number);
  const t = new Date(Date.UTC(2000, (m && m <= 12 ? m : 1) - 1, d ?? 1, 12));
  t.setUTCFullYear(y!);
  return { instant: t, timezone: 0 };
}

/** EDTF at the precision chrono is sure of: a year, a month or a day. */
function edtfOf(c: ParsedComponents): string | null {
  const y = c.get('year');
  if (y === null) return null;
  const certainDay = c.isCertain('day') || c.isCertain('weekday');
  if (c.isCertain('month') && certainDay) return `${pad(y, 4)}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
  if (c.isCertain('month')) return `${pad(y, 4)}-${pad(c.get('month')!)}`;
  if (c.isCertain('year')) return pad(y, 4);
  return null;
}

export function draftDates(record: ArchivalRecord, opts: { skip?: (label: string | undefined) => boolean } = {}): DateDraft[] {
  const skip = opts.skip ?? ((l) => /document information|citation|rights/i.test(l ?? ''));
  const labels = new Map([...record.front, ...record.back].map((p) => [p.id, p.label]));
  const ref = referenceOf(record.date);
  const year = ref.instant.getUTCFullYear();
  const out: DateDraft[] = [];

  for (const part of textParts(record)) {
    if (skip(labels.get(part.id))) continue;
    const text = part.text;
    // translators' brackets hide nothing from the reader: "28 [October 1965]" is a date
    const masked = text.replace(/[[\]]/g, ' ');
    // words already inside an event's quote are that event's date, not a new one
    const spans: [number, number][] = record.events.flatMap((e) => e.mentions.filter((m) => m.paragraph === part.id).map((m): [number, number] => [m.start, m.end]));
    const push = (start: number, end: number, when: string, reading: string) => {
      // trim spaces; keep a bracket the words open or close
      while (/\s/.test(text[start] ?? '')) start++;
      while (/\s/.test(text[end - 1] ?? '')) end--;
      const inner = text.slice(start, end);
      if (inner.includes('[') && !inner.includes(']') && text[end] === ']') end++;
      if (inner.includes(']') && !inner.includes('[') && text[start - 1] === '[') start--;
      if (end <= start || !isValidEdtf(when) || spans.some(([a, b]) => a < end && start < b)) return;
      spans.push([start, end]);
      out.push({ key: `date:${part.id}:${start}`, mention: anchor(part.id, text, text.slice(start, end), { from: start }), when, modality: modalityOf(when, record.date), reading });
    };

    for (const r of casual.parse(masked, ref)) {
      let t = r.text;
      let at = r.index;
      const lead = /^(?:on|in|at|by|from|since|until|till|of)\s+/i.exec(t);
      if (lead) {
        t = t.slice(lead[0].length);
        at += lead[0].length;
      }
      if (NOT_DATES.test(t)) continue;
      const a = edtfOf(r.start);
      if (!a) continue;
      const b = r.end ? edtfOf(r.end) : null;
      const when = b && b !== a ? `${a}/${b}` : a;
      const implied = !r.start.isCertain('year');
      const words = text.slice(at, at + t.length).trim();
      push(at, at + t.length, when, implied ? `“${words}”, the year taken from the record's date (${record.date})` : `“${words}” read against the record's date (${record.date})`);
    }

    for (const m of masked.matchAll(/\b(?:(this|last|next|the|that)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(\d{4}))?\b/gi)) {
      const [, det, season, y] = m;
      if (!det && !y) continue; // "fall" alone is a verb
      if (season!.toLowerCase() === 'fall' && !y && !/^(?:this|last|next)$/i.test(det ?? '')) continue;
      const yy = y ? Number(y) : det?.toLowerCase() === 'last' ? year - 1 : det?.toLowerCase() === 'next' ? year + 1 : year;
      push(m.index!, m.index! + m[0].length, `${pad(yy, 4)}-${SEASONS[season!.toLowerCase()]}`, `“${m[0]}” read against the record's date (${record.date})`);
    }

    for (const m of masked.matchAll(/(?<![\d-/])\b(1[5-9]\d\d|20\d\d)(s)?\b(?![-/]\d)/g)) {
      const when = m[2] ? `${m[1]!.slice(0, 3)}X` : m[1]!;
      push(m.index!, m.index! + m[0].length, when, m[2] ? `the decade “${m[0]}”` : `the year ${m[1]}`);
    }
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}
