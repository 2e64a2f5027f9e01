/**
 * A synthetic collection for the benchmark, from a seed: `records` records holding `events`
 * events, `places` distinct places (shared across records by Wikidata id, so the collection's
 * merged map has exactly that many) and `mentions` mentions, every one anchored in generated
 * text so each record passes the real validator. Same seed, same bytes. Pure: no I/O.
 */
import { anchor } from '../../src/lib/model/anchor.ts';
import type { ArchivalRecord, HistEvent, Mention, Modality, Paragraph, Person, Place, PlaceKind } from '../../src/lib/model/types.ts';
import type { Manifest } from '../../src/lib/collection/manifest.ts';

export interface GenerateOptions {
  seed: number;
  records: number;
  events: number;
  places: number;
  mentions: number;
}

export const FULL: GenerateOptions = { seed: 1965, records: 500, events: 10_000, places: 5_000, mentions: 50_000 };

export interface Generated {
  manifest: Manifest;
  /** in manifest order; file names are `records/<id>.json` beside the manifest */
  records: ArchivalRecord[];
}

/** mulberry32: small, fast, and the same sequence on every engine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mir', 'van', 'tes', 'ru', 'dan', 'sel', 'po', 'gri', 'nor', 'ba', 'shi', 'tur', 'ev', 'mon', 'ket', 'za', 'hal', 'ur'];
const GIVEN = ['Anna', 'Boris', 'Chen', 'Dara', 'Emil', 'Farida', 'Goran', 'Hana', 'Ivo', 'Jun', 'Kemal', 'Lena', 'Milan', 'Nadia', 'Oleg', 'Pia', 'Quang', 'Rosa', 'Sergei', 'Tae'];
const VERBS = ['Talks on', 'Agreement on', 'Visit concerning', 'Dispute over', 'Report on', 'Delegation about', 'Plan for', 'Aid for', 'Conference on', 'Exchange about'];
const TOPICS = ['trade', 'railways', 'fisheries', 'grain', 'the border', 'steel', 'radio', 'schools', 'ports', 'oil', 'the harvest', 'loans', 'rice', 'irrigation', 'printing'];
const FILLER = [
  'The delegation noted that',
  'It was further reported that',
  'In the course of the conversation,',
  'According to the minutes,',
  'The other side stressed that',
  'As was agreed earlier,',
  'It should be recorded that',
  'Both parties observed that',
];
const TAILS = ['was discussed at length.', 'remained a matter of concern.', 'was raised again.', 'came up twice.', 'was welcomed by all.', 'needed more study.'];
const MODALITIES: readonly [Modality, number][] = [['past', 0.6], ['ongoing', 0.15], ['expected', 0.15], ['hypothetical', 0.1]];
const DAY = 86_400_000;

function nameOf(i: number, parts = 3): string {
  let s = '';
  let n = i;
  for (let k = 0; k < parts; k++) {
    s += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return s[0]!.toUpperCase() + s.slice(1);
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Share `total` out over `n` parts as evenly as integers allow. */
function share(total: number, n: number, i: number): number {
  return Math.floor(total / n) + (i < total % n ? 1 : 0);
}

