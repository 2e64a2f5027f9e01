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
 * The first of the browser's languages we have: any Chinese tag falls to Simplified (the only
 * Chinese we have; closer to a Traditional reader than English), any Korean to Korean.
 */
export function matchLocale(wanted: readonly string[]): Locale {
  for (const tag of wanted) {
    const lower = tag.toLowerCase();
    if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-Hans';
    if (lower === 'ko' || lower.startsWith('ko-')) return 'ko';
    if (lower === 'en' || lower.startsWith('en-')) return 'en';
  }
  return 'en';
}

/** The saved choice wins; else the browser's languages. */
export function pickLocale(saved: string | null | undefined, wanted: readonly string[]): Locale {
  return isLocale(saved) ? saved : matchLocale(wanted);
}
