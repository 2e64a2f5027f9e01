/**
 * The selection in the URL: "#place=pyongyang", "#event=…", "#person=…", "#p=3" (body paragraph
 * number, as the reader numbers them); or a tour step, "#tour=class&step=4" (numbered from 1, as
 * the presenter counts), with "&view=present" or "&view=presenter" for the lecture layouts.
 * Pure, so the round trip is unit-tested.
 */
import type { RecordIndex } from './record-index.ts';
import type { Ref } from './types.ts';

/** A place in a tour: `step` counts from 0 here, from 1 in the URL. */
export interface TourAt {
  tour: string;
  step: number;
  view?: 'present' | 'presenter';
}

/** A tour step, when given, is the whole URL: the step says what is selected. */
export function formatHash(ref: Ref | null, index: RecordIndex, at: TourAt | null = null): string {
  if (at) return `#tour=${encodeURIComponent(at.tour)}&step=${at.step + 1}${at.view ? `&view=${at.view}` : ''}`;
  if (!ref) return '';
  if (ref.kind === 'paragraph') {
    const p = index.parts.get(ref.id);
    return p && 'n' in p ? `#p=${p.n}` : `#part=${encodeURIComponent(ref.id)}`;
  }
  return `#${ref.kind}=${encodeURIComponent(ref.id)}`;
}

/** Unknown keys and ids give null: a stale link opens the record unselected, not broken. */
export function parseHash(hash: string, index: RecordIndex): Ref | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const kind of ['place', 'event', 'person'] as const) {
    const id = params.get(kind);
    if (id !== null) return index.has({ kind, id }) ? { kind, id } : null;
  }
  const n = params.get('p');
  if (n !== null) {
    const p = index.paragraphByNumber.get(Number(n));
    return p ? { kind: 'paragraph', id: p.id } : null;
  }
  const part = params.get('part');
  if (part !== null && index.parts.has(part)) return { kind: 'paragraph', id: part };
  return null;
}

/** The tour step in a URL, or null. A missing or bad step number opens the first step. */
export function parseTourHash(hash: string): TourAt | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const tour = params.get('tour');
  if (!tour) return null;
  const n = Number(params.get('step') ?? '1');
  const view = params.get('view');
  return {
    tour,
    step: Number.isInteger(n) && n >= 1 ? n - 1 : 0,
    ...(view === 'present' || view === 'presenter' ? { view } : {}),
  };
}
