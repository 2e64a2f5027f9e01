/**
 * Events as CSV in the columns people already keep (TimelineJS-like): date, end date, headline,
 * text, place, lat, lon, paragraph, plus id, edtf, modality and places written by this app. One
 * row is one event; `text` is the words of the record it stands on, found in body paragraph
 * `paragraph`. Onto a loaded record the rows add events; alone, the rows' texts become the body.
 * CSV cannot carry everything (see README): only an event's first mention and place's point.
 */
import Papa from 'papaparse';
import { anchor } from '../model/anchor.ts';
import { isValidEdtf } from '../model/edtf-syntax.ts';
import { validateRecord } from '../model/validate.ts';
import type { ArchivalRecord, HistEvent, Mention, Paragraph, Place } from '../model/types.ts';
import { parseDateWords } from './date-words.ts';
import { guard, lineColumn, problem, type ImportProblem, type PendingPlace, type RecordImport } from './import-result.ts';
import { NOT_STATED, type RecordMeta } from './import-text.ts';
import { modalityOf } from './modality-of.ts';
import { textParts, withSortedMentions } from './record-parts.ts';
import { slug, uniqueSlug } from './slug.ts';

export const CSV_COLUMNS = ['date', 'end date', 'headline', 'text', 'place', 'lat', 'lon', 'paragraph', 'id', 'edtf', 'modality', 'places'] as const;

export function exportCsv(record: ArchivalRecord): string {
  const places = new Map(record.places.map((p) => [p.id, p]));
  const body = new Map(record.paragraphs.map((p) => [p.id, p.n]));
  const rows = record.events.map((e) => {
    const [a, b] = e.when.includes('/') ? e.when.split('/') : [e.when, ''];
    const m = e.mentions[0];
    const pl = e.places[0] ? places.get(e.places[0]) : undefined;
    return {
      date: a === '..' ? '' : a,
      'end date': b === '..' ? '' : b,
      headline: e.title,
      text: m?.exact ?? '',
      place: pl?.name ?? '',
      lat: pl?.lat ?? '',
      lon: pl?.lon ?? '',
      paragraph: m ? body.get(m.paragraph) ?? '' : '',
      id: e.id,
      edtf: e.when,
      modality: e.modality,
      places: e.places.join(';'),
    };
  });
  // escapeFormulae: a cell that begins = + - @ is written '= … so a spreadsheet shows it instead of
  // running it (CSV injection: a record's "=HYPERLINK(…)" would otherwise call out when opened)
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows.map((r) => CSV_COLUMNS.map((c) => r[c])) }, { newline: '\n', escapeFormulae: true }) + '\n';
}

