/** The iframe snippet the Embed dialog writes. */
import { describe, expect, it } from 'vitest';
import { clampHeight, embedSnippet, embedUrl, listViews, type EmbedOptions } from '../../src/lib/embed/embed-snippet.ts';

const base: EmbedOptions = {
  app: 'https://app.example/explorer/',
  hash: '#place=pyongyang',
  views: ['map', 'timeline', 'text'],
  theme: 'light',
  height: 480,
  title: 'Record: map, timeline, text',
};

describe('embedUrl', () => {
  it('all views and the light theme are the defaults, left out', () => {
    expect(embedUrl(base)).toBe('https://app.example/explorer/?embed=1#place=pyongyang');
  });
  it('writes the views in canonical order, the theme, the host origin and the state', () => {
    expect(embedUrl({ ...base, views: ['text', 'map'], theme: 'dark', host: 'https://news.example/story', hash: '#tour=class&step=4' })).toBe(
      'https://app.example/explorer/?embed=1&views=map,text&theme=dark&origin=https%3A%2F%2Fnews.example#tour=class&step=4',
    );
  });
  it('keeps other query keys (a record) and drops a host that is not an origin', () => {
    expect(embedUrl({ ...base, keep: new URLSearchParams('record=data/r.json'), host: 'javascript:alert(1)', hash: '' })).toBe(
      'https://app.example/explorer/?record=data%2Fr.json&embed=1',
    );
  });
  it('writes the embed\'s language; none leaves it to the visitor\'s browser', () => {
    expect(embedUrl({ ...base, lang: 'ko' })).toBe('https://app.example/explorer/?embed=1&lang=ko#place=pyongyang');
    expect(embedUrl({ ...base, lang: 'zh-Hans', views: ['map'], theme: 'dark', host: 'https://news.example' })).toBe(
      'https://app.example/explorer/?embed=1&views=map&theme=dark&lang=zh-Hans&origin=https%3A%2F%2Fnews.example#place=pyongyang',
    );
    expect(embedUrl({ ...base, lang: 'en' })).toBe('https://app.example/explorer/?embed=1&lang=en#place=pyongyang');
    expect(embedUrl({ ...base, lang: null })).toBe('https://app.example/explorer/?embed=1#place=pyongyang');
  });
  it('the lang= this page was opened with is not carried over: the chosen one replaces it, or none', () => {
    const keep = new URLSearchParams('record=r.json&lang=zh-Hans');
    expect(embedUrl({ ...base, keep, lang: 'ko' })).toBe('https://app.example/explorer/?record=r.json&embed=1&lang=ko#place=pyongyang');
    expect(embedUrl({ ...base, keep, lang: null })).toBe('https://app.example/explorer/?record=r.json&embed=1#place=pyongyang');
    expect(keep.get('lang')).toBe('zh-Hans'); // the caller's parameters are not changed
  });
});

describe('listViews', () => {
  it('lists the views the language\'s way', () => {
    expect(listViews(['map', 'timeline', 'text'], 'en')).toBe('map, timeline, text');
    expect(listViews(['map', 'text'], 'en')).toBe('map, text');
    expect(listViews(['地图', '时间线', '原文'], 'zh-Hans')).toBe('地图、时间线、原文');
    expect(listViews(['地图', '原文'], 'zh-Hans')).toBe('地图、原文');
    expect(listViews(['지도', '연표', '원문'], 'ko')).toBe('지도, 연표 및 원문');
    expect(listViews(['지도'], 'ko')).toBe('지도');
  });
});

describe('embedSnippet', () => {
  it('is one iframe with the URL, a title, the height and a sandbox', () => {
    const s = embedSnippet({ ...base, views: ['map', 'text'] });
    expect(s).toBe(
      '<iframe src="https://app.example/explorer/?embed=1&amp;views=map,text#place=pyongyang" title="Record: map, timeline, text" width="100%" height="480"' +
        ' style="border:0;max-width:100%" loading="lazy" allow="fullscreen"' +
        ' sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>',
    );
  });
  it('escapes the title and the URL for an attribute', () => {
    const s = embedSnippet({ ...base, title: 'Kim "said" <b>&', hash: '#place=a"b' });
    expect(s).toContain('title="Kim &quot;said&quot; &lt;b&gt;&amp;"');
    expect(s).toContain('#place=a&quot;b"');
    expect(s.match(/"/g)!.length % 2).toBe(0);
  });
  it.each([
    [100, 240],
    [480, 480],
    [99999, 1600],
    [NaN, 480],
    [333.4, 333],
  ])('height %s is written as %s', (h, out) => {
    expect(clampHeight(h)).toBe(out);
  });
});
