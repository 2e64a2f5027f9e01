import { describe, expect, it } from 'vitest';
import { draftPlaces, caseFits } from '../../src/lib/draft/draft-places.ts';
import { gazetteer, textRecord } from './draft-fixtures.ts';

const found = (...texts: string[]) => draftPlaces(textRecord(...texts), gazetteer).map((d) => [d.mention.exact, d.entry.id, d.how]);

describe('draftPlaces', () => {
  it('finds the longest name first: "South Vietnam", not "Vietnam"', () => {
    expect(found('They sent a Vice Minister to South Vietnam and to Vietnam.')).toEqual([
      ['South Vietnam', 'south-vietnam', 'name'],
      ['Vietnam', 'vietnam', 'name'],
    ]);
  });

  it('resolves demonyms and adjectives to their places', () => {
    expect(found('Japanese militarism, anti-American struggle and the Indonesian communists.')).toEqual([
      ['Japanese', 'japan', 'demonym'],
      ['American', 'united-states', 'demonym'],
      ['Indonesian', 'indonesia', 'demonym'],
    ]);
  });

  it('finds names of the period: Peking, Saigon, Formosa, Ceylon, Burma, Manchuria', () => {
    expect(found('From Peking to Saigon, Formosa, Ceylon, Burma and Manchuria.').map((x) => x[1])).toEqual(['beijing', 'saigon', 'taiwan', 'ceylon', 'burma', 'northeast-china']);
  });

  it('reads through translators’ brackets and possessives', () => {
    expect(found('[North] Korea’s recent situation; China’s Northeast is our rear.')).toEqual([
      ['[North] Korea', 'north-korea', 'name'],
      ['China’s Northeast', 'northeast-china', 'name'],
    ]);
  });

  it('keeps the case of abbreviations: "US" is a country, "us" a pronoun', () => {
    expect(found('US imperialism will attack us again.')).toEqual([['US', 'united-states', 'name']]);
  });

  it('drafts "East and West Pyongyang" as two districts at the city’s point', () => {
    const ds = draftPlaces(textRecord('those under East and West Pyongyang will be complete'), gazetteer);
    expect(ds.map((d) => [d.mention.exact, d.entry.id, d.entry.kind, d.how])).toEqual([
      ['West Pyongyang', 'west-pyongyang', 'district', 'district'],
      ['East', 'east-pyongyang', 'district', 'district'],
    ]);
    expect(ds[0]!.alternatives[0]!.id).toBe('pyongyang');
  });

  it('offers the other places a name may mean as alternatives', () => {
    const [d] = draftPlaces(textRecord('The Congolese delegation arrived.'), gazetteer);
    expect(d!.alternatives.length).toBeGreaterThan(0);
  });

  it('leaves words already marked as places, and the citation block, alone', () => {
    const r = textRecord('Pyongyang and Seoul.');
    r.back = [{ id: 'document-information', label: 'document information', text: 'PRC FMA 106-01479-08. Obtained in China.' }];
    r.places = [{ id: 'pyongyang', name: 'Pyongyang', kind: 'city', lat: 39, lon: 125.7, wikidata: null, shape: { type: 'point' }, status1965: 'x', mentions: [{ paragraph: 'p1', exact: 'Pyongyang', prefix: '', suffix: ' and Seoul.', start: 0, end: 9 }] }];
    expect(draftPlaces(r, gazetteer).map((d) => d.mention.exact)).toEqual(['Seoul']);
  });

  it.each([
    [['US'], 'US', true],
    [['Us'], 'US', false],
    [['korea'], 'Korea', false],
    [['Korean', 'Peninsula'], 'Korean peninsula', true],
  ])('caseFits(%j, %j) is %j', (words, form, want) => expect(caseFits(words, form)).toBe(want));
});
