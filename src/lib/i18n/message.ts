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
function numberFormat(locale: string): Intl.NumberFormat {
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
    return wholeNumber(v, locale) ?? numberFormat(locale).format(v);
  });
}

/** The catalogues' locales all write whole numbers in Western digits grouped by threes with commas. */
const COMMA_GROUPED = new Set(['en', 'zh-Hans', 'ko']);

/**
 * A whole number as Intl.NumberFormat writes it in a catalogue's locale ("12,345", "-1,000"),
 * made without Intl: the first Intl object a page makes costs tens of milliseconds of locale
 * data, a long task on a phone. Null for anything else (fractions, other locales, huge numbers).
 */
export function wholeNumber(v: number, locale: string): string | null {
  if (!Number.isSafeInteger(v) || !COMMA_GROUPED.has(locale)) return null;
  const digits = String(Math.abs(v)).replace(/\B(?=(\d{3})+$)/g, ',');
  return v < 0 ? `-${digits}` : digits;
}
