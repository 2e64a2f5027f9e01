/**
 * The interface languages, and which one a browser asks for. Pure: the caller passes what the
 * browser says (navigator.languages) and what was saved, so this is tested in Node.
 */
export const LOCALES = ['en', 'zh-Hans', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language named in itself, for the switcher (a reader looks for their own language's name). */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-Hans': '简体中文', ko: '한국어' };

export function isLocale(s: unknown): s is Locale {
  return typeof s === 'string' && (LOCALES as readonly string[]).includes(s);
}

/**
 * A language tag as one of ours, or null: case and region aside ("KO", "ko-KR", "en_GB"), any
 * Chinese tag is Simplified (the only Chinese we have; closer to a Traditional reader than
 * English), any Korean Korean, any English English.
 */
export function localeOf(tag: string): Locale | null {
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-Hans';
  if (lower === 'ko' || lower.startsWith('ko-')) return 'ko';
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return null;
}

/** The first of the browser's languages we have, else English. */
export function matchLocale(wanted: readonly string[]): Locale {
  for (const tag of wanted) {
    const locale = localeOf(tag);
    if (locale) return locale;
  }
  return 'en';
}

/**
 * The language the page's address fixes (`?lang=ko`, `?kiosk=1&lang=zh-Hans`): a kiosk or an
 * embedding page names it because a gallery PC's browser is usually English. Null when there is
 * no `lang=` or it names no language we have (then the page chooses as it would without it).
 * @param search the page's `location.search`
 */
export function urlLocale(search: string): Locale | null {
  const value = new URLSearchParams(search).get('lang');
  return value ? localeOf(value) : null;
}

/**
 * The page's language: the address's `lang=` wins (it is never saved: a URL for one exhibit must
 * not change a visitor's own preference), then the saved choice, then the browser's languages.
 */
export function pickLocale(saved: string | null | undefined, wanted: readonly string[], fixed: Locale | null = null): Locale {
  return fixed ?? (isLocale(saved) ? saved : matchLocale(wanted));
}
