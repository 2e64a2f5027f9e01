import { describe, expect, it } from 'vitest';
import { draftPlaces } from '../../src/lib/draft/draft-places.ts';
import { scorePlaceDrafts } from '../../src/lib/draft/evaluate-drafts.ts';
import { bundled } from './io-fixtures.ts';
import { gazetteer } from './draft-fixtures.ts';

describe('place drafting on the bundled record, its annotations hidden (npm run eval:draft)', () => {
  const record = bundled();
  const s = scorePlaceDrafts(draftPlaces({ ...record, places: [], events: [], people: [] }, gazetteer), record.places);

  it('reaches recall ≥ 0.9 and precision ≥ 0.8 against the hand annotation', () => {
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.precision).toBeGreaterThanOrEqual(0.8);
  });

  it('misses only words no gazetteer holds (pronouns and descriptions: "our", "here", "a small country")', () => {
    for (const m of s.misses) expect(m.mention.exact).toMatch(/^(?:our|Our Party|here|a small country)$/);
  });
});

describe('scorePlaceDrafts', () => {
  it('matches by id or Wikidata id on overlapping spans, each mention once', () => {
    const record = bundled();
    const korea = record.places.find((p) => p.id === 'korea')!;
    const m = korea.mentions[0]!;
    const entry = { id: 'other-id', name: 'Korea', kind: 'region' as const, lat: 0, lon: 0, wikidata: 'Q18097', names: [], source: 'curated' as const };
    const d = { key: 'k', mention: m, entry, alternatives: [], how: 'name' as const };
    const s = scorePlaceDrafts([d, { ...d, key: 'k2' }], [korea]);
    expect([s.matched, s.drafts, s.gold]).toEqual([1, 2, 3]);
  });
});
