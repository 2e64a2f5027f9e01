/**
 * `npm run ingest -- <file> [--out data/records/<id>/] [options]`: imports a record from plain
 * text, Markdown, TEI, CSV or record JSON (or adds GeoJSON, Linked Places or Web Annotations to
 * the record given with --base), checks it with the app's own validator and writes
 * <out>/record.json. Nothing is written when anything is wrong; every problem names the file and
 * the line or field. Exit code 0 when written, 1 on problems, 2 on bad usage.
 *
 * Options:
 *   --out DIR            where record.json goes (default data/records/<record id>/)
 *   --base FILE          the record JSON that GeoJSON, Linked Places, annotations or CSV add to
 *   --format NAME        record | text | markdown | tei | csv | geojson | lpf | annotations
 *   --accept-drafts      draft places (gazetteer) and dates, and accept every draft
 *   --id --title --date --archive --citation --rights --language   metadata the file lacks
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { JSDOM } from 'jsdom';
import { exportRecordJson } from '../src/lib/io/export-file.ts';
import { importFile, type ImportFormat } from '../src/lib/io/import-file.ts';
import type { RecordMeta } from '../src/lib/io/import-text.ts';
import { importRecordJson } from '../src/lib/io/import-record-json.ts';
import { applyDateDrafts, applyPlaceDrafts, draftsForPending } from '../src/lib/draft/apply-drafts.ts';
import { draftDates } from '../src/lib/draft/draft-dates.ts';
import { draftPlaces } from '../src/lib/draft/draft-places.ts';
import { gazetteerFrom } from '../src/lib/draft/gazetteer.ts';
import type { GazetteerFile } from '../src/lib/draft/gazetteer-entry.ts';
import { formatProblem, validateRecord, type RecordProblem } from '../src/lib/model/validate.ts';

const USAGE = 'usage: npm run ingest -- <file> [--out data/records/<id>/] [--base record.json] [--format NAME] [--accept-drafts] [--id ID --title T --date EDTF --archive A --citation C --rights R --language L]';

function fail(problems: RecordProblem[]): never {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written`);
  process.exit(1);
}

function main() {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string' }, base: { type: 'string' }, format: { type: 'string' }, 'accept-drafts': { type: 'boolean' },
        id: { type: 'string' }, title: { type: 'string' }, date: { type: 'string' }, archive: { type: 'string' },
        citation: { type: 'string' }, rights: { type: 'string' }, language: { type: 'string' }, help: { type: 'boolean' },
      },
    });
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const { values, positionals } = args;
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const file = positionals[0]!;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    fail([{ file, field: '(file)', message: `could not be read: ${(err as Error).message}` }]);
  }
  let base;
  if (values.base) {
    const b = importRecordJson(readFileSync(values.base, 'utf8'), values.base);
    if (!b.ok) fail(b.problems);
    base = b.value;
  }
  const meta: RecordMeta = {};
  for (const k of ['id', 'title', 'date', 'archive', 'citation', 'rights', 'language'] as const) if (values[k]) meta[k] = values[k];
  const window = new JSDOM('').window;
  const r = importFile(file, text, {
    parseXml: (t) => new window.DOMParser().parseFromString(t, 'application/xml'),
    ...(base ? { base } : {}),
    meta,
    ...(values.format ? { format: values.format as ImportFormat } : {}),
  });
  if (!r.ok) fail(r.problems);
  for (const n of r.notes) console.log(`note: ${n}`);
  let record = r.value;

  const gazetteer = gazetteerFrom(JSON.parse(readFileSync(new URL('../src/lib/draft/data/gazetteer.json', import.meta.url), 'utf8')) as GazetteerFile);
  const pending = r.pending ? draftsForPending(r.pending, gazetteer) : { drafts: [], unresolved: [] };
  const places = [...pending.drafts, ...draftPlaces(record, gazetteer)];
  const dates = draftDates(record);
  for (const u of pending.unresolved) console.log(`note: "${u.name}" is named in the file but found neither there nor in the gazetteer; add it by hand`);
  if (values['accept-drafts']) {
    record = applyDateDrafts(applyPlaceDrafts(record, places, gazetteer), dates);
    console.log(`accepted ${places.length} place drafts and ${dates.length} date drafts: check them in the app`);
  } else if (places.length || dates.length) {
    console.log(`${places.length} place drafts and ${dates.length} date drafts are available: rerun with --accept-drafts, or review them in the app's Import`);
  }

  const out = values.out ?? path.join('data/records', record.id);
  const target = path.join(out, 'record.json');
  // records under data/records/<id>/ point at the schema as the bundled one does
  if (path.resolve(out, '../..') === path.resolve('data')) record = { $schema: '../../schema/record.schema.json', ...record };
  const checked = validateRecord(record, target);
  if (!checked.ok) fail(checked.problems);
  mkdirSync(out, { recursive: true });
  writeFileSync(target, exportRecordJson(record));
  const count = (xs: { mentions: unknown[] }[]) => xs.reduce((n, x) => n + x.mentions.length, 0);
  console.log(`wrote ${target}: ${record.paragraphs.length} paragraphs, ${record.places.length} places, ${record.events.length} events, ${count([...record.places, ...record.events, ...(record.people ?? [])])} mentions`);
}

main();
