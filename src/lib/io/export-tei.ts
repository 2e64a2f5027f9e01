/**
 * Record → TEI P5 XML. The text parts carry their mentions inline (`placeName`, `persName`,
 * `rs type="event"`, and `date` where the quoted words are themselves a date); places, people,
 * events and lines are listed in `standOff`. What TEI has no element for is kept in TEI's own
 * escape hatches (a place's map shape as JSON in `trait type="shape"`, tours as JSON in
 * `xenoData`), so that importTei(exportTei(r)) gives r back (less `$schema`).
 * Mentions that cross another mention (cannot nest in XML) are written as `anchor` pairs and a
 * `span` in `standOff`.
 */
import type { ArchivalRecord, EntityKind, HistEvent, Mention } from '../model/types.ts';
import { parseDateWords } from './date-words.ts';
import { textParts } from './record-parts.ts';
import { attrs, escText, toXmlId } from './xml-text.ts';

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';

/** W3C-date attributes other TEI tools understand, when the EDTF has plain ISO ends. */
export function isoAttrs(edtf: string): Record<string, string> {
  const plain = /^-?\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
  if (plain.test(edtf) && !/^\d{4}-2[1-4]$/.test(edtf)) return { when: edtf };
  const [a, b] = edtf.split('/');
  if (b === undefined) return {};
  const out: Record<string, string> = {};
  if (a && plain.test(a)) out.from = a;
  if (b && plain.test(b)) out.to = b;
  return out;
}

function whenAttrs(edtf: string): Record<string, string> {
  return { ...isoAttrs(edtf), 'when-custom': edtf, datingMethod: '#edtf' };
}

interface Inline {
  start: number;
  end: number;
  open: string;
  close: string;
  kind: EntityKind;
  ref: string;
}

const KIND_ORDER: Record<EntityKind, number> = { event: 0, place: 1, person: 2 };

function tagFor(kind: EntityKind, ref: string, m: Mention, event?: HistEvent): { open: string; close: string } {
  const r = `#${ref}`;
  if (kind === 'place') return { open: `<placeName${attrs({ ref: r })}>`, close: '</placeName>' };
  if (kind === 'person') return { open: `<persName${attrs({ ref: r })}>`, close: '</persName>' };
  const words = parseDateWords(m.exact);
  if (event && words) return { open: `<date${attrs({ ...isoAttrs(words), ref: r })}>`, close: '</date>' };
  return { open: `<rs${attrs({ type: 'event', ref: r })}>`, close: '</rs>' };
}

interface Crossing {
  part: string;
  kind: EntityKind;
  ref: string;
  from: string;
  to: string;
}

