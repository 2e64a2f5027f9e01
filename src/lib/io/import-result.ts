/**
 * What every importer returns: a whole record (or a whole list of places, mentions…) or the
 * problems that stopped it, each naming the file, the line or field, and what to do. Importers
 * never throw: bad input is rejected whole, so nothing already loaded changes.
 */
import type { RecordProblem } from '../model/validate.ts';
import type { ArchivalRecord, Mention } from '../model/types.ts';

export type ImportProblem = RecordProblem;

/**
 * A place the file names and marks but does not locate (a TEI `placeName` with no coordinates):
 * kept, with its words, for the drafting step to resolve with the gazetteer, never dropped.
 */
export interface PendingPlace {
  name: string;
  wikidata: string | null;
  mentions: Mention[];
}

export type Imported<T> =
  | { ok: true; value: T; notes: string[]; pending?: PendingPlace[] }
  | { ok: false; problems: ImportProblem[] };

export type RecordImport = Imported<ArchivalRecord>;

export function problem(file: string, field: string, message: string): { ok: false; problems: ImportProblem[] } {
  return { ok: false, problems: [{ file, field, message }] };
}

/** 1-based line and column of a UTF-16 offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Run an importer body and turn an unexpected exception into a problem, never an uncaught throw. */
export function guard<T>(file: string, run: () => Imported<T>): Imported<T> {
  try {
    return run();
  } catch (err) {
    return problem(file, '(file)', `could not be read: ${(err as Error).message}`);
  }
}
