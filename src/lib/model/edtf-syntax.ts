import { parse } from 'edtf';

/** Levels 0 and 1 of EDTF are what the record format accepts (no sets or lists). */
export function isValidEdtf(s: string): boolean {
  try {
    const p = parse(s, { level: 1 });
    return p.type === 'Date' || p.type === 'Interval' || p.type === 'Season' || p.type === 'Year';
  } catch {
    return false;
  }
}
