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

// Intl objects are slow to make (a reader's hundreds of link titles each asked for one): one per locale.
const plurals = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();
function pluralRules(locale: string): Intl.PluralRules {
  let r = plurals.get(locale);
  if (!r) plurals.set(locale, (r = new Intl.PluralRules(locale)));
  return r;
}
export function numberFormat(locale: string): Intl.NumberFormat {
  let f = numbers.get(locale);
  if (!f) numbers.set(locale, (f = new Intl.NumberFormat(locale)));
  return f;
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
    text = pluralRules(locale).select(n) === 'one' ? m.one : m.other;
  }
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (all, name: string) => {
    const v = params[name];
    if (v === undefined) return all;
    if (typeof v !== 'number') return v;
    // small whole numbers (paragraphs, steps, counts) read the same in every catalogue's locale:
    // no Intl object (the first one made costs tens of milliseconds of locale data)
    return Number.isInteger(v) && Math.abs(v) < 1000 ? String(v) : numberFormat(locale).format(v);
  });
}
