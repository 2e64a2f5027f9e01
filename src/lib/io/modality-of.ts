/**
 * The modality a date implies when nothing else is known, read against the record's own date
 * (its "now"): wholly before it is past, wholly after it expected, round it ongoing.
 */
import { toTimeSpan } from '../model/time-span.ts';
import type { Modality } from '../model/types.ts';

export function modalityOf(when: string, recordDate: string): Modality {
  try {
    const span = toTimeSpan(when);
    const now = toTimeSpan(recordDate);
    if (span.end.t <= now.start.t) return 'past';
    if (span.start.t >= now.end.t) return 'expected';
    // round the record's day: past if it stops with that day, else still going on ("this year")
    return span.end.t <= now.end.t ? 'past' : 'ongoing';
  } catch {
    return 'past';
  }
}
