/**
 * Tours edited in this browser, kept in localStorage per record and laid over the record's own
 * (a saved tour with the same id replaces the record's). What is stored is checked against the
 * tour schema when it is read back: a damaged entry is ignored whole, never half-loaded.
 */
import * as v from 'valibot';
import { TourSchema } from '../model/schema.ts';
import type { Tour } from '../model/types.ts';

const key = (recordId: string) => `record-explorer:tours:${recordId}`;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // a sandboxed frame or disabled storage throws on access
  }
}

/** The tours saved for a record, or [] when there are none or they do not read back as tours. */
export function savedTours(recordId: string): Tour[] {
  const raw = storage()?.getItem(key(recordId));
  if (!raw) return [];
  try {
    const parsed = v.safeParse(v.array(TourSchema), JSON.parse(raw));
    if (parsed.success) return parsed.output;
  } catch {
    // not JSON: fall through
  }
  console.warn(`Saved tours for ${recordId} are not valid tours; they are ignored.`);
  return [];
}

export function saveTours(recordId: string, tours: readonly Tour[]) {
  const s = storage();
  if (!s) return;
  if (tours.length) s.setItem(key(recordId), JSON.stringify(tours));
  else s.removeItem(key(recordId));
}

/** The record's tours with the saved ones laid over them: same id replaces, new ids follow. */
export function mergeTours(own: readonly Tour[], saved: readonly Tour[]): Tour[] {
  const byId = new Map(saved.map((t) => [t.id, t]));
  const out = own.map((t) => byId.get(t.id) ?? t);
  for (const t of saved) if (!own.some((o) => o.id === t.id)) out.push(t);
  return out;
}
