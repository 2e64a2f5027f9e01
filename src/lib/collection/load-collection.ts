/**
 * Fetch a collection: its manifest, then every record it lists (in parallel), each validated by
 * the one record validator as it arrives. Whole or nothing: one bad file and the problems of
 * every file are reported, and no record is shown. Only URLs on the app's own origin are fetched.
 */
import { parseRecordText } from '../io/load-record.ts';
import type { RecordProblem, ValidationResult } from '../model/validate.ts';
import type { ArchivalRecord } from '../model/types.ts';
import { validateManifest, type Manifest } from './manifest.ts';
import { mergeCollection, type Collection } from './merge-collection.ts';

export type CollectionResult = { ok: true; collection: Collection } | { ok: false; problems: RecordProblem[] };

async function fetchText(url: string, file: string, fetcher: typeof fetch): Promise<{ text: string } | { problem: RecordProblem }> {
  let res: Response;
  try {
    res = await fetcher(url);
  } catch (err) {
    return { problem: { file, field: '(file)', message: `could not be fetched (${(err as Error).message}); check that the file is served beside the app` } };
  }
  if (!res.ok) return { problem: { file, field: '(file)', message: `could not be fetched: HTTP ${res.status}; check the path` } };
  return { text: await res.text() };
}

/** Records from their texts, all or none; record ids must be unique in a collection. */
export function collectionFromTexts(manifest: Pick<Manifest, 'id' | 'title'>, files: readonly { file: string; text: string }[]): CollectionResult {
  return collectionFromParsed(manifest, files.map(({ file, text }) => ({ file, result: parseRecordText(text, file) })));
}

/** The same, from records already parsed and validated one by one (as each file arrived). */
export function collectionFromParsed(manifest: Pick<Manifest, 'id' | 'title'>, files: readonly { file: string; result: ValidationResult }[]): CollectionResult {
  const problems: RecordProblem[] = [];
  const records: ArchivalRecord[] = [];
  const ids = new Map<string, string>();
  for (const { file, result: r } of files) {
    if (!r.ok) {
      problems.push(...r.problems);
      continue;
    }
    const prior = ids.get(r.record.id);
    if (prior) problems.push({ file, field: 'id', message: `"${r.record.id}" is also the id of ${prior}; records in a collection need their own ids` });
    ids.set(r.record.id, file);
    records.push(r.record);
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, collection: mergeCollection(manifest.id, manifest.title, records) };
}

export async function loadCollection(url: string, file = url, fetcher: typeof fetch = fetch): Promise<CollectionResult> {
  const got = await fetchText(url, file, fetcher);
  if ('problem' in got) return { ok: false, problems: [got.problem] };
  let json: unknown;
  try {
    json = JSON.parse(got.text);
  } catch (err) {
    return { ok: false, problems: [{ file, field: '(file)', message: `is not valid JSON: ${(err as Error).message}; fix the syntax at that position` }] };
  }
  const m = validateManifest(json, file);
  if (!m.ok) return m;
  const base = new URL(url, typeof location === 'undefined' ? 'http://localhost/' : location.href);
  const texts = await Promise.all(
    m.manifest.records.map(async (rel) => {
      const abs = new URL(rel, base);
      const name = new URL(rel, new URL(file, 'http://x/')).pathname.slice(1);
      if (abs.origin !== base.origin) {
        return { problem: { file, field: 'records', message: `"${rel}" is on another site; records are loaded only from the app's own origin` } };
      }
      const t = await fetchText(abs.href, name, fetcher);
      // parsed and validated as it arrives: the page's work overlaps the wait for the other files
      return 'problem' in t ? t : { file: name, result: parseRecordText(t.text, name) };
    }),
  );
  const problems = texts.flatMap((t) => ('problem' in t ? [t.problem] : []));
  if (problems.length) return { ok: false, problems };
  return collectionFromParsed(m.manifest, texts as { file: string; result: ValidationResult }[]);
}
