/**
 * The mentions as W3C Web Annotations (JSON-LD): one `identifying` annotation a mention, its body
 * the place, event or person (and its Wikidata item), its target the text part with a
 * TextQuoteSelector and a TextPositionSelector. Annotations carry mentions only: imported, they
 * replace the mentions of the things they name in a record already loaded.
 */
import { checkAnchor, reanchor } from '../model/anchor.ts';
import { validateRecord } from '../model/validate.ts';
import type { ArchivalRecord, EntityKind, Mention } from '../model/types.ts';
import { guard, problem, type ImportProblem, type RecordImport } from './import-result.ts';
import { parseJson } from './import-record-json.ts';
import { entityMentions, textParts, withSortedMentions } from './record-parts.ts';

const COLLECTION: Record<EntityKind, string> = { place: 'places', event: 'events', person: 'people' };

interface Selector {
  type: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}
interface Annotation {
  id?: string;
  type?: string;
  motivation?: string;
  body?: unknown;
  target?: { source?: string; selector?: Selector | Selector[] } | string;
}

export function recordBase(record: Pick<ArchivalRecord, 'id'>): string {
  return `urn:x-record:${record.id}/`;
}

export function exportWebAnnotations(record: ArchivalRecord, base = recordBase(record)): string {
  const label = (kind: EntityKind, id: string) =>
    kind === 'place' ? record.places.find((p) => p.id === id)!.name
      : kind === 'event' ? record.events.find((e) => e.id === id)!.title
        : record.people!.find((p) => p.id === id)!.name;
  const wikidata = (kind: EntityKind, id: string) =>
    kind === 'place' ? record.places.find((p) => p.id === id)!.wikidata : kind === 'person' ? record.people!.find((p) => p.id === id)!.wikidata : null;
  const counts = new Map<string, number>();
  const items = entityMentions(record).map(({ kind, id, mention: m }) => {
    const key = `${kind}/${id}`;
    const i = counts.get(key) ?? 0;
    counts.set(key, i + 1);
    const q = wikidata(kind, id);
    return {
      id: `${base}annotations/${COLLECTION[kind]}/${id}/${i}`,
      type: 'Annotation',
      motivation: 'identifying',
      body: [
        { id: `${base}${COLLECTION[kind]}/${id}`, type: 'SpecificResource', purpose: 'identifying' },
        ...(q ? [{ id: `http://www.wikidata.org/entity/${q}`, purpose: 'identifying' }] : []),
        { type: 'TextualBody', purpose: 'describing', value: label(kind, id), format: 'text/plain' },
      ],
      target: {
        source: `${base}text/${m.paragraph}`,
        selector: [
          { type: 'TextQuoteSelector', exact: m.exact, prefix: m.prefix, suffix: m.suffix },
          { type: 'TextPositionSelector', start: m.start, end: m.end },
        ],
      },
    };
  });
  const doc = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${base}annotations`,
    type: 'AnnotationCollection',
    label: `Places, events and people mentioned in “${record.title}”`,
    total: items.length,
    first: { id: `${base}annotations/page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

function annotationsOf(json: unknown): Annotation[] | null {
  const j = json as { type?: string; items?: unknown; first?: { items?: unknown } };
  if (!j || typeof j !== 'object') return null;
  if (j.type === 'Annotation') return [j as Annotation];
  if (j.type === 'AnnotationPage' && Array.isArray(j.items)) return j.items as Annotation[];
  if (j.type === 'AnnotationCollection' && Array.isArray(j.first?.items)) return j.first.items as Annotation[];
  if (Array.isArray(json)) return json as Annotation[];
  return null;
}

/** Annotations onto a loaded record: the things they name get exactly these mentions. */
export function importWebAnnotations(text: string, file: string, record: ArchivalRecord): RecordImport {
  return guard(file, () => {
    const parsed = parseJson(text, file);
    if (!parsed.ok) return parsed;
    const list = annotationsOf(parsed.json);
    if (!list) return problem(file, 'type', 'must be an Annotation, an AnnotationPage or an AnnotationCollection (W3C Web Annotation)');
    const texts = new Map(textParts(record).map((p) => [p.id, p.text]));
    const problems: ImportProblem[] = [];
    const notes: string[] = [];
    const found = new Map<string, Mention[]>();
    list.forEach((a, i) => {
      const at = `items[${i}]`;
      if (!a || typeof a !== 'object') return problems.push({ file, field: at, message: 'is not an annotation (an object with a body and a target)' });
      const bodies = (Array.isArray(a.body) ? a.body : [a.body]) as { id?: string }[];
      const ref = bodies.map((b) => (typeof b === 'string' ? b : b?.id) ?? '').map((s) => /\/(places|events|people)\/([a-z0-9][a-z0-9-]*)$/.exec(s)).find(Boolean);
      if (!ref) return problems.push({ file, field: `${at}.body`, message: 'names no place, event or person of the record (…/places/<id>, …/events/<id> or …/people/<id>)' });
      const kind = ref[1] === 'places' ? 'place' : ref[1] === 'events' ? 'event' : 'person';
      const list = kind === 'place' ? record.places : kind === 'event' ? record.events : record.people ?? [];
      if (!list.some((e) => e.id === ref[2])) return problems.push({ file, field: `${at}.body`, message: `"${ref[2]}" is not a ${kind} of the record; add it first` });
      const target = typeof a.target === 'string' ? { source: a.target } : a.target;
      const source = typeof target?.source === 'string' ? target.source : '';
      const part = /\/text\/([a-z0-9][a-z0-9-]*)$/.exec(source)?.[1];
      const partText = part ? texts.get(part) : undefined;
      if (!part || partText === undefined) return problems.push({ file, field: `${at}.target.source`, message: `"${source}" is not a text part of the record (…/text/<part id>)` });
      const sels = (Array.isArray(target!.selector) ? target!.selector : [target!.selector]).filter(Boolean) as Selector[];
      const quote = sels.find((s) => s.type === 'TextQuoteSelector');
      const pos = sels.find((s) => s.type === 'TextPositionSelector');
      // a file's values are untyped: words are a string, offsets whole numbers, or they are not read
      const str = (s: unknown) => (typeof s === 'string' ? s : undefined);
      const int = (n: unknown) => (Number.isSafeInteger(n) ? (n as number) : undefined);
      const exact = str(quote?.exact) ?? (pos && int(pos.start) !== undefined && int(pos.end) !== undefined ? partText.slice(pos.start, pos.end) : '');
      if (!exact) return problems.push({ file, field: `${at}.target.selector`, message: 'needs a TextQuoteSelector or a TextPositionSelector' });
      let m: Mention | null = { paragraph: part, exact, prefix: str(quote?.prefix) ?? '', suffix: str(quote?.suffix) ?? '', start: int(pos?.start) ?? 0, end: int(pos?.end) ?? 0 };
      if (checkAnchor(m, partText)) {
        m = reanchor(m, partText);
        if (!m) return problems.push({ file, field: `${at}.target.selector`, message: `the words "${exact}" are not in ${part}` });
        notes.push(`${at}: offsets did not fit the text; the quote was found at ${m.start}–${m.end}`);
      }
      const key = `${kind}/${ref[2]}`;
      found.set(key, [...(found.get(key) ?? []), m]);
    });
    if (problems.length) return { ok: false, problems };
    const apply = <T extends { id: string; mentions: Mention[] }>(kind: EntityKind) => (e: T): T => {
      const ms = found.get(`${kind}/${e.id}`);
      return ms ? { ...e, mentions: ms } : e;
    };
    const out = withSortedMentions({
      ...record,
      places: record.places.map(apply('place')),
      events: record.events.map(apply('event')),
      ...(record.people ? { people: record.people.map(apply('person')) } : {}),
    });
    const checked = validateRecord(out, file);
    return checked.ok ? { ok: true, value: checked.record, notes } : checked;
  });
}
