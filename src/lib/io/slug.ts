/** A lower-case id slug ("East Pyongyang" → "east-pyongyang") that the record schema accepts. */
export function slug(s: string, fallback = 'item'): string {
  const out = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return out || fallback;
}

/** `base`, or `base-2`, `base-3`… : the first one not yet in `taken` (which it then joins). */
export function uniqueSlug(base: string, taken: Set<string>): string {
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  taken.add(id);
  return id;
}
