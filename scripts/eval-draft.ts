/**
 * `npm run eval:draft`: drafts the bundled record with its annotations hidden and prints the
 * precision and recall of the place drafts against the hand annotation (matching rules in
 * src/lib/draft/evaluate-drafts.ts), then every miss and every false positive.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { draftPlaces } from '../src/lib/draft/draft-places.ts';
import { scorePlaceDrafts } from '../src/lib/draft/evaluate-drafts.ts';
import { gazetteerFrom } from '../src/lib/draft/gazetteer.ts';
import type { GazetteerFile } from '../src/lib/draft/gazetteer-entry.ts';
import type { ArchivalRecord } from '../src/lib/model/types.ts';

const read = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8');
const record = JSON.parse(read('../data/records/prc-fma-106-01479-08/record.json')) as ArchivalRecord;
const gazetteer = gazetteerFrom(JSON.parse(read('../src/lib/draft/data/gazetteer.json')) as GazetteerFile);

// the annotations hidden: the drafter sees only the text
const bare: ArchivalRecord = { ...record, places: [], events: [], people: [] };
delete bare.tours;
const drafts = draftPlaces(bare, gazetteer);
const s = scorePlaceDrafts(drafts, record.places);

const pct = (x: number) => x.toFixed(3);
console.log(`place drafts on ${record.id}: ${s.drafts} drafts, ${s.gold} hand-annotated mentions, ${s.matched} matched`);
console.log(`precision ${pct(s.precision)}  recall ${pct(s.recall)}`);
console.log(`\nmissed (${s.misses.length}):`);
for (const m of s.misses) console.log(`  ${m.mention.paragraph} “${m.mention.exact}” → ${m.place.id}`);
console.log(`\nfalse positives (${s.falsePositives.length}):`);
for (const d of s.falsePositives) console.log(`  ${d.mention.paragraph} “${d.mention.exact}” → ${d.entry.id}`);