/** Undo exportCsv's formula guard: "'=x" read back is "=x" (and "'-0500" is the EDTF year -0500). */
export function unguardCell(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** Column names as people write them: "End Date", "end_date", "Longitude"… */
const ALIASES: Record<string, string> = {
  date: 'date', startdate: 'date', start: 'date', enddate: 'end date', end: 'end date',
  year: 'year', month: 'month', day: 'day', endyear: 'end year', endmonth: 'end month', endday: 'end day',
  headline: 'headline', title: 'headline', text: 'text', quote: 'text', words: 'text',
  place: 'place', location: 'place', lat: 'lat', latitude: 'lat', lon: 'lon', lng: 'lon', long: 'lon', longitude: 'lon',
  paragraph: 'paragraph', para: 'paragraph', id: 'id', edtf: 'edtf', modality: 'modality', places: 'places', wikidata: 'wikidata',
};
const MODALITIES = new Set(['past', 'ongoing', 'expected', 'hypothetical']);

export interface CsvOptions {
  /** a loaded record the rows add events (and places) to */
  base?: ArchivalRecord;
  meta?: RecordMeta;
}

function dateCell(s: string): string | null {
  const t = s.trim();
  if (!t) return null;
  if (isValidEdtf(t)) return t;
  return parseDateWords(t);
}

export function importCsv(text: string, file: string, opts: CsvOptions = {}): RecordImport {
  return guard(file, () => {
    const src = text.replace(/^\uFEFF/, '');
    const rows: { cells: string[]; line: number }[] = [];
    const errors: ImportProblem[] = [];
    let last = 0;
    Papa.parse<string[]>(src, {
      skipEmptyLines: false,
      step: (res) => {
        // the row began after the previous row's end (skip that row's line break)
        const begin = src[last] === '\r' ? last + 2 : src[last] === '\n' ? last + 1 : last;
        const line = lineColumn(src, begin).line;
        for (const e of res.errors) errors.push({ file, field: `line ${line}`, message: `${e.message}; check the quoting of that row` });
        last = res.meta.cursor;
        if (res.data.length === 1 && res.data[0] === '') return; // blank line
        rows.push({ cells: res.data.map(unguardCell), line });
      },
    });
    if (errors.length) return { ok: false, problems: errors };
    if (rows.length < 2) return problem(file, 'line 1', 'needs a header row and at least one row of data');
    const header = rows[0]!.cells.map((h) => ALIASES[h.toLowerCase().replace(/[\s_-]+/g, '')] ?? '');
    const notes: string[] = [];
    rows[0]!.cells.forEach((h, i) => {
      if (!header[i]) notes.push(`column "${h}" is not one this importer reads; ignored`);
    });
    const col = (name: string) => header.indexOf(name);
    if (col('headline') < 0) return problem(file, 'line 1', 'has no "headline" (or "title") column; the header must name the columns: date, end date, headline, text, place, lat, lon, paragraph');
    if (col('date') < 0 && col('edtf') < 0 && col('year') < 0) return problem(file, 'line 1', 'has no "date" (or "year") column');

    const base = opts.base;
    const problems: ImportProblem[] = [];
    const add = (line: number, column: string, message: string) => problems.push({ file, field: `line ${line}, column "${column}"`, message });
    const ids = new Set<string>([...(base?.places ?? []), ...(base?.events ?? []), ...(base?.people ?? [])].map((e) => e.id));
    const places: Place[] = base ? [...base.places] : [];
    const placeByName = new Map(places.map((p) => [p.name, p]));
    const pending = new Map<string, PendingPlace>();
    const created = new Set<Place>(); // places this file adds: only they get mentions here
    const modalityGiven = new Set<string>();
    const paragraphs: Paragraph[] = base ? base.paragraphs : [];
    const ownTexts = new Map<number, string[]>(); // without a base: the body, built from the rows
    type Row = { line: number; get: (c: string) => string };
    const data: Row[] = rows.slice(1).map(({ cells, line }) => ({ line, get: (c: string) => (col(c) >= 0 ? (cells[col(c)] ?? '').trim() : '') }));

    // Without a base record the rows' words are the text: one paragraph a paragraph number.
    if (!base) {
      let auto = Math.max(0, ...data.map((r) => Number(r.get('paragraph')) || 0));
      for (const r of data) {
        const words = r.get('text') || r.get('headline');
        let n = Number(r.get('paragraph'));
        if (!Number.isInteger(n) || n < 1) n = ++auto;
        const list = ownTexts.get(n) ?? [];
        if (words && !list.includes(words)) list.push(words);
        ownTexts.set(n, list);
        (r as Row & { n?: number }).n = n;
      }
      const ns = [...ownTexts.keys()].sort((a, b) => a - b);
      ns.forEach((n, i) => paragraphs.push({ id: `p${i + 1}`, n: i + 1, text: ownTexts.get(n)!.join(' ') }));
      data.forEach((r) => ((r as Row & { n?: number }).n = ns.indexOf((r as Row & { n?: number }).n!) + 1));
    }

    const events: HistEvent[] = [];
    const starts: string[] = [];
    for (const r of data) {
      const title = r.get('headline');
      if (!title) {
        add(r.line, 'headline', 'is empty; every event needs a headline');
        continue;
      }
      let when: string | null = null;
      if (r.get('edtf')) {
        when = isValidEdtf(r.get('edtf')) ? r.get('edtf') : null;
        if (!when) add(r.line, 'edtf', `"${r.get('edtf')}" is not an EDTF date such as 1965-10-28 or 1950-10/1958-10`);
      } else {
        const ymd = (y: string, m: string, d: string) => [y, m && m.padStart(2, '0'), d && d.padStart(2, '0')].filter(Boolean).join('-');
        const a = r.get('date') || ymd(r.get('year'), r.get('month'), r.get('day'));
        const b = r.get('end date') || ymd(r.get('end year'), r.get('end month'), r.get('end day'));
        const da = a ? dateCell(a) : null;
        const db = b ? dateCell(b) : null;
        if (a && !da) add(r.line, col('date') >= 0 ? 'date' : 'year', `"${a}" is not a date; write it as 1965-10-28, 28 October 1965 or EDTF`);
        if (b && !db) add(r.line, 'end date', `"${b}" is not a date; write it as 1965-10-28, 28 October 1965 or EDTF`);
        if (!a && !b) add(r.line, 'date', 'is empty; every event needs a date');
        if ((a && !da) || (b && !db) || (!a && !b)) continue;
        when = db ? `${da ?? '..'}/${db}` : da;
        if (when && !isValidEdtf(when)) {
          add(r.line, 'end date', `the interval "${when}" is not valid EDTF (does it end before it starts?)`);
          continue;
        }
      }
      if (!when) continue;
      starts.push(when.split('/')[0]!.replace(/[?~%]/g, ''));

      // the event's words
      let mention: Mention | null = null;
      const words = r.get('text');
      const n = base ? Number(r.get('paragraph')) : (r as Row & { n?: number }).n!;
      if (words && (base ? r.get('paragraph') : true)) {
        const para = paragraphs.find((p) => p.n === n);
        if (!para) add(r.line, 'paragraph', `"${r.get('paragraph')}" is not a body paragraph number (1–${paragraphs.length})`);
        else if (!para.text.includes(words)) add(r.line, 'text', `“${words.slice(0, 60)}” is not in paragraph ${n}; quote the record's words exactly`);
        else mention = anchor(para.id, para.text, words);
      } else if (words && base) {
        // no paragraph number: the words may stand in any text part (a date line, the summary)
        const para = textParts(base).find((p) => p.text.includes(words));
        if (para) mention = anchor(para.id, para.text, words);
        else add(r.line, 'text', `“${words.slice(0, 60)}” is in no paragraph of the record; quote its words exactly, or give the paragraph number`);
      }

      // the event's places: "places" (ids) first, else "place" with lat/lon
      const placeIds: string[] = [];
      const listed = r.get('places').split(';').map((s) => s.trim()).filter(Boolean);
      for (const id of listed) {
        if (places.some((p) => p.id === id)) placeIds.push(id);
        else if (!r.get('place')) add(r.line, 'places', `"${id}" is not the id of a place`);
      }
      const name = r.get('place');
      if (name) {
        const lat = r.get('lat');
        const lon = r.get('lon');
        let p = placeByName.get(name);
        if (!p && (lat || lon)) {
          const la = Number(lat);
          const lo = Number(lon);
          if (!lat || !Number.isFinite(la) || la < -90 || la > 90) add(r.line, 'lat', `"${lat}" is not a latitude between -90 and 90`);
          else if (!lon || !Number.isFinite(lo) || lo < -180 || lo > 180) add(r.line, 'lon', `"${lon}" is not a longitude between -180 and 180`);
          else {
            p = { id: uniqueSlug(slug(name, 'place'), ids), name, kind: 'city', lat: la, lon: lo, wikidata: null, shape: { type: 'point' }, status1965: NOT_STATED, mentions: [] };
            if (r.get('wikidata') && /^Q[1-9][0-9]*$/.test(r.get('wikidata'))) p.wikidata = r.get('wikidata');
            places.push(p);
            created.add(p);
            placeByName.set(name, p);
          }
        }
        if (p) {
          if (!placeIds.includes(p.id)) placeIds.unshift(p.id);
          if (mention && mention.exact.includes(name) && created.has(p) && !p.mentions.length) {
            const para = paragraphs.find((q) => q.id === mention!.paragraph)!;
            p.mentions = [anchor(para.id, para.text, name, { from: mention.start })];
          }
        } else if (!lat && !lon) {
          // named, not located: the drafting step finds it in the gazetteer
          const key = slug(name, 'place');
          const pp = pending.get(key) ?? { name, wikidata: null, mentions: [] };
          if (mention && mention.exact.includes(name)) {
            const para = paragraphs.find((q) => q.id === mention!.paragraph)!;
            pp.mentions.push(anchor(para.id, para.text, name, { from: mention.start }));
          }
          pending.set(key, pp);
        }
      }

      const mod = r.get('modality');
      if (mod && !MODALITIES.has(mod)) add(r.line, 'modality', `"${mod}" is not one of past, ongoing, expected, hypothetical`);
      const recordDate = opts.meta?.date ?? base?.date;
      const id = r.get('id') && /^[a-z0-9][a-z0-9-]*$/.test(r.get('id')) && !ids.has(r.get('id')) ? (ids.add(r.get('id')), r.get('id')) : uniqueSlug(slug(title, 'event'), ids);
      if (MODALITIES.has(mod)) modalityGiven.add(id);
      events.push({
        id,
        title,
        when,
        modality: (MODALITIES.has(mod) ? mod : recordDate ? modalityOf(when, recordDate) : 'past') as HistEvent['modality'],
        places: placeIds,
        basis: mention ? 'text' : 'context',
        ...(mention ? {} : { source: `${file}, line ${r.line}` }),
        mentions: mention ? [mention] : [],
      });
    }
    if (problems.length) return { ok: false, problems };

    let record: ArchivalRecord;
    if (base) {
      record = { ...base, places: places.map((p) => base.places.find((q) => q.id === p.id) ?? p), events: [...base.events, ...events] };
    } else {
      const meta = opts.meta ?? {};
      const latest = [...starts].filter((s) => s && s !== '..').sort().pop();
      const date = meta.date ?? latest;
      if (!date) return problem(file, 'date', 'could not be set: no row has a date; give the record\'s date');
      if (!meta.date) notes.push(`the record's date was taken from its latest event (${date}); set it if the record is dated otherwise`);
      const title = meta.title ?? file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
      record = {
        id: meta.id ?? slug(title, 'record'),
        title,
        date,
        archive: meta.archive ?? NOT_STATED,
        citation: meta.citation ?? NOT_STATED,
        obtainedBy: [],
        translatedBy: [],
        rights: meta.rights ?? NOT_STATED,
        front: [],
        paragraphs,
        back: [],
        places,
        events: events.map((e) => (modalityGiven.has(e.id) ? e : { ...e, modality: modalityOf(e.when, date) })),
      };
    }
    const checked = validateRecord(withSortedMentions(record), file);
    if (!checked.ok) return checked;
    const left = [...pending.values()];
    return { ok: true, value: checked.record, notes, ...(left.length ? { pending: left } : {}) };
  });
}
