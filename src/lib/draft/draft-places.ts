/**
 * Place drafts: every run of words in the record's text that a gazetteer name or demonym fits,
 * longest first ("South Vietnam" before "Vietnam"), with the case the name is written in
 * ("US" but not "us"; "Nice" only capitalised), through translators' brackets ("[North] Korea")
 * and possessives ("Korea’s"). A compass word before a city the gazetteer lacks in that form
 * ("East Pyongyang", "East and West Pyongyang") drafts a district at the city's point. Each draft
 * is a suggestion: the best entry and its alternatives.
 */
import type { ArchivalRecord, Mention } from '../model/types.ts';
import { anchor } from '../model/anchor.ts';
import { textParts } from '../io/record-parts.ts';
import { slug } from '../io/slug.ts';
import type { GazetteerEntry } from './gazetteer-entry.ts';
import { nameKey, type Gazetteer, type NameHit } from './gazetteer.ts';

export interface PlaceDraft {
  /** stable key: "place:<part>:<start>" */
  key: string;
  mention: Mention;
  entry: GazetteerEntry;
  alternatives: GazetteerEntry[];
  how: NameHit['how'] | 'district';
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*/gu;
const COMPASS = /^(East|West|North|South|Central)(?:ern)?$/;

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** How two neighbouring words may be joined in a name: a space (or a bracket), a hyphen, a dot. */
function joint(gap: string): string | null {
  if (/^[\s[\]]+$/.test(gap) && /\s/.test(gap)) return ' ';
  if (gap === '-') return ' ';
  if (gap === '.') return '';
  return null;
}

/** The words' case fits the gazetteer's form: capitals where it has them, all capitals for "US". */
export function caseFits(words: string[], form: string): boolean {
  const parts = form.replace(/\./g, '').split(/[\s-]+/).filter(Boolean);
  if (parts.length === 1 && /^\p{Lu}{2,}$/u.test(parts[0]!)) return words.join('') === parts[0];
  const pairs = parts.length === words.length ? parts.map((p, i) => [p, words[i]!] as const) : [[parts[0]!, words[0]!] as const];
  return pairs.every(([p, w]) => !/^\p{Lu}/u.test(p) || /^\p{Lu}/u.test(w));
}

export interface DraftPlaceOptions {
  /** text parts not to draft in; by default the bibliographic "document information" */
  skip?: (part: { id: string; label?: string }) => boolean;
}

const defaultSkip = (p: { label?: string }) => /document information|citation|rights/i.test(p.label ?? '');

export function draftPlaces(record: ArchivalRecord, gazetteer: Gazetteer, opts: DraftPlaceOptions = {}): PlaceDraft[] {
  const skip = opts.skip ?? defaultSkip;
  const labels = new Map([...record.front, ...record.back].map((p) => [p.id, p.label]));
  const taken = new Map<string, [number, number][]>();
  for (const p of record.places) for (const m of p.mentions) taken.set(m.paragraph, [...(taken.get(m.paragraph) ?? []), [m.start, m.end]]);
  const out: PlaceDraft[] = [];

  for (const part of textParts(record)) {
    if (skip({ id: part.id, label: labels.get(part.id) })) continue;
    const text = part.text;
    const toks = tokens(text);
    const busy = taken.get(part.id) ?? [];
    const push = (start: number, end: number, entry: GazetteerEntry, alternatives: GazetteerEntry[], how: PlaceDraft['how']) => {
      // translators' brackets: "[North] Korea" keeps both brackets or neither
      const inner = text.slice(start, end);
      if (text[start - 1] === '[' && inner.includes(']') && !inner.includes('[')) start--;
      if (text[end] === ']' && inner.includes('[') && !inner.includes(']')) end++;
      if (busy.some(([a, b]) => a < end && start < b)) return;
      const mention = anchor(part.id, text, text.slice(start, end), { from: start });
      out.push({ key: `place:${part.id}:${start}`, mention, entry, alternatives, how });
    };

    for (let i = 0; i < toks.length; ) {
      let matched = 0;
      for (let n = Math.min(gazetteer.maxWords, toks.length - i); n >= 1 && !matched; n--) {
        const run = toks.slice(i, i + n);
        let key = '';
        let ok = true;
        for (let k = 0; k < run.length; k++) {
          if (k > 0) {
            const j = joint(text.slice(run[k - 1]!.end, run[k]!.start));
            if (j === null) {
              ok = false;
              break;
            }
            key += j;
          }
          key += run[k]!.text;
        }
        if (!ok) continue;
        const words = run.map((t) => t.text);
        let end = run[run.length - 1]!.end;
        let hits = gazetteer.lookup(nameKey(key)).filter((h) => caseFits(words, h.form));
        if (!hits.length && /['’]s$/.test(key)) {
          // a possessive: "Korea’s" is Korea
          const bare = words.map((w, k) => (k === words.length - 1 ? w.replace(/['’]s$/, '') : w));
          hits = gazetteer.lookup(nameKey(key.replace(/['’]s$/, ''))).filter((h) => caseFits(bare, h.form));
          end -= 2;
        }
        if (!hits.length) continue;
        const best = hits[0]!;
        const alternatives = [...new Set(hits.slice(1).map((h) => h.entry))].filter((e) => e !== best.entry).slice(0, 5);
        const start = run[0]!.start;

        // "East and West Pyongyang": a compass word, "and", a compass word and a city
        const prev = toks[i - 1];
        const prev2 = toks[i - 2];
        const prev3 = toks[i - 3];
        if (best.entry.kind === 'city' && n === 1) {
          const compassBefore = prev && COMPASS.test(prev.text) && joint(text.slice(prev.end, start)) === ' ';
          if (compassBefore) {
            const district = derive(prev.text, best.entry);
            push(prev.start, end, district, [best.entry], 'district');
            if (prev2?.text === 'and' && prev3 && COMPASS.test(prev3.text)) push(prev3.start, prev3.end, derive(prev3.text, best.entry), [best.entry], 'district');
            matched = n;
            break;
          }
        }
        push(start, end, best.entry, alternatives, best.how);
        matched = n;
      }
      i += matched || 1;
    }
  }
  return out;
}

/** "East" + Pyongyang: a district entry at the city's point, to be moved when accepted. */
function derive(compass: string, city: GazetteerEntry): GazetteerEntry {
  const name = `${compass} ${city.name}`;
  return {
    id: slug(name),
    name,
    kind: 'district',
    lat: city.lat,
    lon: city.lon,
    wikidata: null,
    names: [name],
    status1965: `Part of ${city.name}`,
    source: city.source,
    note: `Drafted from "${compass}" and ${city.name}: the point is the city's; move it onto the district.`,
  };
}
