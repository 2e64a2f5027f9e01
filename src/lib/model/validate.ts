/**
 * The one validator used by the app, the tests and the scripts. A record is accepted whole or
 * rejected whole; every problem names the file, the field and what to do about it.
 */
import * as v from 'valibot';
import { RecordSchema } from './schema.ts';
import { checkAnchor } from './anchor.ts';
import { toTimeSpan } from './time-span.ts';
import { tourProblems } from './tour.ts';
import type { ArchivalRecord, Mention } from './types.ts';

export interface RecordProblem {
  file: string;
  /** JSON path of the field, e.g. "places[3].mentions[0].start" */
  field: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; record: ArchivalRecord }
  | { ok: false; problems: RecordProblem[] };

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || '(top level)';
}

function describe(issue: v.BaseIssue<unknown>): string {
  // valibot's default messages ("Invalid type: Expected number but received "x"") are clear
  // enough for type errors; ours (custom messages) say how to fix the value.
  if (issue.kind === 'schema' && issue.type !== 'variant' && issue.received === 'undefined') {
    return `is missing; add it (${issue.expected ?? 'a value'})`;
  }
  return issue.message;
}

export function formatProblem(p: RecordProblem): string {
  return `${p.file}: ${p.field} ${p.message}`;
}

export function validateRecord(json: unknown, file: string): ValidationResult {
  const parsed = v.safeParse(RecordSchema, json, { abortEarly: false });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.issues.map((i) => ({ file, field: pathOf(i), message: describe(i) })),
    };
  }
  const record = parsed.output;
  const problems: RecordProblem[] = [];
  const add = (field: string, message: string) => problems.push({ file, field, message });

  const texts = new Map<string, string>();
  const partIds = new Set<string>();
  for (const [list, name] of [[record.front, 'front'], [record.paragraphs, 'paragraphs'], [record.back, 'back']] as const) {
    list.forEach((p, i) => {
      if (partIds.has(p.id)) add(`${name}[${i}].id`, `"${p.id}" is used by another text part; give each part its own id`);
      partIds.add(p.id);
      texts.set(p.id, p.text);
    });
  }
  record.paragraphs.forEach((p, i) => {
    if (p.n !== i + 1) add(`paragraphs[${i}].n`, `is ${p.n}; body paragraphs are numbered 1, 2, 3… in order, so this one should be ${i + 1}`);
  });

  const checkMentions = (mentions: Mention[], at: string) => {
    mentions.forEach((m, j) => {
      const text = texts.get(m.paragraph);
      if (text === undefined) {
        add(`${at}.mentions[${j}].paragraph`, `"${m.paragraph}" is not the id of any paragraph, front or back part`);
        return;
      }
      const bad = checkAnchor(m, text);
      if (bad) add(`${at}.mentions[${j}]`, `${bad}; re-anchor the mention to the paragraph text`);
    });
  };

  const ids = new Map<string, string>();
  const unique = (id: string, at: string) => {
    const prior = ids.get(id);
    if (prior) add(`${at}.id`, `"${id}" is already the id of ${prior}; ids must be unique across places, events and people`);
    else ids.set(id, at);
  };
  const placeIds = new Set(record.places.map((p) => p.id));
  const personIds = new Set((record.people ?? []).map((p) => p.id));

  record.places.forEach((p, i) => {
    unique(p.id, `places[${i}]`);
    checkMentions(p.mentions, `places[${i}]`);
  });
  (record.people ?? []).forEach((p, i) => {
    unique(p.id, `people[${i}]`);
    checkMentions(p.mentions, `people[${i}]`);
  });
  record.events.forEach((e, i) => {
    unique(e.id, `events[${i}]`);
    checkMentions(e.mentions, `events[${i}]`);
    e.places.forEach((id, j) => {
      if (!placeIds.has(id)) add(`events[${i}].places[${j}]`, `"${id}" is not the id of any place; add the place or fix the id`);
    });
    (e.people ?? []).forEach((id, j) => {
      if (!personIds.has(id)) add(`events[${i}].people[${j}]`, `"${id}" is not the id of any person; add the person or fix the id`);
    });
    try {
      toTimeSpan(e.when);
    } catch (err) {
      add(`events[${i}].when`, `"${e.when}" cannot be placed in time: ${(err as Error).message}`);
    }
    if (e.basis === 'text' && e.mentions.length === 0) {
      add(`events[${i}].mentions`, 'is empty, but basis is "text"; anchor the words that state the event, or make its basis "context"');
    }
  });
  (record.lines ?? []).forEach((l, i) => unique(l.id, `lines[${i}]`));

  // Tours: every step must point at things the record has and quote only its words.
  const tourIds = new Set<string>();
  const lookups = { places: placeIds, events: new Set(record.events.map((e) => e.id)), people: personIds, texts };
  (record.tours ?? []).forEach((t, i) => {
    if (tourIds.has(t.id)) add(`tours[${i}].id`, `"${t.id}" is the id of another tour; give each tour its own id`);
    tourIds.add(t.id);
    for (const p of tourProblems(t, lookups)) add(`tours[${i}].${p.field}`, p.message);
  });

  return problems.length ? { ok: false, problems } : { ok: true, record };
}
