/**
 * TEI P5 XML → record. Reads what exportTei writes, and the TEI people already keep: body `<p>`
 * (and `<ab>`), `<front>`/`<back>` parts, `<placeName ref>`, `<persName ref>`, `<rs type ref>`,
 * `<date when|notBefore|notAfter|from|to>`, and `listPlace`/`listPerson`/`listEvent` in the
 * header or `standOff`. A `placeName` that points at no located place is kept as a pending place
 * for the drafting step. The XML parser is passed in (the browser's DOMParser in the app, jsdom's
 * in Node), so this module touches no global DOM.
 */
import { validateRecord } from '../model/validate.ts';
import type { ArchivalRecord, DemarcationLine, HistEvent, Mention, Paragraph, Part, Person, Place } from '../model/types.ts';
import { anchor } from '../model/anchor.ts';
import { TEI_NS } from './export-tei.ts';
import { guard, problem, type ImportProblem, type PendingPlace, type RecordImport } from './import-result.ts';
import { NOT_STATED } from './import-text.ts';
import { modalityOf } from './modality-of.ts';
import { withSortedMentions } from './record-parts.ts';
import { slug, uniqueSlug } from './slug.ts';
import { fromXmlId } from './xml-text.ts';
import { parseDateWords } from './date-words.ts';
import { sentenceAround } from './sentence-around.ts';

/** Parses XML text; the app passes `(t) => new DOMParser().parseFromString(t, 'application/xml')`. */
export type XmlParse = (text: string) => Document;

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const PLACE_KINDS = new Set(['city', 'district', 'country', 'region', 'continent']);
const KIND_ALIASES: Record<string, Place['kind']> = { settlement: 'city', town: 'city', village: 'city', capital: 'city', state: 'country', nation: 'country', province: 'region', area: 'region', territory: 'region' };
const MODALITIES = new Set(['past', 'ongoing', 'expected', 'hypothetical']);

const isTei = (n: Node): n is Element => n.nodeType === 1 && ((n as Element).namespaceURI === TEI_NS || (n as Element).namespaceURI === null);
const kids = (el: Element, name?: string): Element[] =>
  Array.from(el.childNodes).filter((n): n is Element => isTei(n) && (!name || n.localName === name));
