import { describe, expect, it } from 'vitest';
import { gazetteerJson } from '../../scripts/build-gazetteer.ts';
import { nameKey } from '../../src/lib/draft/gazetteer.ts';
import { gazetteer, gazetteerFile } from './draft-fixtures.ts';

describe('the bundled gazetteer', () => {
  it('is what scripts/build-gazetteer.ts writes (run `npm run gazetteer:build` after editing it)', () => {
    expect(gazetteerFile()).toBe(gazetteerJson());
  });

  it('has unique ids', () => {
    const ids = gazetteer.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ['Peking', 'beijing'],
    ['Saigon', 'saigon'],
    ['Manchuria', 'northeast-china'],
    ['Formosa', 'taiwan'],
    ['Ceylon', 'ceylon'],
    ['Burma', 'burma'],
    ['the Soviet Union', null],
    ['Soviet Union', 'soviet-union'],
    ['USSR', 'soviet-union'],
    ['East Germany', 'east-germany'],
    ['West Germany', 'west-germany'],
    ['North Vietnam', 'north-vietnam'],
    ['South Vietnam', 'south-vietnam'],
    ['DPRK', 'north-korea'],
    ['Rangoon', 'yangon'],
    ['Djakarta', 'jakarta'],
    ['U.S.', 'united-states'],
    ['Geneve', 'geneva'],
  ])('"%s" is found as %s', (name, id) => {
    expect(gazetteer.lookup(nameKey(name))[0]?.entry.id ?? null).toBe(id);
  });

  it.each([
    ['Japanese', 'japan'],
    ['Americans', 'united-states'],
    ['Indonesian', 'indonesia'],
    ['Chinese', 'china'],
    ['Soviet', 'soviet-union'],
    ['Korean', 'korea'],
  ])('the demonym "%s" means %s', (word, id) => {
    const hit = gazetteer.lookup(nameKey(word))[0]!;
    expect([hit.entry.id, hit.how]).toEqual([id, 'demonym']);
  });

  it('gives Wikidata ids only where curated, and the 1965 states their own', () => {
    const q = (id: string) => gazetteer.byId.get(id)!.wikidata;
    expect([q('soviet-union'), q('east-germany'), q('west-germany'), q('north-vietnam'), q('south-vietnam'), q('pyongyang')]).toEqual(['Q15180', 'Q16957', 'Q713750', 'Q172640', 'Q180573', 'Q18808']);
    expect(gazetteer.entries.filter((e) => e.source === 'geonames').every((e) => e.wikidata === null)).toBe(true);
  });

  it('holds GeoNames cities of 100 000 people or more, but not city names that are common words', () => {
    const city = (name: string) => gazetteer.lookup(nameKey(name)).find((h) => h.entry.kind === 'city');
    expect(city('Harbin')?.entry.cc).toBe('CN');
    expect(city('Nice')).toBeUndefined();
    expect(city('Split')).toBeUndefined();
  });
});
