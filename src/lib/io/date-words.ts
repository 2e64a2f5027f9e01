/**
 * Dates as archives write them ("October 29, 1965", "29 Oct. 1965", "1965-10-29", "October
 * 1965") turned into EDTF. Strict: the whole string must be a date, so a sentence never is.
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** 1–12 for an English month name or its abbreviation ("Oct", "Oct.", "Sept"), else 0. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  const i = MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w) && (w.length === 3 || w === 'sept')));
  return i + 1;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function dayOk(y: number, m: number, d: number): boolean {
  // Date.UTC, not local time; setUTCFullYear keeps years below 100 right
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y);
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function ymd(y: number, m: number, d?: number): string | null {
  if (m < 1 || m > 12) return null;
  if (d === undefined) return `${pad(y, 4)}-${pad(m)}`;
  return dayOk(y, m, d) ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : null;
}

/** EDTF for a date written in words or ISO form, or null when the string is not (only) a date. */
export function parseDateWords(input: string): string | null {
  const s = input.trim().replace(/\s+/g, ' ').replace(/[.,]$/, '');
  let m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
  if (m) return ymd(+m[1]!, +m[2]!, m[3] ? +m[3] : undefined);
  if (/^\d{4}$/.test(s)) return s;
  // "October 29, 1965", "Oct. 29 1965"
  m = /^([A-Za-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(s);
  if (m && monthNumber(m[1]!)) return ymd(+m[3]!, monthNumber(m[1]!), +m[2]!);
  // "29 October 1965", "29 October, 1965"
  m = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+\.?),? (\d{4})$/.exec(s);
  if (m && monthNumber(m[2]!)) return ymd(+m[3]!, monthNumber(m[2]!), +m[1]!);
  // "October 1965"
  m = /^([A-Za-z]+\.?),? (\d{4})$/.exec(s);
  if (m && monthNumber(m[1]!)) return ymd(+m[2]!, monthNumber(m[1]!));
  return null;
}

/** A short line that states a day or a time ("29 October, 5:00 p.m."), as a record's time line does. */
export function looksLikeDateOrTime(input: string): boolean {
  const s = input.trim();
  if (s.length > 60) return false;
  if (parseDateWords(s)) return true;
  if (/\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|h|hrs|hours)?/i.test(s) && /\d/.test(s)) {
    return s.split(/\s+/).some((w) => monthNumber(w.replace(/,$/, '')) > 0) || /^\d{1,2}[:.]\d{2}/.test(s);
  }
  const words = s.replace(/,/g, '').split(/\s+/);
  return words.length <= 3 && words.some((w) => monthNumber(w) > 0) && words.some((w) => /^\d{1,2}$/.test(w));
}
