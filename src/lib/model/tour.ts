/**
 * Guided tours, pure: what a step shows in the three views (its "stage"), the checks that keep a
 * step grounded in the record (ids exist, quoted words are the record's own), and a new step
 * made from what the views show now (the tour editor's "add this view").
 */
import { toTimeSpan } from './time-span.ts';
import { EMPTY_FOCUS, type Focus, type RecordIndex } from './record-index.ts';
import type { MapCamera, Ref, Tour, TourStep } from './types.ts';

/** What one step puts on screen: the Explorer shows it through its `present` verb. */
export interface Stage {
  select: Ref | null;
  places: readonly string[];
  events: readonly string[];
  paragraph: string | null;
  /** [from, to) in ms UTC */
  window: readonly [number, number] | null;
  map: MapCamera | null;
}

/** ["1950", "1966"] → from the first instant of 1950 to the first instant after 1966, ms UTC. */
export function windowOf(edtf: readonly [string, string]): [number, number] {
  const from = toTimeSpan(edtf[0]).start.t;
  const to = toTimeSpan(edtf[1]).end.t;
  if (!Number.isFinite(from) || !Number.isFinite(to)) throw new Error('both ends must be known dates (no "..")');
  if (!(from < to)) throw new Error(`"${edtf[0]}" must come before the end of "${edtf[1]}"`);
  return [from, to];
}

export function stageOf(step: TourStep): Stage {
  return {
    select: step.select ?? null,
    places: step.places ?? [],
    events: step.events ?? [],
    paragraph: step.paragraph ?? null,
    window: step.window ? windowOf(step.window) : null,
    map: step.map ?? null,
  };
}

/**
 * What a stage lights besides its selection: its places and events with their words, and its
 * paragraph. Not the events at its places (as selecting a place would): a step names what it shows.
 */
export function stageFocus(stage: Stage, index: RecordIndex): Focus {
  const places = new Set<string>();
  const events = new Set<string>();
  const mentions = new Set<string>();
  const paragraphs = new Set<string>(stage.paragraph ? [stage.paragraph] : []);
  for (const [kind, ids, into] of [['place', stage.places, places], ['event', stage.events, events]] as const) {
    for (const id of ids) {
      if (!index.has({ kind, id })) continue;
      into.add(id);
      index.mentionsOf(kind, id).forEach((_, i) => mentions.add(`${kind}/${id}/${i}`));
    }
  }
  return { places, events, people: new Set(), paragraphs, mentions };
}

export function unionFocus(a: Focus, b: Focus): Focus {
  if (a === EMPTY_FOCUS) return b;
  if (b === EMPTY_FOCUS) return a;
  const u = (x: ReadonlySet<string>, y: ReadonlySet<string>) => new Set([...x, ...y]);
  return {
    places: u(a.places, b.places),
    events: u(a.events, b.events),
    people: u(a.people, b.people),
    paragraphs: u(a.paragraphs, b.paragraphs),
    mentions: u(a.mentions, b.mentions),
  };
}

/** The words between curly quotes “…” in a narration: each must stand verbatim in the record. */
export function quotesIn(narration: string): string[] {
  return [...narration.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
}

/** What the checks need to know about the record. */
export interface TourLookups {
  places: ReadonlySet<string>;
  events: ReadonlySet<string>;
  people: ReadonlySet<string>;
  /** text of every part (front, body, back) by id */
  texts: ReadonlyMap<string, string>;
}

export interface TourProblem {
  /** relative to the tour, e.g. "steps[3].places[1]" */
  field: string;
  message: string;
}

/** Every way a tour fails to point at the record: unknown ids, bad windows, quotes not in the text. */
export function tourProblems(tour: Tour, r: TourLookups): TourProblem[] {
  const out: TourProblem[] = [];
  const add = (field: string, message: string) => out.push({ field, message });
  const body = [...r.texts.values()];
  tour.steps.forEach((s, i) => {
    const at = `steps[${i}]`;
    if (s.select) {
      const { kind, id } = s.select;
      const known = kind === 'place' ? r.places : kind === 'event' ? r.events : kind === 'person' ? r.people : null;
      if (known ? !known.has(id) : !r.texts.has(id)) add(`${at}.select.id`, `"${id}" is not the id of any ${kind}; fix the id or the kind`);
    }
    (s.places ?? []).forEach((id, j) => {
      if (!r.places.has(id)) add(`${at}.places[${j}]`, `"${id}" is not the id of any place`);
    });
    (s.events ?? []).forEach((id, j) => {
      if (!r.events.has(id)) add(`${at}.events[${j}]`, `"${id}" is not the id of any event`);
    });
    if (s.paragraph && !r.texts.has(s.paragraph)) add(`${at}.paragraph`, `"${s.paragraph}" is not the id of any paragraph, front or back part`);
    if (s.window) {
      try {
        windowOf(s.window);
      } catch (err) {
        add(`${at}.window`, `${JSON.stringify(s.window)} is not a time window: ${(err as Error).message}`);
      }
    }
    for (const q of quotesIn(s.narration)) {
      if (!body.some((t) => t.includes(q))) {
        add(`${at}.narration`, `quotes “${q}”, which is not in the record's text; quote its exact words, or drop the curly quotes`);
      }
    }
  });
  return out;
}

/** ms UTC → an EDTF day, "1965-10-28" (years 0–9999). */
function edtfDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** A time window in ms → the EDTF pair a step stores: the last day is the one before `to`. */
export function edtfWindow(window: readonly [number, number]): [string, string] {
  return [edtfDay(window[0]), edtfDay(Math.max(window[0], window[1] - 1))];
}

/** A longitude in the map's window (e.g. 200°) → the −180…180 a record stores. */
export function normalLon(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/** What the views show now, as the tour editor sees it. */
export interface CurrentView {
  selected: Ref | null;
  /** a stage being shown (the step the editor started from), whose extras are kept */
  stage: Stage | null;
  window: readonly [number, number] | null;
  map: MapCamera | null;
}

/**
 * A new step from the current view. Its narration starts as the first words the record says
 * about the selection, in quotes: grounded from the start, and the editor changes it.
 */
export function stepFromView(view: CurrentView, index: RecordIndex): TourStep {
  const sel = view.selected;
  const focus = index.focusOf(sel);
  const first = index.firstMention(focus);
  const paragraph = view.stage?.paragraph ?? first?.mention.paragraph ?? (sel?.kind === 'paragraph' ? sel.id : undefined);
  const step: TourStep = {
    title: sel ? index.label(sel) : 'New step',
    narration: first ? `“${first.mention.exact}”` : 'What this step shows.',
  };
  if (sel) step.select = { kind: sel.kind, id: sel.id };
  if (view.stage?.places.length) step.places = [...view.stage.places];
  if (view.stage?.events.length) step.events = [...view.stage.events];
  if (paragraph) step.paragraph = paragraph;
  if (view.window) step.window = edtfWindow(view.window);
  if (view.map) {
    const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
    step.map = { lat: round(Math.max(-85, Math.min(85, view.map.lat)), 3), lon: round(normalLon(view.map.lon), 3), zoom: round(view.map.zoom, 2) };
  }
  return step;
}
