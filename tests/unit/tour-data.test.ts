/**
 * The tour that ships with record prc-fma-106-01479-08: one step per theme of the class, and each
 * step grounded in its own paragraph (its quotes stand there verbatim, its selection has words
 * there) and shown whole under its own time window.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateRecord } from '../../src/lib/model/validate.ts';
import { RecordIndex } from '../../src/lib/model/record-index.ts';
import { ALL, visibleIn } from '../../src/lib/model/filters.ts';
import { quotesIn, stageFocus, stageOf, unionFocus } from '../../src/lib/model/tour.ts';
import type { ArchivalRecord } from '../../src/lib/model/types.ts';

const json: unknown = JSON.parse(readFileSync(new URL('../../data/records/prc-fma-106-01479-08/record.json', import.meta.url), 'utf8'));
const result = validateRecord(json, 'record.json');
const record = (result.ok ? result.record : json) as ArchivalRecord;
const index = new RecordIndex(record);
const tour = record.tours?.find((t) => t.id === 'class');
const steps = tour?.steps ?? [];

describe('the class tour of the bundled record', () => {
  it('validates with the record', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('has the seven themes of the class, in the record’s order', () => {
    expect(steps.map((s) => s.title)).toEqual([
      'The meeting and the Volunteers',
      'Tunnels and war preparations',
      'The struggle in South Korea and South Vietnam',
      'Japan',
      'Asia and the world revolution',
      'Indonesia',
      'The economy',
    ]);
    const order = steps.map((s) => index.paragraphByNumber.get(Number(s.paragraph?.slice(1)))?.n ?? 0);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it.each(steps.map((s, i) => [i + 1, s] as const))('step %i quotes its own paragraph verbatim', (_, step) => {
    const text = index.parts.get(step.paragraph!)!.text;
    const quotes = quotesIn(step.narration);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(text, q).toContain(q);
  });

  it.each(steps.map((s, i) => [i + 1, s] as const))('step %i lights words in its paragraph and keeps what it names visible in its window', (_, step) => {
    const stage = stageOf(step);
    const focus = unionFocus(index.focusOf(stage.select), stageFocus(stage, index));
    const lit = (index.mentionsByPart.get(step.paragraph!) ?? []).filter((m) => focus.mentions.has(m.key));
    expect(lit.length).toBeGreaterThan(0);
    const visible = visibleIn(index, { ...ALL, window: stage.window });
    for (const id of [...(step.places ?? []), ...(stage.select?.kind === 'place' ? [stage.select.id] : [])]) expect(visible.places.has(id), id).toBe(true);
    for (const id of [...(step.events ?? []), ...(stage.select?.kind === 'event' ? [stage.select.id] : [])]) expect(visible.events.has(id), id).toBe(true);
  });
});
