import { describe, expect, it } from 'vitest';
import { applyDateDrafts, applyPlaceDrafts, draftsForPending } from '../../src/lib/draft/apply-drafts.ts';
import { draftDates } from '../../src/lib/draft/draft-dates.ts';
import { draftPlaces } from '../../src/lib/draft/draft-places.ts';
import { validateRecord } from '../../src/lib/model/validate.ts';
import { gazetteer, textRecord } from './draft-fixtures.ts';

describe('applying drafts', () => {
  const record = textRecord('The tunnels under Pyongyang will be finished by next year, Kim said of Pyongyang and Japanese militarism.');

  it('makes valid places from accepted place drafts, one place per id, mentions in reading order', () => {
    const drafts = draftPlaces(record, gazetteer);
    const out = applyPlaceDrafts(record, drafts, gazetteer);
    expect(validateRecord(out, 'x').ok).toBe(true);
    expect(out.places.map((p) => [p.id, p.mentions.length])).toEqual([['pyongyang', 2], ['japan', 1]]);
    expect(out.places[0]).toMatchObject({ wikidata: 'Q18808', kind: 'city', shape: { type: 'point' }, status1965: 'Capital of the DPRK' });
    expect(out.places[0]!.note).toMatch(/Drafted/);
  });

  it('adds a mention to a place the record already has (same Wikidata id), and changes nothing given', () => {
    const first = applyPlaceDrafts(record, draftPlaces(record, gazetteer).slice(0, 1), gazetteer);
    const frozen = structuredClone(first);
    const renamed = { ...first, places: first.places.map((p) => ({ ...p, id: 'pyongyang-city' })) };
    const out = applyPlaceDrafts(renamed, draftPlaces(record, gazetteer).slice(1, 2), gazetteer);
    expect(out.places.map((p) => [p.id, p.mentions.length])).toEqual([['pyongyang-city', 2]]);
    expect(first).toEqual(frozen);
  });

  it('a rejected draft is simply not applied', () => {
    expect(applyPlaceDrafts(record, [], gazetteer)).toEqual(record);
  });

  it('makes an event stated by the words of an accepted date draft', () => {
    const out = applyDateDrafts(record, draftDates(record));
    expect(validateRecord(out, 'x').ok).toBe(true);
    expect(out.events).toEqual([
      expect.objectContaining({ when: '1966', modality: 'expected', basis: 'text', title: expect.stringContaining('next year'), mentions: [expect.objectContaining({ exact: 'next year' })] }),
    ]);
  });

  it('finds places a file named but did not locate, by Wikidata id first', () => {
    const m = { paragraph: 'p1', exact: 'Pyongyang', prefix: '', suffix: '', start: 18, end: 27 };
    const { drafts, unresolved } = draftsForPending([{ name: 'P’yang', wikidata: 'Q18808', mentions: [m] }, { name: 'Atlantis', wikidata: null, mentions: [m] }], gazetteer);
    expect(drafts.map((d) => d.entry.id)).toEqual(['pyongyang']);
    expect(unresolved.map((u) => u.name)).toEqual(['Atlantis']);
  });
});
