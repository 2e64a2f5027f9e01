/**
 * The selection in the URL, for a collection: "#record=<id>&place=<id>" with the record's own
 * ids, so a link names the record and means the same thing in any collection that holds it.
 * Without "record=", the ids are the first record's: the single record's links ("#place=…",
 * "#p=3") keep working, and stay exactly as they were for a collection of one. Pure.
 */
import type { Ref } from '../model/types.ts';
import { localOf, type Collection } from './merge-collection.ts';

export interface CollectionAt {
  /** the record shown in the reader */
  record: string;
  ref: Ref | null;
}

const KINDS = ['place', 'event', 'person'] as const;

export function formatCollectionHash(at: CollectionAt, c: Collection): string {
  const first = c.records[0]!.id;
  const { ref } = at;
  // a thing shared by records is named in the record being read, when it is in it
  const local = ref ? localOf(c, ref.kind, ref.id, at.record) : null;
  const record = local?.record ?? at.record;
  const params: string[] = [];
  if (record !== first) params.push(`record=${encodeURIComponent(record)}`);
  if (ref && local) {
    if (ref.kind === 'paragraph') {
      const p = c.records.find((r) => r.id === record)?.paragraphs.find((x) => x.id === local.local);
      params.push(p ? `p=${p.n}` : `part=${encodeURIComponent(local.local)}`);
    } else {
      params.push(`${ref.kind}=${encodeURIComponent(local.local)}`);
    }
  }
  return params.length ? `#${params.join('&')}` : '';
}

/** Unknown records and ids give the first record, unselected: a stale link opens, not breaks. */
export function parseCollectionHash(hash: string, c: Collection): CollectionAt {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const first = c.records[0]!.id;
  const asked = params.get('record');
  const record = asked !== null && c.texts.has(asked) ? asked : first;
  if (asked !== null && record !== asked) return { record, ref: null };
  for (const kind of KINDS) {
    const id = params.get(kind);
    if (id === null) continue;
    const merged = c.idOf(kind, record, id);
    return { record, ref: merged ? { kind, id: merged } : null };
  }
  const n = params.get('p');
  if (n !== null) {
    const p = c.records.find((r) => r.id === record)?.paragraphs.find((x) => x.n === Number(n));
    const merged = p ? c.idOf('paragraph', record, p.id) : null;
    return { record, ref: merged ? { kind: 'paragraph', id: merged } : null };
  }
  const part = params.get('part');
  if (part !== null) {
    const merged = c.idOf('paragraph', record, part);
    return { record, ref: merged ? { kind: 'paragraph', id: merged } : null };
  }
  return { record, ref: null };
}
