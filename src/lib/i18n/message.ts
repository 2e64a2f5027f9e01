/**
 * The shape of a catalogue entry: a string with {placeholders}, or plural forms chosen by
 * Intl.PluralRules from the count `n` (Chinese and Korean use `other` only, but keep both).
 */
export interface Plural {
  one: string;
  other: string;
}
export type Message = string | Plural;

/** A value put into a placeholder: numbers are formatted for the locale. */
export type Params = Record<string, string | number>;

/** The names of the {placeholders} in a message, sorted (the catalogue test compares them). */
export function placeholders(m: Message): string[] {
  const text = typeof m === 'string' ? m : `${m.one} ${m.other}`;
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!))].sort();
}

/**
 * Fill a message's placeholders. Values are inserted as text (the views render the result as a
 * text node, never as HTML); an unknown placeholder is left visible, so a mistake shows.
 */
export function format(m: Message, params: Params | undefined, locale: string): string {
  let text: string;
  if (typeof m === 'string') text = m;
  else {
    const n = typeof params?.n === 'number' ? params.n : 0;
    text = new Intl.PluralRules(locale).select(n) === 'one' ? m.one : m.other;
  }
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (all, name: string) => {
    const v = params[name];
    if (v === undefined) return all;
    return typeof v === 'number' ? new Intl.NumberFormat(locale).format(v) : v;
  });
}
