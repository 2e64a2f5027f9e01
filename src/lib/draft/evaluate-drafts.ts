/**
 * Drafting measured against a hand annotation. A draft matches a hand-annotated place mention
 * when both are in the same text part, their spans overlap, and they name the same place: the
 * same id, or the same Wikidata id. Each mention and each draft is matched at most once
 * (greedily, in reading order). Precision = matched drafts / drafts; recall = matched mentions /
 * hand-annotated mentions.
 */
import type { Mention, Place } from '../model/types.ts';
import type { PlaceDraft } from './draft-places.ts';

export interface DraftScore {
  drafts: number;
  gold: number;
  matched: number;
  precision: number;
  recall: number;
  /** drafts that matched nothing */
  falsePositives: PlaceDraft[];
  /** hand-annotated mentions no draft found */
  misses: { place: Place; mention: Mention }[];
}

export function scorePlaceDrafts(drafts: PlaceDraft[], gold: Place[]): DraftScore {
  const goldMentions = gold.flatMap((place) => place.mentions.map((mention) => ({ place, mention })));
  const used = new Set<number>();
  const falsePositives: PlaceDraft[] = [];
  let matched = 0;
  for (const d of drafts) {
    const i = goldMentions.findIndex(
      (g, k) =>
        !used.has(k) &&
        g.mention.paragraph === d.mention.paragraph &&
        g.mention.start < d.mention.end &&
        d.mention.start < g.mention.end &&
        (g.place.id === d.entry.id || (g.place.wikidata !== null && g.place.wikidata === d.entry.wikidata)),
    );
    if (i >= 0) {
      used.add(i);
      matched++;
    } else falsePositives.push(d);
  }
  const misses = goldMentions.filter((_, k) => !used.has(k));
  return {
    drafts: drafts.length,
    gold: goldMentions.length,
    matched,
    precision: drafts.length ? matched / drafts.length : 0,
    recall: goldMentions.length ? matched / goldMentions.length : 0,
    falsePositives,
    misses,
  };
}
