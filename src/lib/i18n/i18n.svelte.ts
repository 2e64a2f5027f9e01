/**
 * The interface language, as runes state: `t(key)` read in a template re-renders it when the
 * language changes. One per document on purpose (not a context): the language is the page's
 * (`<html lang>`), shared by every view, window layout and the handout alike.
 */
import { en } from './en.ts';
import type { Catalogue, MessageKey } from './catalogue.ts';
import { format, type Params } from './message.ts';
import { isLocale, pickLocale, urlLocale, type Locale } from './locale.ts';
import { dateFormats, type DateFormats } from './date-formats.ts';
import { describeSpan, ENGLISH_SPAN_WORDS, type SpanWords } from '../layout/span-label.ts';
import { describeWhen } from '../model/describe-when.ts';
import type { TimeSpan } from '../model/time-span.ts';
import type { RecordIndex } from '../model/record-index.ts';
import type { Ref } from '../model/types.ts';

/**
 * English is built in; the other catalogues are chunks of their own, fetched (from this origin)
 * when the page opens in that language or a reader chooses it: most readers never need them.
 */
const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<Catalogue>> = {
  'zh-Hans': () => import('./zh-Hans.ts').then((m) => m.zhHans),
  ko: () => import('./ko.ts').then((m) => m.ko),
};
const catalogues: Partial<Record<Locale, Catalogue>> = { en };
const loading = new Map<Locale, Promise<Catalogue>>();

/** A language's catalogue, loaded once. */
export function loadCatalogue(locale: Locale): Promise<Catalogue> {
  const have = catalogues[locale];
  if (have) return Promise.resolve(have);
  let p = loading.get(locale);
  if (!p) {
    p = LOADERS[locale as Exclude<Locale, 'en'>]().then((c) => (catalogues[locale] = c));
    loading.set(locale, p);
    p.catch(() => loading.delete(locale)); // a failed fetch may be tried again
  }
  return p;
}
/** where a reader's choice is kept */
export const LOCALE_KEY = 'record-explorer:locale';

function saved(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(LOCALE_KEY);
  } catch {
    return null; // storage refused (privacy settings): the browser's languages decide
  }
}

/** the language the address fixes (`?lang=ko`), if any: read, never saved */
function fixedByUrl(): Locale | null {
  return typeof location === 'undefined' ? null : urlLocale(location.search);
}

/**
 * The reader chose a language: a `lang=` in the address would overrule that choice at the next
 * reload, so it goes (the hash, the history entry and other keys stay).
 */
function dropUrlLocale() {
  if (typeof location === 'undefined' || typeof history === 'undefined') return;
  const url = new URL(location.href);
  if (!url.searchParams.has('lang')) return;
  url.searchParams.delete('lang');
  try {
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  } catch {
    // an address that cannot be rewritten (a sandboxed frame): the choice still applies now
  }
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

function spanWordsFor(locale: Locale): SpanWords {
  if (locale === 'en') return ENGLISH_SPAN_WORDS;
  const c = catalogues[locale]!;
  const f = (key: MessageKey, params: Params) => format(c[key], params, locale);
  return {
    dates: dateFormats(locale),
    season: (season, year) => f(`when.season.${season}`, { year }),
    about: (date) => f('when.about', { date }),
    uncertain: (date) => f('when.uncertain', { date }),
    range: (from, to) => f('when.range', { from, to }),
    onwards: (date) => f('when.onwards', { date }),
    until: (date) => f('when.until', { date }),
    endUnknown: (date) => f('when.endUnknown', { date }),
    startUnknown: (date) => f('when.startUnknown', { date }),
    decade: (d) => f('when.decade', { n: `${d}0` }),
    century: (n) => f('when.century', { n: String(n) }),
  };
}

class I18n {
  /** the language shown: changes once its catalogue is loaded */
  locale = $state<Locale>('en');
  dates: DateFormats = $derived(dateFormats(this.locale));
  spanWords: SpanWords = $derived(spanWordsFor(this.locale));
  /** resolves when the language the page opens in can be shown (the app waits for it with the data) */
  readonly ready: Promise<void>;
  /** the language last asked for: a slow load does not overrule a later choice */
  private wanted: Locale = 'en';

  constructor() {
    // `?lang=` first (a kiosk, an embed), then this browser's saved choice, then its languages
    this.ready = this.show(pickLocale(saved(), browserLanguages(), fixedByUrl()));
    this.apply();
  }

  /**
   * Choose a language (the switcher): kept in this browser for the next visit, and taken out of
   * the address if `lang=` named one. Shown at once if loaded.
   */
  set(locale: Locale): Promise<void> {
    if (!isLocale(locale)) return Promise.resolve();
    try {
      localStorage.setItem(LOCALE_KEY, locale);
    } catch {
      // not kept: it still applies now
    }
    dropUrlLocale();
    return this.show(locale);
  }

  private show(locale: Locale): Promise<void> {
    this.wanted = locale;
    const apply = () => {
      if (this.wanted !== locale) return;
      this.locale = locale;
      this.apply();
    };
    if (catalogues[locale]) {
      apply();
      return Promise.resolve();
    }
    // offline and the chunk unreachable: the page stays in the language it has
    return loadCatalogue(locale).then(apply, () => {});
  }

  private apply() {
    if (typeof document !== 'undefined') document.documentElement.lang = this.locale;
  }
}

export const i18n = new I18n();

/** The interface's words for `key` in the current language, placeholders filled (as text). */
export function t(key: MessageKey, params?: Params): string {
  return format(catalogues[i18n.locale]![key], params, i18n.locale);
}

/**
 * The words for `key` in a language other than the page's (the Embed dialog names the frame in
 * the embed's language), or null while that language's catalogue is not loaded (`loadCatalogue`).
 */
export function tIn(locale: Locale, key: MessageKey, params?: Params): string | null {
  const c = catalogues[locale];
  return c ? format(c[key], params, locale) : null;
}

/** What a reference is called: the record's own name for a thing, "Paragraph 3" in the interface's words. */
export function labelOf(index: RecordIndex, ref: Ref): string {
  if (ref.kind === 'paragraph') {
    const p = index.parts.get(ref.id);
    if (p && 'n' in p) return t('reader.paragraphLabel', { n: p.n });
  }
  return index.label(ref);
}

/** A span in words, short ("c. Oct 1965", "1965年10月"): the timeline, the lists. */
export function spanText(span: TimeSpan): string {
  return describeSpan(span, i18n.spanWords);
}

/** A span in words, in full ("about October 1965"): the detail card, the date field. */
export function whenText(span: TimeSpan): string {
  return i18n.locale === 'en' ? describeWhen(span) : describeSpan(span, i18n.spanWords);
}
