/**
 * The selection in the URL: "#place=pyongyang", "#event=…", "#person=…", "#p=3" (body paragraph
 * number, as the reader numbers them). Pure, so the round trip is unit-tested.
 */
import type { RecordIndex } from './record-index.ts';
import type { Ref } from './types.ts';

export function formatHash(ref: Ref | null, index: RecordIndex): string {
  if (!ref) return '';
  if (ref.kind === 'paragraph') {
    const p = index.parts.get(ref.id);
    return p && 'n' in p ? `#p=${p.n}` : `#part=${encodeURIComponent(ref.id)}`;
  }
  return `#${ref.kind}=${encodeURIComponent(ref.id)}`;
}

/** Unknown keys and ids give null: a stale link opens the record unselected, not broken. */
export function parseHash(hash: string, index: RecordIndex): Ref | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const kind of ['place', 'event', 'person'] as const) {
    const id = params.get(kind);
    if (id !== null) return index.has({ kind, id }) ? { kind, id } : null;
  }
  const n = params.get('p');
  if (n !== null) {
    const p = index.paragraphByNumber.get(Number(n));
    return p ? { kind: 'paragraph', id: p.id } : null;
  }
  const part = params.get('part');
  if (part !== null && index.parts.has(part)) return { kind: 'paragraph', id: part };
  return null;
}
