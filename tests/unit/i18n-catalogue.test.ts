import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en.ts';
import { zhHans } from '../../src/lib/i18n/zh-Hans.ts';
import { ko } from '../../src/lib/i18n/ko.ts';
import { format, placeholders, wholeNumber, type Message } from '../../src/lib/i18n/message.ts';
import { localeOf, matchLocale, pickLocale, urlLocale } from '../../src/lib/i18n/locale.ts';

const OTHERS = { 'zh-Hans': zhHans, ko } as Record<string, Record<string, Message>>;
const EN = en as Record<string, Message>;

describe('message catalogues', () => {
  for (const [name, cat] of Object.entries(OTHERS)) {
    it(`${name} has every English key and no other`, () => {
      expect(Object.keys(cat).sort()).toEqual(Object.keys(EN).sort());
    });
    it(`${name} uses the same placeholders as English in every message`, () => {
      const wrong = Object.keys(EN).filter((k) => placeholders(EN[k]!).join() !== placeholders(cat[k]!).join());
      expect(wrong).toEqual([]);
    });
    it(`${name} has plural forms exactly where English has them, and no empty message`, () => {
      const wrong = Object.keys(EN).filter((k) => typeof EN[k] !== typeof cat[k]);
      expect(wrong).toEqual([]);
      const empty = Object.entries(cat).filter(([, m]) => (typeof m === 'string' ? m : m.one + m.other).trim() === '');
      expect(empty).toEqual([]);
    });
    it(`${name} is really translated: most messages differ from English`, () => {
      const same = Object.keys(EN).filter((k) => JSON.stringify(EN[k]) === JSON.stringify(cat[k]));
      // format names (TEI P5 XML, Linked Places) and pure patterns ({from} – {to}) stay the same
      expect(same.length).toBeLessThan(Object.keys(EN).length * 0.06);
    });
  }
  it('every plural message counts with {n}', () => {
    const wrong = Object.keys(EN).filter((k) => typeof EN[k] !== 'string' && !placeholders(EN[k]!).includes('n'));
    expect(wrong).toEqual([]);
  });
});

describe('format', () => {
  it('chooses the plural form for the count, per language', () => {
    expect(format(en['count.mentions'], { n: 1 }, 'en')).toBe('1 mention');
    expect(format(en['count.mentions'], { n: 2 }, 'en')).toBe('2 mentions');
    expect(format(zhHans['count.mentions'], { n: 1 }, 'zh-Hans')).toBe('提及 1 次');
    expect(format(ko['count.people'], { n: 3 }, 'ko')).toBe('인물 3명');
  });
  it('formats numbers for the locale and leaves text values as they are', () => {
    expect(format('{n} and {s}', { n: 12345, s: '<b>x</b>' }, 'en')).toBe('12,345 and <b>x</b>');
  });
  it('writes whole numbers exactly as Intl.NumberFormat does in every catalogue locale, without it', () => {
    const values = [0, 7, -7, 999, 1000, -1000, 10_000, 123_456, 1_000_000, -98_765_432, Number.MAX_SAFE_INTEGER];
    for (const locale of ['en', 'zh-Hans', 'ko']) {
      const intl = new Intl.NumberFormat(locale);
      for (const v of values) expect(wholeNumber(v, locale), `${v} in ${locale}`).toBe(intl.format(v));
      expect(format('{n}', { n: 1234.5 }, locale)).toBe(intl.format(1234.5));
    }
    // not a whole number, or a locale whose digits or grouping differ: Intl decides
    expect(wholeNumber(1.5, 'en')).toBeNull();
    expect(wholeNumber(12345, 'de')).toBeNull();
    expect(wholeNumber(2 ** 60, 'en')).toBeNull();
  });
  it('leaves an unknown placeholder visible', () => {
    expect(format('a {missing} b', {}, 'en')).toBe('a {missing} b');
  });
});

describe('choosing a language', () => {
  it.each([
    [['zh-CN', 'en'], 'zh-Hans'],
    [['zh-TW'], 'zh-Hans'],
    [['zh'], 'zh-Hans'],
    [['ko-KR', 'en-US'], 'ko'],
    [['fr-FR', 'ko'], 'ko'],
    [['de-DE', 'fr'], 'en'],
    [['en-GB', 'zh-CN'], 'en'],
    [[], 'en'],
  ] as const)('browser languages %j → %s', (wanted, locale) => {
    expect(matchLocale(wanted)).toBe(locale);
  });
  it('a saved choice wins over the browser; a damaged one is ignored', () => {
    expect(pickLocale('ko', ['zh-CN'])).toBe('ko');
    expect(pickLocale('xx', ['zh-CN'])).toBe('zh-Hans');
    expect(pickLocale(null, ['en-US'])).toBe('en');
  });
  it('the address\'s lang= wins over the saved choice and the browser; none, or one we lack, changes nothing', () => {
    expect(pickLocale('zh-Hans', ['en-GB'], urlLocale('?kiosk=1&lang=ko'))).toBe('ko');
    expect(pickLocale(null, ['en-GB'], urlLocale('?embed=1&lang=zh-Hans'))).toBe('zh-Hans');
    expect(pickLocale('ko', ['zh-CN'], urlLocale('?lang=en'))).toBe('en');
    expect(pickLocale('ko', ['zh-CN'], urlLocale('?kiosk=1&lang=fr'))).toBe('ko');
    expect(pickLocale(null, ['zh-CN'], urlLocale('?lang='))).toBe('zh-Hans');
    expect(pickLocale(null, ['ko-KR'], urlLocale(''))).toBe('ko');
    expect(pickLocale('ko', ['en-GB'], null)).toBe('ko');
  });
  it.each([
    ['?lang=ko', 'ko'],
    ['?kiosk=1&lang=zh-Hans&dwell=12', 'zh-Hans'],
    ['?lang=KO', 'ko'],
    ['?lang=ko-KR', 'ko'],
    ['?lang=zh', 'zh-Hans'],
    ['?lang=zh_CN', 'zh-Hans'],
    ['?lang=zh-Hant', 'zh-Hans'],
    ['?lang=en-GB', 'en'],
    ['?lang=%20ko%20', 'ko'],
    ['?lang=fr', null],
    ['?lang=korean', null],
    ['?lang=kok', null],
    ['?lang=', null],
    ['?embed=1', null],
    ['', null],
  ] as const)('the address %s fixes %s', (search, locale) => {
    expect(urlLocale(search)).toBe(locale);
  });
  it('a tag is ours or null', () => {
    expect(localeOf('en')).toBe('en');
    expect(localeOf('eng')).toBeNull();
    expect(localeOf('')).toBeNull();
  });
});
