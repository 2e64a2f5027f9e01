/**
 * Everything the Import dialog needs for drafting, in one module the app loads only when drafting
 * starts (with chrono-node, and the gazetteer as a chunk of its own): the drafts for a record,
 * and the functions that apply the accepted ones.
 */
import type { PendingPlace } from '../io/import-result.ts';
import type { ArchivalRecord } from '../model/types.ts';
import { applyDateDrafts, applyPlaceDrafts, draftsForPending } from './apply-drafts.ts';
import { draftDates, type DateDraft } from './draft-dates.ts';
import { draftPlaces, type PlaceDraft } from './draft-places.ts';
import { loadGazetteer, type Gazetteer } from './gazetteer.ts';

export interface Drafts {
  gazetteer: Gazetteer;
  places: PlaceDraft[];
  dates: DateDraft[];
  /** places a file named that neither it nor the gazetteer locates */
  unresolved: PendingPlace[];
}

export async function draftAll(record: ArchivalRecord, pending: PendingPlace[] = []): Promise<Drafts> {
  const gazetteer = await loadGazetteer();
  const fromFile = draftsForPending(pending, gazetteer);
  const seen = new Set(fromFile.drafts.map((d) => d.key));
  const places = [...fromFile.drafts, ...draftPlaces(record, gazetteer).filter((d) => !seen.has(d.key))];
  return { gazetteer, places, dates: draftDates(record), unresolved: fromFile.unresolved };
}

export { applyDateDrafts, applyPlaceDrafts };
export type { DateDraft, PlaceDraft };
