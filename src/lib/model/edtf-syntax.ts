import { parse } from 'edtf';
import { simpleEdtf } from './edtf-fast-path.ts';

/** Levels 0 and 1 of EDTF are what the record format accepts (no sets or lists). */
export function isValidEdtf(s: string): boolean {
  // the common shapes are checked without edtf.js's (slow) general parser
  if (simpleEdtf(s)) return true;
  try {
    const p = parse(s, { level: 1 });
    return p.type === 'Date' || p.type === 'Interval' || p.type === 'Season' || p.type === 'Year';
  } catch {
    return false;
  }
}
