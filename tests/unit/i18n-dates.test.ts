import { beforeAll, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { toTimeSpan } from '../../src/lib/model/time-span.ts';
import { describeSpan } from '../../src/lib/layout/span-label.ts';
import { i18n, loadCatalogue, spanText, t, whenText } from '../../src/lib/i18n/i18n.svelte.ts';
import { dateFormats } from '../../src/lib/i18n/date-formats.ts';
import { formatWindow } from '../../src/lib/layout/time-scale.ts';

const span = (s: string) => toTimeSpan(s);

describe('dates per language (UTC)', () => {
  // Chinese and Korean are chunks of their own; once loaded, a switch is immediate
  beforeAll(() => Promise.all([loadCatalogue('zh-Hans'), loadCatalogue('ko')]));

  const cases: [string, string, string, string][] = [
    // edtf, English, Chinese, Korean
    ['1965-10-28', '28 Oct 1965', '1965年10月28日', '1965년 10월 28일'],
    ['1965-10', 'Oct 1965', '1965年10月', '1965년 10월'],
    ['1966?', '1966?', '1966年?', '1966년?'],
    ['1965-10~', 'c. Oct 1965', '约1965年10月', '1965년 10월경'],
    ['1965-23', 'autumn 1965', '1965年秋', '1965년 가을'],
    ['1950-06-25/1953-07-27', '25 Jun 1950 – 27 Jul 1953', '1950年6月25日 – 1953年7月27日', '1950년 6월 25일 – 1953년 7월 27일'],
    ['1953-07-27/..', '27 Jul 1953 onwards', '1953年7月27日起', '1953년 7월 27일부터'],
    ['../1965', 'until 1965', '至1965年', '1965년까지'],
    ['195X', '1950s', '1950年代', '1950년대'],
  ];
  it.each(cases)('%s: %s / %s / %s', (edtf, english, chinese, korean) => {
    i18n.set('en');
    flushSync();
    expect(spanText(span(edtf))).toBe(english);
    expect(describeSpan(span(edtf))).toBe(english);
    i18n.set('zh-Hans');
    flushSync();
    expect(spanText(span(edtf))).toBe(chinese);
    i18n.set('ko');
    flushSync();
    expect(spanText(span(edtf))).toBe(korean);
    i18n.set('en');
  });

  it('the full English form is unchanged; other languages use their own', () => {
    i18n.set('en');
    expect(whenText(span('1965-10-29'))).toBe('29 October 1965');
    i18n.set('ko');
    expect(whenText(span('1965-10-29'))).toBe('1965년 10월 29일');
    i18n.set('en');
  });

  it('a date at midnight UTC stays on its day whatever the process time zone', () => {
    const t0 = Date.UTC(1965, 9, 29);
    expect(dateFormats('zh-Hans').dayMonthYear(t0)).toBe('1965年10月29日');
    expect(dateFormats('ko').dayMonthYear(t0 - 1)).toBe('1965년 10월 28일');
  });

  it('the time window is written per language', () => {
    const w: [number, number] = [Date.UTC(1965, 0, 1), Date.UTC(1966, 0, 1)];
    expect(formatWindow(w)).toBe('Jan 1965 – Dec 1965');
    expect(formatWindow(w, dateFormats('zh-Hans'))).toBe('1965年1月 – 1965年12月');
  });

  it('t() follows the language chosen', () => {
    i18n.set('zh-Hans');
    expect(t('explorer.map')).toBe('地图');
    expect(t('count.places', { n: 2 })).toBe('2 个地点');
    i18n.set('ko');
    expect(t('explorer.timeline')).toBe('연표');
    i18n.set('en');
    expect(t('explorer.sourceText')).toBe('Source text');
  });
});