/** One part's text with its mentions as nested elements; crossing ones become anchors. */
function inlineText(partId: string, text: string, items: Inline[], crossings: Crossing[]): string {
  items.sort((a, b) => a.start - b.start || b.end - a.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  const nested: Inline[] = [];
  const points: { at: number; xml: string }[] = [];
  const stack: Inline[] = [];
  for (const it of items) {
    while (stack.length && stack[stack.length - 1]!.end <= it.start) stack.pop();
    const top = stack[stack.length - 1];
    if (top && it.end > top.end) {
      const n = crossings.length + 1;
      const from = `${toXmlId(partId)}.a${n}`;
      const to = `${toXmlId(partId)}.b${n}`;
      points.push({ at: it.start, xml: `<anchor${attrs({ 'xml:id': from })}/>` }, { at: it.end, xml: `<anchor${attrs({ 'xml:id': to })}/>` });
      crossings.push({ part: partId, kind: it.kind, ref: it.ref, from, to });
      continue;
    }
    nested.push(it);
    stack.push(it);
  }
  points.sort((a, b) => a.at - b.at);
  let out = '';
  let cursor = 0;
  let p = 0;
  const emit = (upTo: number) => {
    while (p < points.length && points[p]!.at <= upTo) {
      out += escText(text.slice(cursor, points[p]!.at)) + points[p]!.xml;
      cursor = points[p]!.at;
      p++;
    }
    out += escText(text.slice(cursor, upTo));
    cursor = upTo;
  };
  const open: Inline[] = [];
  for (const it of nested) {
    while (open.length && open[open.length - 1]!.end <= it.start) {
      const done = open.pop()!;
      emit(done.end);
      out += done.close;
    }
    emit(it.start);
    out += it.open;
    open.push(it);
  }
  while (open.length) {
    const done = open.pop()!;
    emit(done.end);
    out += done.close;
  }
  emit(text.length);
  return out;
}

export function exportTei(record: ArchivalRecord): string {
  const events = new Map(record.events.map((e) => [e.id, e]));
  const byPart = new Map<string, Inline[]>();
  const add = (kind: EntityKind, id: string, m: Mention) => {
    const list = byPart.get(m.paragraph) ?? [];
    list.push({ start: m.start, end: m.end, kind, ref: toXmlId(id), ...tagFor(kind, toXmlId(id), m, events.get(id)) });
    byPart.set(m.paragraph, list);
  };
  for (const p of record.places) for (const m of p.mentions) add('place', p.id, m);
  for (const e of record.events) for (const m of e.mentions) add('event', e.id, m);
  for (const p of record.people ?? []) for (const m of p.mentions) add('person', p.id, m);

  const crossings: Crossing[] = [];
  const body = (id: string, text: string) => inlineText(id, text, byPart.get(id) ?? [], crossings);
  const parts = textParts(record);
  const section = (name: 'front' | 'back') =>
    parts
      .filter((p) => p.section === name)
      .map((p) => {
        const label = (name === 'front' ? record.front : record.back).find((x) => x.id === p.id)!.label;
        return `      <div${attrs({ type: 'part', n: label, 'xml:id': toXmlId(p.id) })}><p>${body(p.id, p.text)}</p></div>`;
      })
      .join('\n');
  const note = (text: string | undefined, type?: string) => (text === undefined ? '' : `<note${attrs({ type })}>${escText(text)}</note>`);
  const wikidata = (q: string | null) => (q ? `<idno type="wikidata">${escText(q)}</idno>` : '');

  const places = record.places
    .map(
      (p) =>
        `        <place${attrs({ 'xml:id': toXmlId(p.id), type: p.kind })}>` +
        `<placeName>${escText(p.name)}</placeName>` +
        `<location><geo>${p.lat} ${p.lon}</geo></location>` +
        wikidata(p.wikidata) +
        `<trait type="shape"><desc>${escText(JSON.stringify(p.shape))}</desc></trait>` +
        `<state type="status1965"><desc>${escText(p.status1965)}</desc></state>` +
        note(p.note) +
        `</place>`,
    )
    .join('\n');
  const people = (record.people ?? [])
    .map(
      (p) =>
        `        <person${attrs({ 'xml:id': toXmlId(p.id) })}>` +
        `<persName>${escText(p.name)}</persName>` +
        wikidata(p.wikidata) +
        `<state type="role"><desc>${escText(p.role)}</desc></state>` +
        note(p.note) +
        `</person>`,
    )
    .join('\n');
  const refs = (ids: string[] | undefined) => (ids === undefined ? undefined : ids.map((id) => `#${toXmlId(id)}`).join(' '));
  const eventList = record.events
    .map(
      (e) =>
        `        <event${attrs({ 'xml:id': toXmlId(e.id), type: e.modality, subtype: e.basis, ...whenAttrs(e.when), where: refs(e.places), corresp: refs(e.people) })}>` +
        `<label>${escText(e.title)}</label>` +
        note(e.source, 'source') +
        note(e.note) +
        `</event>`,
    )
    .join('\n');
  const lines = (record.lines ?? [])
    .map(
      (l) =>
        `        <place${attrs({ 'xml:id': toXmlId(l.id), type: 'line' })}>` +
        `<placeName>${escText(l.name)}</placeName>` +
        `<location${attrs(whenAttrs(l.when))}><geo>${l.coords.map(([lat, lon]) => `${lat} ${lon}`).join(', ')}</geo></location>` +
        note(l.source, 'source') +
        `</place>`,
    )
    .join('\n');
  // the text first: writing it is what finds the crossing mentions
  const frontXml = section('front');
  const bodyXml = record.paragraphs.map((p) => `      <p${attrs({ 'xml:id': toXmlId(p.id), n: p.n })}>${body(p.id, p.text)}</p>`).join('\n');
  const backXml = section('back');
  const spans = crossings
    .map((c) => `        <span${attrs({ type: c.kind, ana: `#${c.ref}`, from: `#${c.from}`, to: `#${c.to}` })}/>`)
    .join('\n');
  const resp = (what: string, names: string[]) =>
    names.map((n) => `        <respStmt><resp>${escText(what)}</resp><name>${escText(n)}</name></respStmt>`).join('\n');
  const opt = (x: string | undefined, xml: (v: string) => string) => (x === undefined ? '' : xml(x));

  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI${attrs({ xmlns: TEI_NS, 'xml:space': 'preserve', 'xml:lang': record.language })}>
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title>${escText(record.title)}</title>
${opt(record.support, (s) => `        <funder>${escText(s)}</funder>\n`)}${resp('obtained by', record.obtainedBy)}
${resp('translated by', record.translatedBy)}
      </titleStmt>
      <publicationStmt>
        <publisher>${escText(record.archive)}</publisher>
        <idno type="record">${escText(record.id)}</idno>
        <availability>${record.rights.split('\n\n').map((r) => `<p>${escText(r)}</p>`).join('')}</availability>
      </publicationStmt>
      <sourceDesc>
        <bibl><idno type="citation">${escText(record.citation)}</idno>${opt(record.collection, (c) => `<note type="collection">${escText(c)}</note>`)}</bibl>
      </sourceDesc>
    </fileDesc>
    <encodingDesc>
      <p>Dates in when-custom, from-custom and to-custom are EDTF (Extended Date/Time Format, level 1).</p>
    </encodingDesc>
    <profileDesc>
      <creation><date${attrs(whenAttrs(record.date))}>${escText(record.date)}</date></creation>
${opt(record.language, (l) => `      <langUsage><language${attrs({ ident: l })}/></langUsage>\n`)}${opt(record.genre, (g) => `      <textClass><keywords><term type="genre">${escText(g)}</term></keywords></textClass>\n`)}    </profileDesc>
${record.tours === undefined ? '' : `    <xenoData type="tours">${escText(JSON.stringify(record.tours))}</xenoData>\n`}  </teiHeader>
  <standOff>
      <listPlace>
${places}
      </listPlace>
${record.people === undefined ? '' : `      <listPerson>\n${people}\n      </listPerson>\n`}      <listEvent>
${eventList}
      </listEvent>
${record.lines === undefined ? '' : `      <listPlace type="lines">\n${lines}\n      </listPlace>\n`}${spans ? `      <spanGrp>\n${spans}\n      </spanGrp>\n` : ''}  </standOff>
  <text>
    <front>
${frontXml}
    </front>
    <body>
${bodyXml}
    </body>
    <back>
${backXml}
    </back>
  </text>
</TEI>
`;
}
