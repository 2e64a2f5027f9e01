/** Tours as data: windows, grounding checks, what a step shows, and a step made from the view. */
import { describe, expect, it } from 'vitest';
import {
  edtfWindow, normalLon, quotesIn, stageFocus, stageOf, stepFromView, tourProblems, unionFocus, windowOf, type TourLookups,
} from '../../src/lib/model/tour.ts';
import { RecordIndex } from '../../src/lib/model/record-index.ts';
import { validateRecord } from '../../src/lib/model/validate.ts';
import type { Tour, TourStep } from '../../src/lib/model/types.ts';
import { miniRecord } from './fixtures.ts';

const record = miniRecord();
const index = new RecordIndex(record);
const lookups: TourLookups = {
  places: new Set(record.places.map((p) => p.id)),
  events: new Set(record.events.map((e) => e.id)),
  people: new Set((record.people ?? []).map((p) => p.id)),
  texts: new Map([...index.parts].map(([id, p]) => [id, p.text])),
};
const tourOf = (step: Partial<TourStep>): Tour => ({ id: 't', title: 'T', steps: [{ title: 'S', narration: 'Words.', ...step }] });

describe('windowOf', () => {
  it('["1950", "1966"] runs from the start of 1950 to the end of 1966, UTC', () => {
    expect(windowOf(['1950', '1966'])).toEqual([Date.UTC(1950, 0, 1), Date.UTC(1967, 0, 1)]);
  });
  it('["1965-09", "1965-10-28"] keeps month and day precision', () => {
    expect(windowOf(['1965-09', '1965-10-28'])).toEqual([Date.UTC(1965, 8, 1), Date.UTC(1965, 9, 29)]);
  });
  it.each([
    [['1966', '1950'], /before/],
    [['../1965', '1966'], /known dates/],
  ] as const)('rejects %j', (w, message) => {
    expect(() => windowOf(w)).toThrow(message);
  });
  it('edtfWindow turns a window in ms back into the EDTF pair that gives the same window', () => {
    const w: [number, number] = [Date.UTC(1965, 0, 1), Date.UTC(1966, 0, 1)];
    expect(edtfWindow(w)).toEqual(['1965-01-01', '1965-12-31']);
    expect(windowOf(edtfWindow(w))).toEqual(w);
  });
});

describe('quotesIn', () => {
  it('finds the words between curly double quotes, not apostrophes', () => {
    expect(quotesIn('Kim’s line: “we must also prepare for war.” And “tunnels”.')).toEqual(['we must also prepare for war.', 'tunnels']);
  });
});

describe('tourProblems', () => {
  it('finds nothing wrong with a grounded step', () => {
    const t = tourOf({
      narration: 'He says “tunnels presently being built underneath Pyongyang”.',
      select: { kind: 'place', id: 'pyongyang' }, places: ['south-korea'], events: ['tunnels'], paragraph: 'p2', window: ['1965', '1966'],
    });
    expect(tourProblems(t, lookups)).toEqual([]);
  });
  it.each([
    [{ select: { kind: 'place', id: 'atlantis' } }, 'steps[0].select.id', /not the id of any place/],
    [{ select: { kind: 'paragraph', id: 'p9' } }, 'steps[0].select.id', /not the id of any paragraph/],
    [{ places: ['pyongyang', 'atlantis'] }, 'steps[0].places[1]', /"atlantis"/],
    [{ events: ['moon-landing'] }, 'steps[0].events[0]', /not the id of any event/],
    [{ paragraph: 'p9' }, 'steps[0].paragraph', /"p9"/],
    [{ window: ['1966', '1950'] }, 'steps[0].window', /before/],
    [{ narration: 'He says “tunnels are being dug under the capital”.' }, 'steps[0].narration', /not in the record's text/],
  ] as [Partial<TourStep>, string, RegExp][])('%j is reported at %s', (step, field, message) => {
    const problems = tourProblems(tourOf(step), lookups);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe(field);
    expect(problems[0]!.message).toMatch(message);
  });
  it('validateRecord rejects a record whose tour points nowhere, naming the tour field', () => {
    const r = { ...miniRecord(), tours: [tourOf({ events: ['nowhere'] })] };
    const result = validateRecord(r, 'mini.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toEqual(['tours[0].steps[0].events[0]']);
  });
  it('validateRecord rejects two tours with one id', () => {
    const r = { ...miniRecord(), tours: [tourOf({}), tourOf({})] };
    const result = validateRecord(r, 'mini.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.field).toBe('tours[1].id');
  });
  it('validateRecord rejects a tour without steps (schema)', () => {
    const result = validateRecord({ ...miniRecord(), tours: [{ id: 't', title: 'T', steps: [] }] }, 'mini.json');
    expect(result.ok).toBe(false);
  });
});

describe('what a step shows', () => {
  it('stageOf reads the window as ms and leaves out what the step does not say', () => {
    const s = stageOf({ title: 'S', narration: 'N', select: { kind: 'event', id: 'meeting' }, window: ['1965', '1965'] });
    expect(s).toEqual({ select: { kind: 'event', id: 'meeting' }, places: [], events: [], paragraph: null, window: [Date.UTC(1965, 0, 1), Date.UTC(1966, 0, 1)], map: null });
  });
  it('stageFocus lights the listed things and their words, and the paragraph, but not the events at a listed place', () => {
    const f = stageFocus(stageOf({ title: 'S', narration: 'N', places: ['pyongyang'], paragraph: 'p1' }), index);
    expect([...f.places]).toEqual(['pyongyang']);
    expect([...f.events]).toEqual([]);
    expect([...f.mentions]).toEqual(['place/pyongyang/0']);
    expect([...f.paragraphs]).toEqual(['p1']);
  });
  it('unionFocus joins the selection’s focus and the stage’s', () => {
    const a = index.focusOf({ kind: 'event', id: 'meeting' });
    const b = stageFocus(stageOf({ title: 'S', narration: 'N', places: ['south-korea'] }), index);
    const u = unionFocus(a, b);
    expect([...u.places].sort()).toEqual(['pyongyang', 'south-korea']);
    expect(u.events.has('meeting')).toBe(true);
  });
});

describe('stepFromView', () => {
  it('makes a grounded step from the selection: its first words quoted, its paragraph, the window and the map', () => {
    const step = stepFromView(
      { selected: { kind: 'place', id: 'pyongyang' }, stage: null, window: [Date.UTC(1965, 0, 1), Date.UTC(1967, 0, 1)], map: { lat: 39.0123, lon: 485.7456, zoom: 6.5 } },
      index,
    );
    expect(step).toEqual({
      title: 'Pyongyang',
      narration: '“Pyongyang”',
      select: { kind: 'place', id: 'pyongyang' },
      paragraph: 'p2',
      window: ['1965-01-01', '1966-12-31'],
      map: { lat: 39.012, lon: 125.746, zoom: 6.5 },
    });
    expect(tourProblems({ id: 'x', title: 'X', steps: [step] }, lookups)).toEqual([]);
  });
  it('with nothing selected still makes a valid step', () => {
    const step = stepFromView({ selected: null, stage: null, window: null, map: null }, index);
    expect(step.title).toBe('New step');
    expect(tourProblems({ id: 'x', title: 'X', steps: [step] }, lookups)).toEqual([]);
  });
  it('normalLon brings a map longitude back into −180…180', () => {
    expect([normalLon(200), normalLon(-190), normalLon(125.5)]).toEqual([-160, 170, 125.5]);
  });
});