export function generateCollection(o: GenerateOptions = FULL): Generated {
  const rnd = prng(o.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const weighted = <T>(xs: readonly [T, number][]): T => {
    let r = rnd();
    for (const [x, w] of xs) if ((r -= w) < 0) return x;
    return xs[xs.length - 1]![0];
  };
  const gauss = () => (rnd() + rnd() + rnd() - 1.5) * 2;

  // ---- the place pool: clustered round hubs, as real archives' places are ----
  const hubs = Array.from({ length: 40 }, () => ({ lat: -40 + rnd() * 105, lon: -170 + rnd() * 340 }));
  const pool: Place[] = Array.from({ length: o.places }, (_, i) => {
    const hub = hubs[i % hubs.length]!;
    const kind: PlaceKind = weighted([['city', 0.85], ['district', 0.08], ['region', 0.05], ['country', 0.02]]);
    const lat = Math.max(-80, Math.min(80, hub.lat + gauss() * 6));
    const lon = ((hub.lon + gauss() * 9 + 540) % 360) - 180;
    return {
      id: `pl-${pad(i, 4)}`,
      name: nameOf(i),
      kind,
      lat: Math.round(lat * 1e4) / 1e4,
      lon: Math.round(lon * 1e4) / 1e4,
      // one in ten has no Wikidata item: it stays in its own record, never merged
      wikidata: i % 10 === 9 ? null : `Q${100_000 + i}`,
      shape: kind === 'region' ? { type: 'area', radiusKm: int(50, 300) } : { type: 'point' },
      status1965: `synthetic ${kind}`,
      mentions: [],
    };
  });
  const peoplePool: Person[] = Array.from({ length: Math.max(1, Math.ceil(o.records * 1.6)) }, (_, i) => ({
    id: `pe-${pad(i, 4)}`,
    name: `${GIVEN[i % GIVEN.length]} ${nameOf(Math.floor(i / GIVEN.length) + 7, 2)}`,
    wikidata: `Q${900_000 + i}`,
    role: 'synthetic person',
    mentions: [],
  }));

  const records: ArchivalRecord[] = [];
  for (let r = 0; r < o.records; r++) {
    const id = `syn-${pad(r, 3)}`;
    // home places (each pool place has exactly one home record), then a few shared ones
    const home = pool.filter((_, j) => j % o.records === r);
    const shared = new Set<Place>();
    const want = Math.min(5, pool.length - home.length);
    for (let tries = 0; shared.size < want && tries < 50; tries++) {
      const p = pick(pool);
      if (p.wikidata && !home.includes(p)) shared.add(p);
    }
    const places = [...home, ...shared].map((p): Place => ({ ...p, mentions: [] }));
    const people = Array.from(new Set(Array.from({ length: 5 }, () => pick(peoplePool)))).map((p): Person => ({ ...p, mentions: [] }));
    const recordT = Date.UTC(1946, 0, 1) + Math.floor(rnd() * 44 * 365.25) * DAY;

    const nEvents = share(o.events, o.records, r);
    const events: HistEvent[] = Array.from({ length: nEvents }, (_, k) => {
      const at = recordT + Math.round(gauss() * 3 * 365) * DAY;
      const kind = rnd();
      const q = rnd() < 0.15 ? pick(['~', '?', '%']) : '';
      let when: string;
      if (kind < 0.4) when = iso(at) + q;
      else if (kind < 0.65) when = iso(at).slice(0, 7) + q;
      else if (kind < 0.75) when = iso(at).slice(0, 4) + q;
      else if (kind < 0.9) when = `${iso(at).slice(0, 7)}/${iso(at + int(60, 3650) * DAY).slice(0, 7)}`;
      else if (kind < 0.95) when = `${iso(at).slice(0, 4)}-${int(21, 24)}`;
      else when = rnd() < 0.5 ? `${iso(at).slice(0, 7)}/..` : `../${iso(at).slice(0, 7)}`;
      const text = rnd() < 0.8;
      const ps = Array.from(new Set([pick(places).id, ...(rnd() < 0.4 ? [pick(places).id] : [])]));
      const pe = rnd() < 0.5 ? [pick(people).id] : [];
      const e: HistEvent = {
        id: `ev-${pad(k, 3)}`,
        title: `${pick(VERBS)} ${pick(TOPICS)} in ${places.find((p) => p.id === ps[0])!.name}`,
        when,
        modality: weighted(MODALITIES),
        places: ps,
        basis: text ? 'text' : 'context',
        mentions: [],
      };
      if (pe.length) e.people = pe;
      if (!text) e.source = 'Synthetic source for the benchmark';
      return e;
    });

    // ---- mentions: share this record's quota out over its places, people and events ----
    const quota = share(o.mentions, o.records, r);
    const things: { list: Mention[]; exact: string }[] = [
      ...events.map((e) => ({ list: e.mentions, exact: e.title })),
      ...places.map((p) => ({ list: p.mentions, exact: p.name })),
      ...people.map((p) => ({ list: p.mentions, exact: p.name })),
    ];
    // text events need a mention first (the validator requires one), then round-robin
    const slots = Array.from({ length: quota }, (_, i) => things[i % things.length]!);
    for (let i = slots.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [slots[i], slots[j]] = [slots[j]!, slots[i]!];
    }
    const perParagraph = 10;
    const paragraphs: Paragraph[] = [];
    for (let p = 0; p * perParagraph < Math.max(1, slots.length); p++) {
      const pid = `p${p + 1}`;
      let text = '';
      const placed: { slot: (typeof slots)[number]; at: number }[] = [];
      for (const slot of slots.slice(p * perParagraph, (p + 1) * perParagraph)) {
        text += `${pick(FILLER)} `;
        placed.push({ slot, at: text.length });
        text += `${slot.exact} ${pick(TAILS)} `;
      }
      if (!text) text = `${pick(FILLER)} nothing further was said. `;
      text = text.trimEnd();
      for (const { slot, at } of placed) slot.list.push(anchor(pid, text, slot.exact, { from: at }));
      paragraphs.push({ id: pid, n: p + 1, text });
    }
    // a text event that drew no mention slot (tiny collections) falls back to context
    for (const e of events) {
      if (e.basis === 'text' && e.mentions.length === 0) {
        e.basis = 'context';
        e.source = 'Synthetic source for the benchmark';
      }
    }

    records.push({
      id,
      title: `Synthetic record ${r + 1}: conversation in ${places[0]?.name ?? 'an unnamed place'}`,
      date: iso(recordT),
      archive: 'Synthetic archive (benchmark data)',
      genre: 'Record of conversation',
      citation: `SYN ${pad(r + 1, 3)}`,
      obtainedBy: ['the benchmark generator'],
      translatedBy: [],
      rights: 'Synthetic data made by scripts/bench/generate-collection.ts; no rights reserved.',
      front: [{ id: 'date-line', label: 'date line', text: iso(recordT) }],
      paragraphs,
      back: [{ id: 'document-information', label: 'document information', text: `Synthetic record ${r + 1} of ${o.records}, seed ${o.seed}.` }],
      places,
      events,
      people,
    });
  }

  const manifest: Manifest = {
    id: `synthetic-${o.seed}`,
    title: `Synthetic collection (${o.records} records, seed ${o.seed})`,
    records: records.map((r) => `records/${r.id}.json`),
  };
  return { manifest, records };
}
