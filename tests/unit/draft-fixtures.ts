/** The bundled gazetteer and records for the drafting tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gazetteerFrom } from '../../src/lib/draft/gazetteer.ts';
import type { GazetteerFile } from '../../src/lib/draft/gazetteer-entry.ts';
import type { ArchivalRecord, Paragraph } from '../../src/lib/model/types.ts';
import { repo } from './io-fixtures.ts';

export const gazetteerFile = () => readFileSync(path.join(repo, 'src/lib/draft/data/gazetteer.json'), 'utf8');
export const gazetteer = gazetteerFrom(JSON.parse(gazetteerFile()) as GazetteerFile);

/** A record of the given paragraphs, dated 29 October 1965, with nothing annotated. */
export function textRecord(...texts: string[]): ArchivalRecord {
  const paragraphs: Paragraph[] = texts.map((text, i) => ({ id: `p${i + 1}`, n: i + 1, text }));
  return { id: 't', title: 'T', date: '1965-10-29', archive: 'A', citation: 'C', obtainedBy: [], translatedBy: [], rights: 'R', front: [], paragraphs, back: [], places: [], events: [] };
}