const kid = (el: Element | undefined, name: string): Element | undefined => (el ? kids(el, name)[0] : undefined);
function descendants(el: Element, name: string): Element[] {
  const out: Element[] = [];
  const walk = (e: Element) => {
    for (const c of kids(e)) {
      if (c.localName === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}
const xmlId = (el: Element) => el.getAttributeNS(XML_NS, 'id') ?? el.getAttribute('xml:id');

function preserves(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const sp = e.getAttributeNS(XML_NS, 'space') ?? e.getAttribute('xml:space');
    if (sp) return sp === 'preserve';
  }
  return false;
}
/** XML whitespace collapsed (unless xml:space="preserve"): hand-made TEI wraps its lines. */
function textOf(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  const t = el.textContent ?? '';
  return preserves(el) ? t : t.replace(/[ \t\r\n]+/g, ' ').trim();
}

/** Where the parser stopped: "line 3, column 13" from Chromium's, Firefox's or jsdom's report. */
function parserError(doc: Document): { at: string; what: string } | null {
  const err = doc.getElementsByTagNameNS('*', 'parsererror')[0] ?? doc.getElementsByTagName('parsererror')[0];
  if (!err) return null;
  const text = (err.textContent ?? '').replace(/\s+/g, ' ').trim();
  const lc = /line (?:Number )?(\d+)[^\d]+column (\d+)/i.exec(text) ?? /^(\d+):(\d+):/.exec(text);
  const what = text.replace(/^This page contains the following errors:\s*/, '').replace(/Below is a rendering.*$/, '').trim();
  return { at: lc ? `line ${lc[1]}, column ${lc[2]}` : '(file)', what };
}

function wikidataOf(s: string | null | undefined): string | null {
  const m = /(?:^|wikidata\.org\/(?:wiki|entity)\/|^wd:)(Q[1-9][0-9]*)$/.exec((s ?? '').trim());
  return m ? m[1]! : null;
}

interface Raw {
  text: string;
  marks: { start: number; end: number; el: Element }[];
  anchors: Map<string, number>;
}

/** The text of a part element, and where each inline element starts and ends in it. */
function readInline(el: Element): Raw {
  let text = '';
  const marks: Raw['marks'] = [];
  const anchors = new Map<string, number>();
  const walk = (node: Node) => {
    for (const c of Array.from(node.childNodes)) {
      if (c.nodeType === 3 || c.nodeType === 4) text += c.nodeValue ?? '';
      else if (isTei(c)) {
        if (c.localName === 'anchor') {
          const id = xmlId(c);
          if (id) anchors.set(id, text.length);
          continue;
        }
        if (c.localName === 'note' || c.localName === 'lb' || c.localName === 'pb') {
          if (c.localName === 'lb') text += ' ';
          continue;
        }
        const start = text.length;
        walk(c);
        marks.push({ start, end: text.length, el: c });
      }
    }
  };
  walk(el);
  return { text, marks, anchors };
}

/** Collapse whitespace and map old offsets to new ones (end-exclusive offsets stay on words). */
function normalise(raw: Raw): { text: string; map: (i: number, side: 'start' | 'end') => number } {
  const src = raw.text;
  let out = '';
  const at: number[] = new Array(src.length + 1);
  let space = false;
  for (let i = 0; i < src.length; i++) {
    at[i] = out.length;
    const ws = /[ \t\r\n]/.test(src[i]!);
    if (ws) {
      if (!space && out.length) out += ' ';
      space = true;
    } else {
      out += src[i];
      space = false;
    }
  }
  at[src.length] = out.length;
  const trimmed = out.replace(/ $/, '');
  return {
    text: trimmed,
    map: (i, side) => {
      // skip the whitespace at a mark's edge so its words, not a space, are quoted
      let j = i;
      if (side === 'start') while (j < src.length && /[ \t\r\n]/.test(src[j]!)) j++;
      else while (j > 0 && /[ \t\r\n]/.test(src[j - 1]!)) j--;
      return Math.min(at[j]!, trimmed.length);
    },
  };
}

export function importTei(text: string, file: string, parse: XmlParse): RecordImport {
  return guard(file, () => {
    const doc = parse(text.replace(/^\uFEFF/, ''));
    const bad = parserError(doc);
    if (bad) {
      return problem(file, bad.at, `is not well-formed XML: ${bad.what}; fix the markup there`);
    }
    let root: Element | null = doc.documentElement;
    if (root?.localName === 'teiCorpus') root = kid(root, 'TEI') ?? root;
    if (!root || root.localName !== 'TEI') {
      return problem(file, `<${root?.localName ?? '?'}>`, 'is not a TEI document: the root element must be <TEI> (namespace http://www.tei-c.org/ns/1.0)');
    }
    const problems: ImportProblem[] = [];
    const notes: string[] = [];
    const add = (field: string, message: string) => problems.push({ file, field, message });

    const header = kid(root, 'teiHeader');
    const fileDesc = kid(header, 'fileDesc');
    const titleStmt = kid(fileDesc, 'titleStmt');
    const pub = kid(fileDesc, 'publicationStmt');
    const sourceDesc = kid(fileDesc, 'sourceDesc');
    const profile = kid(header, 'profileDesc');
    const textEl = kid(root, 'text');
    if (!textEl) return problem(file, '<text>', 'is missing: a TEI record needs <text><body><p>…</p></body></text>');
    const bodyEl = kid(textEl, 'body');
    if (!bodyEl) return problem(file, '<text>/<body>', 'is missing; put the record\'s paragraphs in <body><p>…</p></body>');

    // --- lists of places, people, events: in the header or standOff, never inside <text> ------
    const listRoots = [header, ...kids(root, 'standOff')].filter((x): x is Element => !!x);
    const all = (name: string) => listRoots.flatMap((r) => descendants(r, name));
    const byXmlId = new Map<string, { kind: 'place' | 'person' | 'event'; id: string }>();
    const ids = new Set<string>();
    const wikidataIndex = new Map<string, { kind: 'place' | 'person'; id: string }>();

    const places: Place[] = [];
    const lines: DemarcationLine[] = [];
    const pendingByName = new Map<string, PendingPlace>();
    const listPlaces = all('listPlace');
    const linePlaces = new Set(listPlaces.filter((l) => l.getAttribute('type') === 'lines').flatMap((l) => kids(l, 'place')));
    all('place').forEach((el, i) => {
      const xid = xmlId(el);
      const at = `<place${xid ? ` xml:id="${xid}"` : ''}> (place ${i + 1} of the lists)`;
      const name = textOf(kid(el, 'placeName')) ?? textOf(kid(el, 'settlementName')) ?? '';
      const id = xid ? fromXmlId(xid) : uniqueSlug(slug(name, 'place'), ids);
      ids.add(id);
      if (!name) add(`${at}/placeName`, 'is missing; give the place its name in <placeName>');
      const location = kid(el, 'location');
      const geo = textOf(kid(location, 'geo'));
      if (linePlaces.has(el)) {
        const nums = (geo ?? '').split(/[\s,]+/).filter(Boolean).map(Number);
        const coords: [number, number][] = [];
        for (let k = 0; k + 1 < nums.length; k += 2) coords.push([nums[k]!, nums[k + 1]!]);
        if (nums.some((n) => !Number.isFinite(n)) || nums.length % 2) add(`${at}/location/geo`, `"${geo}" is not a list of "lat lon" pairs`);
        lines.push({ id, name, coords, when: location?.getAttribute('when-custom') ?? location?.getAttribute('when') ?? '', source: textOf(kids(el, 'note').find((n) => n.getAttribute('type') === 'source')) ?? '' });
        return;
      }
      const wikidata = wikidataOf(kids(el, 'idno').find((x) => /wikidata/i.test(x.getAttribute('type') ?? ''))?.textContent) ?? wikidataOf(el.getAttribute('sameAs'));
      if (!geo) {
        // named but not located: the drafting step locates it
        if (xid) byXmlId.set(xid, { kind: 'place', id });
        pendingByName.set(id, { name, wikidata, mentions: [] });
        notes.push(`${at}: "${name}" has no coordinates; it is left for drafting to locate`);
        return;
      }
      const [lat, lon] = geo.split(/[\s,]+/).map(Number);
      if (!Number.isFinite(lat) || !Number.isFinite(lon)) add(`${at}/location/geo`, `"${geo}" is not "latitude longitude" in decimal degrees, e.g. "39.02 125.74"`);
      const type = (el.getAttribute('type') ?? '').toLowerCase();
      const kind = (PLACE_KINDS.has(type) ? type : KIND_ALIASES[type] ?? 'city') as Place['kind'];
      const shapeText = textOf(kid(kids(el, 'trait').find((t) => t.getAttribute('type') === 'shape'), 'desc'));
      let shape: Place['shape'] = { type: 'point' };
      if (shapeText) {
        try {
          shape = JSON.parse(shapeText) as Place['shape'];
        } catch {
          add(`${at}/trait[@type="shape"]`, `"${shapeText}" is not JSON; write it as {"type":"point"}`);
        }
      }
      const note = textOf(kids(el, 'note').find((n) => !n.getAttribute('type')));
      places.push({
        id, name, kind, lat: lat!, lon: lon!, wikidata, shape,
        status1965: textOf(kid(kids(el, 'state').find((s) => s.getAttribute('type') === 'status1965'), 'desc')) ?? NOT_STATED,
        ...(note !== undefined ? { note } : {}),
        mentions: [],
      });
      if (xid) byXmlId.set(xid, { kind: 'place', id });
      if (wikidata) wikidataIndex.set(wikidata, { kind: 'place', id });
    });

    const hasPeople = all('listPerson').length > 0;
    const people: Person[] = [];
    all('person').forEach((el) => {
      const xid = xmlId(el);
      const name = textOf(kid(el, 'persName')) ?? '';
      const id = xid ? fromXmlId(xid) : uniqueSlug(slug(name, 'person'), ids);
      ids.add(id);
      const wikidata = wikidataOf(kids(el, 'idno').find((x) => /wikidata/i.test(x.getAttribute('type') ?? ''))?.textContent) ?? wikidataOf(el.getAttribute('sameAs'));
      const note = textOf(kids(el, 'note').find((n) => !n.getAttribute('type')));
      people.push({
        id, name, wikidata,
        role: textOf(kid(kids(el, 'state').find((s) => s.getAttribute('type') === 'role'), 'desc')) ?? textOf(kid(el, 'occupation')) ?? textOf(kid(el, 'roleName')) ?? NOT_STATED,
        ...(note !== undefined ? { note } : {}),
        mentions: [],
      });
      if (xid) byXmlId.set(xid, { kind: 'person', id });
      if (wikidata) wikidataIndex.set(wikidata, { kind: 'person', id });
    });

    const header_date = (el: Element | undefined) =>
      el?.getAttribute('when-custom') ?? el?.getAttribute('when') ?? parseDateWords(textOf(el) ?? '') ?? undefined;
    const recordDate = header_date(kid(kid(profile, 'creation'), 'date')) ?? header_date(sourceDesc ? descendants(sourceDesc, 'date')[0] : undefined);
    if (!recordDate) {
      return problem(file, '<teiHeader>/<profileDesc>/<creation>/<date>', 'is missing: give the record\'s date, e.g. <creation><date when="1965-10-29">29 October 1965</date></creation>');
    }

    const events: HistEvent[] = [];
    const refIds = (s: string | null) =>
      (s ?? '').split(/\s+/).filter(Boolean).map((r) => byXmlId.get(r.replace(/^#/, ''))?.id ?? fromXmlId(r.replace(/^#/, '')));
    all('event').forEach((el, i) => {
      const xid = xmlId(el);
      const title = textOf(kid(el, 'label')) ?? textOf(kid(el, 'desc')) ?? '';
      const id = xid ? fromXmlId(xid) : uniqueSlug(slug(title, 'event'), ids);
      ids.add(id);
      const when = dateAttrs(el);
      if (!when) add(`<event xml:id="${xid ?? ''}"> (event ${i + 1})`, 'has no date: give when-custom (EDTF), when, from/to or notBefore/notAfter');
      const type = el.getAttribute('type') ?? '';
      const subtype = el.getAttribute('subtype');
      const source = textOf(kids(el, 'note').find((n) => n.getAttribute('type') === 'source'));
      const note = textOf(kids(el, 'note').find((n) => !n.getAttribute('type')));
      const corresp = el.getAttribute('corresp');
      events.push({
        id,
        title,
        when: when ?? '',
        modality: (MODALITIES.has(type) ? type : modalityOf(when ?? recordDate, recordDate)) as HistEvent['modality'],
        places: refIds(el.getAttribute('where')),
        ...(corresp !== null ? { people: refIds(corresp) } : {}),
        basis: subtype === 'context' ? 'context' : 'text',
        ...(source !== undefined ? { source } : {}),
        ...(note !== undefined ? { note } : {}),
        mentions: [],
      });
      if (xid) byXmlId.set(xid, { kind: 'event', id });
    });

    // --- text parts --------------------------------------------------------------------------
    const partIds = new Set<string>();
    const rawParts: { id: string; el: Element; label?: string; section: 'front' | 'body' | 'back' }[] = [];
    const LABEL: Record<string, string> = { dateline: 'date line', docTitle: 'title', titlePart: 'title', docDate: 'date line', opener: 'opener', closer: 'closer', signed: 'signatories', salute: 'addressees', head: 'heading', byline: 'byline', argument: 'summary', p: 'text', ab: 'text', note: 'note' };
    const partsOf = (sec: Element | undefined, section: 'front' | 'back') => {
      if (!sec) return;
      const visit = (el: Element, label: string | undefined, id: string | null) => {
        if (el.localName === 'div' || el.localName === 'titlePage' || el.localName === 'docTitle') {
          const l = el.getAttribute('n') ?? (el.getAttribute('type') !== 'part' ? el.getAttribute('type') : null) ?? textOf(kid(el, 'head')) ?? label;
          const inner = kids(el).filter((c) => c.localName !== 'head' || !el.getAttribute('n'));
          inner.forEach((c, k) => visit(c, l ?? undefined, k === 0 ? xmlId(el) : null));
          return;
        }
        if (!(textOf(el) ?? '').trim()) return;
        const lab = label ?? LABEL[el.localName] ?? el.localName;
        rawParts.push({ id: uniqueSlug(id ? fromXmlId(id) : xmlId(el) ? fromXmlId(xmlId(el)!) : slug(lab, 'part'), partIds), el, label: lab, section });
      };
      for (const c of kids(sec)) visit(c, undefined, null);
    };
    partsOf(kid(textEl, 'front'), 'front');
    const bodyPs: Element[] = [];
    const collect = (el: Element) => {
      for (const c of kids(el)) {
        if (c.localName === 'p' || c.localName === 'ab') bodyPs.push(c);
        else if (c.localName !== 'note' && c.localName !== 'head') collect(c);
      }
    };
    collect(bodyEl);
    bodyPs.forEach((el, i) => rawParts.push({ id: uniqueSlug(xmlId(el) ? fromXmlId(xmlId(el)!) : `p${i + 1}`, partIds), el, section: 'body' }));
    partsOf(kid(textEl, 'back'), 'back');
    if (!bodyPs.length) return problem(file, '<body>', 'holds no <p> (or <ab>); a record needs at least one body paragraph');

    const front: Part[] = [];
    const paragraphs: Paragraph[] = [];
    const back: Part[] = [];
    const mentionsOf = new Map<string, Mention[]>(); // "kind/id" → mentions
    const push = (key: string, m: Mention) => mentionsOf.set(key, [...(mentionsOf.get(key) ?? []), m]);
    const anchorAt = new Map<string, { part: string; at: number }>();
    const people_ = new Map(people.map((p) => [p.id, p]));
    const personByName = new Map(people.map((p) => [p.name, p.id]));
    const partTexts = new Map<string, string>();

    for (const rp of rawParts) {
      const raw = readInline(rp.el);
      const keep = preserves(rp.el);
      const norm = keep ? { text: raw.text, map: (i: number) => i } : normalise(raw);
      const text = norm.text;
      partTexts.set(rp.id, text);
      if (rp.section === 'body') paragraphs.push({ id: rp.id, n: paragraphs.length + 1, text });
      else (rp.section === 'front' ? front : back).push({ id: rp.id, label: rp.label!, text });
      for (const [aid, at] of raw.anchors) anchorAt.set(aid, { part: rp.id, at: norm.map(at, 'start') });
      for (const mk of raw.marks) {
        const start = norm.map(mk.start, 'start');
        const end = norm.map(mk.end, 'end');
        if (end <= start) continue;
        const mention = anchor(rp.id, text, text.slice(start, end), { from: start });
        const name = mk.el.localName;
        const ref = (mk.el.getAttribute('ref') ?? '').trim().split(/\s+/)[0] ?? '';
        const local = ref.startsWith('#') ? byXmlId.get(ref.slice(1)) : undefined;
        const wd = wikidataOf(ref);
        const target = local ?? (wd ? wikidataIndex.get(wd) : undefined);
        if (target) {
          if (target.kind === 'place' && pendingByName.has(target.id)) pendingByName.get(target.id)!.mentions.push(mention);
          else push(`${target.kind}/${target.id}`, mention);
          continue;
        }
        const type = mk.el.getAttribute('type');
        if (name === 'placeName' || (name === 'rs' && type === 'place')) {
          const id = slug(mention.exact, 'place');
          const p = pendingByName.get(id) ?? { name: mention.exact, wikidata: wd, mentions: [] };
          p.mentions.push(mention);
          pendingByName.set(id, p);
        } else if (name === 'persName' || (name === 'rs' && type === 'person')) {
          let id = personByName.get(mention.exact);
          if (!id) {
            id = uniqueSlug(slug(mention.exact, 'person'), ids);
            const person: Person = { id, name: mention.exact, wikidata: wd, role: NOT_STATED, mentions: [] };
            people.push(person);
            people_.set(id, person);
            personByName.set(mention.exact, id);
            notes.push(`person "${mention.exact}" was not in a <listPerson>; added with no role`);
          }
          push(`person/${id}`, mention);
        } else if (name === 'date') {
          const when = dateAttrs(mk.el) ?? parseDateWords(mention.exact);
          if (!when) {
            notes.push(`<date>${mention.exact}</date> in ${rp.id} has no date attribute and could not be read; left out`);
            continue;
          }
          const id = uniqueSlug(`date-${slug(when, 'undated')}`, ids);
          events.push({ id, title: sentenceAround(text, mention.start, mention.end), when, modality: modalityOf(when, recordDate), places: [], basis: 'text', source: `TEI <date> “${mention.exact}”`, mentions: [] });
          push(`event/${id}`, mention);
        } else if (ref) {
          notes.push(`<${name} ref="${ref}"> in ${rp.id} points at nothing listed; left out`);
        }
      }
    }
    for (const [i, sp] of all('span').entries()) {
      const from = anchorAt.get((sp.getAttribute('from') ?? '').replace(/^#/, ''));
      const to = anchorAt.get((sp.getAttribute('to') ?? '').replace(/^#/, ''));
      const target = byXmlId.get((sp.getAttribute('ana') ?? sp.getAttribute('target') ?? '').replace(/^#/, ''));
      if (!from || !to || from.part !== to.part || !target) {
        add(`<span> ${i + 1} in standOff`, 'must have from and to pointing at <anchor>s in one text part and ana pointing at a listed place, person or event');
        continue;
      }
      const text = partTexts.get(from.part)!;
      push(`${target.kind}/${target.id}`, anchor(from.part, text, text.slice(from.at, to.at), { from: from.at }));
    }
    if (problems.length) return { ok: false, problems };

    for (const p of places) p.mentions = mentionsOf.get(`place/${p.id}`) ?? [];
    for (const e of events) e.mentions = mentionsOf.get(`event/${e.id}`) ?? [];
    for (const p of people) p.mentions = mentionsOf.get(`person/${p.id}`) ?? [];

    const respNames = (re: RegExp) =>
      (titleStmt ? kids(titleStmt, 'respStmt') : [])
        .filter((r) => re.test(textOf(kid(r, 'resp')) ?? ''))
        .flatMap((r) => kids(r).filter((c) => c.localName !== 'resp').map((c) => textOf(c) ?? ''))
        .filter(Boolean);
    const idnos = [...(pub ? kids(pub, 'idno') : []), ...(sourceDesc ? descendants(sourceDesc, 'idno') : [])];
    const citation = textOf(idnos.find((x) => x.getAttribute('type') === 'citation')) ?? textOf(kid(sourceDesc, 'bibl')) ?? textOf(kid(sourceDesc, 'p'));
    const availability = kid(pub, 'availability');
    const rightsParts = availability ? [...kids(availability, 'p'), ...kids(availability, 'licence')].map((p) => textOf(p) ?? '').filter(Boolean) : [];
    const title = textOf(kid(titleStmt, 'title'));
    if (!title) return problem(file, '<teiHeader>/<fileDesc>/<titleStmt>/<title>', 'is missing: give the record\'s title');
    const language = kid(kid(profile, 'langUsage'), 'language')?.getAttribute('ident') ?? undefined;
    const genre = textOf(profile ? descendants(profile, 'term').find((t) => t.getAttribute('type') === 'genre') : undefined);
    const collection = textOf(sourceDesc ? descendants(sourceDesc, 'note').find((n) => n.getAttribute('type') === 'collection') : undefined);
    const support = textOf(kid(titleStmt, 'funder'));
    const toursText = textOf(header ? kids(header, 'xenoData').find((x) => x.getAttribute('type') === 'tours') : undefined);
    let tours: ArchivalRecord['tours'];
    if (toursText !== undefined) {
      try {
        tours = JSON.parse(toursText) as ArchivalRecord['tours'];
      } catch (err) {
        return problem(file, '<xenoData type="tours">', `is not JSON (${(err as Error).message})`);
      }
    }
    const id = textOf(idnos.find((x) => x.getAttribute('type') === 'record')) ?? slug(citation?.split(',')[0] ?? file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''), 'record');

    const record: ArchivalRecord = withSortedMentions({
      id,
      title,
      date: recordDate,
      archive: textOf(kid(pub, 'publisher')) ?? textOf(kid(pub, 'distributor')) ?? textOf(kid(pub, 'authority')) ?? NOT_STATED,
      ...(collection !== undefined ? { collection } : {}),
      ...(genre !== undefined ? { genre } : {}),
      citation: citation || NOT_STATED,
      obtainedBy: respNames(/obtain/i),
      translatedBy: respNames(/translat/i),
      ...(support !== undefined ? { support } : {}),
      rights: rightsParts.length ? rightsParts.join('\n\n') : NOT_STATED,
      ...(language ? { language } : {}),
      front,
      paragraphs,
      back,
      places,
      events,
      ...(hasPeople || people.length ? { people } : {}),
      ...(lines.length || listPlaces.some((l) => l.getAttribute('type') === 'lines') ? { lines } : {}),
      ...(tours !== undefined ? { tours } : {}),
    });
    const checked = validateRecord(record, file);
    if (!checked.ok) return checked;
    const pending = [...pendingByName.values()].filter((p) => p.mentions.length);
    return { ok: true, value: checked.record, notes, ...(pending.length ? { pending } : {}) };
  });
}

/** An EDTF date from TEI's dating attributes, the custom (EDTF) ones first. */
export function dateAttrs(el: Element): string | null {
  const g = (n: string) => el.getAttribute(n) || null;
  const custom = g('when-custom');
  if (custom) return custom;
  const fromC = g('from-custom');
  const toC = g('to-custom');
  if (fromC || toC) return `${fromC ?? '..'}/${toC ?? '..'}`;
  if (g('when')) return g('when');
  if (g('from') || g('to')) return `${g('from') ?? '..'}/${g('to') ?? '..'}`;
  // notBefore/notAfter bound a date that is not known more closely: the interval that holds it
  if (g('notBefore') || g('notAfter')) return `${g('notBefore') ?? '..'}/${g('notAfter') ?? '..'}`;
  return null;
}
