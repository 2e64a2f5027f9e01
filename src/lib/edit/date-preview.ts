/**
 * What the timeline previews while an event's date is typed: the span the typed EDTF means, when
 * it is valid and differs from the date the event has. Nothing is committed; pure.
 */
import { isValidEdtf } from '../model/edtf-syntax.ts';
import { toTimeSpan, type TimeSpan } from '../model/time-span.ts';
import type { HistEvent } from '../model/types.ts';

/** An event's extent as typed, before it is committed. */
export interface DatePreview {
  /** the event whose date is being changed; null for a new event */
  event: string | null;
  title: string;
  when: string;
  span: TimeSpan;
}

/** The span of a typed EDTF date, or null while it is not (yet) one the timeline can place. */
export function typedSpan(when: string): TimeSpan | null {
  const w = when.trim();
  if (!w || !isValidEdtf(w)) return null;
  try {
    return toTimeSpan(w);
  } catch {
    return null;
  }
}

/** The preview for changing the date of event `id` to `when`: null when invalid or unchanged. */
export function redatePreview(events: readonly HistEvent[], id: string, when: string): DatePreview | null {
  const e = events.find((x) => x.id === id);
  const w = when.trim();
  if (!e || w === e.when) return null;
  const span = typedSpan(w);
  return span ? { event: e.id, title: e.title, when: w, span } : null;
}

/** The preview for a new event titled `title` dated `when`: null when invalid. */
export function newEventPreview(title: string, when: string): DatePreview | null {
  const span = typedSpan(when);
  return span && title.trim() ? { event: null, title: title.trim(), when: when.trim(), span } : null;
}
