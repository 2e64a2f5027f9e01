import { describe, expect, it } from 'vitest';
import { FULL, generateCollection, prng } from '../../scripts/bench/generate-collection.ts';
import { validateRecord } from '../../src/lib/model/validate.ts';
import { validateManifest } from '../../src/lib/collection/manifest.ts';
import { mergeCollection } from '../../src/lib/collection/merge-collection.ts';

const small = { seed: 7, records: 12, events: 240, places: 120, mentions: 1200 };

describe('the benchmark generator', () => {
  it('is deterministic: the same seed gives the same bytes, another seed other bytes', () => {
    const a = JSON.stringify(generateCollection(small));
    expect(JSON.stringify(generateCollection(small))).toBe(a);
    expect(JSON.stringify(generateCollection({ ...small, seed: 8 }))).not.toBe(a);
    expect(Array.from({ length: 3 }, prng(1))).toEqual(Array.from({ length: 3 }, prng(1)));
  });

  it('writes records that pass the real validator, and a valid manifest', () => {
    const g = generateCollection(small);
    expect(validateManifest(g.manifest, 'collection.json')).toEqual({ ok: true, manifest: g.manifest });
    for (const r of g.records) {
      const v = validateRecord(JSON.parse(JSON.stringify(r)), `${r.id}.json`);
      expect(v.ok ? [] : v.problems).toEqual([]);
    }
  });

  it('makes exactly the counts asked for; shared places merge to the pool size', () => {
    const g = generateCollection(small);
    const c = mergeCollection(g.manifest.id, g.manifest.title, g.records);
    const mentions = g.records.reduce((n, r) => n + [...r.places, ...r.events, ...(r.people ?? [])].reduce((m, x) => m + x.mentions.length, 0), 0);
    expect(g.records).toHaveLength(small.records);
    expect(c.merged.events).toHaveLength(small.events);
    expect(c.merged.places).toHaveLength(small.places);
    expect(mentions).toBe(small.mentions);
    // some places are named in more than one record
    expect([...c.origins.place.values()].some((o) => o.length > 1)).toBe(true);
  });

  it('at full size: 500 records, 10,000 events, 5,000 places, 50,000 mentions, all valid', () => {
    const g = generateCollection(FULL);
    const c = mergeCollection(g.manifest.id, g.manifest.title, g.records);
    expect(g.records).toHaveLength(500);
    expect(c.merged.events).toHaveLength(10_000);
    expect(c.merged.places).toHaveLength(5_000);
    const mentions = [...c.merged.places, ...c.merged.events, ...(c.merged.people ?? [])].reduce((m, x) => m + x.mentions.length, 0);
    expect(mentions).toBe(50_000);
    const bad = g.records.flatMap((r) => {
      const v = validateRecord(r, `${r.id}.json`);
      return v.ok ? [] : v.problems;
    });
    expect(bad).toEqual([]);
  }, 60_000);
});
