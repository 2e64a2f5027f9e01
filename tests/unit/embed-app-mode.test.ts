/** The page's mode from its query string: embed and kiosk options, the host allow-list. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_DWELL, DEFAULT_IDLE, fullViewHref, parseAppMode, parseViews } from '../../src/lib/embed/app-mode.ts';

const SELF = 'https://app.example';

describe('parseAppMode', () => {
  it('no query is the full explorer, answering only its own origin', () => {
    expect(parseAppMode('', SELF)).toEqual({
      kind: 'full', views: ['map', 'timeline', 'text'], theme: 'light', hosts: [SELF], dwell: DEFAULT_DWELL, idle: DEFAULT_IDLE, tour: null,
    });
  });
  it.each([
    ['?embed=1', 'embed'],
    ['?embed=true', 'embed'],
    ['?embed', 'embed'],
    ['?embed=0', 'full'],
    ['?embed=false', 'full'],
    ['?kiosk=1', 'kiosk'],
    ['?kiosk=1&embed=1', 'kiosk'],
  ])('%s is %s', (q, kind) => {
    expect(parseAppMode(q, SELF).kind).toBe(kind);
  });
  it('origin= names the hosts (normalised to origins, deduplicated), then its own origin', () => {
    const m = parseAppMode('?embed=1&origin=https://News.example/article/1,https://news.example&origin=http://localhost:8080', SELF);
    expect(m.hosts).toEqual(['https://news.example', 'http://localhost:8080', SELF]);
  });
  it.each(['*', 'null', 'javascript:alert(1)', 'file:///x', 'data:text/html,x', 'not a url', ''])('origin=%s is never a host', (o) => {
    expect(parseAppMode(`?embed=1&origin=${encodeURIComponent(o)}`, SELF).hosts).toEqual([SELF]);
  });
  it('a page opened from disk (origin "null") has no hosts of its own', () => {
    expect(parseAppMode('?embed=1', 'null').hosts).toEqual([]);
  });
  it.each([
    ['?kiosk=1&dwell=5&idle=30', 5, 30],
    ['?kiosk=1&dwell=0.5&idle=2', 0.5, 2],
    ['?kiosk=1&dwell=0&idle=0', 0.25, 1],
    ['?kiosk=1&dwell=-3&idle=1e9', 0.25, 86_400],
    ['?kiosk=1&dwell=abc&idle=', DEFAULT_DWELL, DEFAULT_IDLE],
  ])('%s dwells %s s and idles %s s (bounded)', (q, dwell, idle) => {
    const m = parseAppMode(q, SELF);
    expect([m.dwell, m.idle]).toEqual([dwell, idle]);
  });
  it('theme is light unless dark is asked for', () => {
    expect(parseAppMode('?embed=1&theme=dark', SELF).theme).toBe('dark');
    expect(parseAppMode('?embed=1&theme=neon', SELF).theme).toBe('light');
  });
  it('tour= names the kiosk tour', () => {
    expect(parseAppMode('?kiosk=1&tour=class', SELF).tour).toBe('class');
  });
});

describe('parseViews', () => {
  it.each([
    ['map,text', ['map', 'text']],
    ['text,map', ['map', 'text']],
    [' Timeline , map ', ['map', 'timeline']],
    ['map,map', ['map']],
    ['globe', ['map', 'timeline', 'text']],
    ['', ['map', 'timeline', 'text']],
  ])('%s shows %o', (v, views) => {
    expect(parseViews(v)).toEqual(views);
  });
  it('no views= shows all three', () => {
    expect(parseViews(null)).toEqual(['map', 'timeline', 'text']);
  });
});

describe('fullViewHref', () => {
  it('drops the embed and kiosk keys, keeps the others, and puts the state in the hash', () => {
    expect(fullViewHref('https://app.example/sub/?embed=1&views=map&record=r.json&theme=dark&origin=https://h.example#place=x', '#event=y')).toBe(
      'https://app.example/sub/?record=r.json#event=y',
    );
  });
  it('keeps the language the embed or kiosk was fixed to: the full view opens in it', () => {
    expect(fullViewHref('https://app.example/?embed=1&lang=ko&views=map#place=x', '#place=x')).toBe('https://app.example/?lang=ko#place=x');
  });
  it('no state, no hash', () => {
    expect(fullViewHref('https://app.example/?kiosk=1&dwell=3#tour=class&step=2', '')).toBe('https://app.example/');
  });
});
