/** Reading the import fixtures and the bundled record in io tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArchivalRecord } from '../../src/lib/model/types.ts';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixture = (name: string) => readFileSync(path.join(repo, 'tests/fixtures/import', name), 'utf8');
export const seedText = () => readFileSync(path.resolve(repo, '../shared/seeds/000_3473856850622fa9.txt'), 'utf8');

/** The bundled record as its file holds it, without `$schema` (which no export carries). */
export function bundled(): ArchivalRecord {
  const r = JSON.parse(readFileSync(path.join(repo, 'data/records/prc-fma-106-01479-08/record.json'), 'utf8')) as ArchivalRecord;
  delete r.$schema;
  return r;
}
