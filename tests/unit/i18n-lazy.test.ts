import { afterEach, describe, expect, it, vi } from 'vitest';

// A fresh copy of the i18n module for each test: the catalogues it has loaded are its own.
async function fresh() {
  vi.resetModules();
  return import('../../src/lib/i18n/i18n.svelte.ts');
}

describe('catalogues other than English load when chosen', () => {
  it('a language is shown once its catalogue has loaded, not before', async () => {
    const { i18n, t } = await fresh();
    await i18n.ready;
    expect(i18n.locale).toBe('en');
    const switching = i18n.set('ko');
    expect(i18n.locale).toBe('en');
    expect(t('explorer.timeline')).toBe('Timeline');
    await switching;
    expect(i18n.locale).toBe('ko');
    expect(t('explorer.timeline')).toBe('연표');
    // loaded now: switching back and forth is immediate
    void i18n.set('en');
    expect(t('explorer.timeline')).toBe('Timeline');
    void i18n.set('ko');
    expect(t('explorer.timeline')).toBe('연표');
  });

  it('a later choice is not overruled by an earlier, slower load', async () => {
    const { i18n } = await fresh();
    const chinese = i18n.set('zh-Hans');
    await i18n.set('en');
    await chinese;
    expect(i18n.locale).toBe('en');
  });
});

describe('the address fixes the language (?lang=)', () => {
  /** a page at `href` whose browser saved `saved` and speaks English */
  function page(href: string, saved: string | null) {
    const store = new Map<string, string>(saved ? [['record-explorer:locale', saved]] : []);
    const storage = {
      getItem: vi.fn((k: string) => store.get(k) ?? null),
      setItem: vi.fn((k: string, v: string) => void store.set(k, v)),
    };
    const location = new URL(href);
    const history = {
      state: { kept: true },
      replaceState: vi.fn((_state: unknown, _title: string, url: string) => {
        const next = new URL(url, location.href);
        location.search = next.search;
        location.hash = next.hash;
      }),
    };
    vi.stubGlobal('localStorage', storage);
    vi.stubGlobal('location', location);
    vi.stubGlobal('history', history);
    vi.stubGlobal('navigator', { languages: ['en-GB'], language: 'en-GB' });
    return { store, storage, location, history };
  }
  afterEach(() => vi.unstubAllGlobals());

  it('lang=ko wins over the saved choice and the browser, and is not saved', async () => {
    const p = page('https://app.example/?kiosk=1&lang=ko', 'zh-Hans');
    const { i18n, t } = await fresh();
    await i18n.ready;
    expect(i18n.locale).toBe('ko');
    expect(t('explorer.timeline')).toBe('연표');
    expect(p.storage.setItem).not.toHaveBeenCalled();
    expect(p.store.get('record-explorer:locale')).toBe('zh-Hans');
  });

  it('a lang= we do not have is ignored: the saved choice, else the browser, decides', async () => {
    page('https://app.example/?embed=1&lang=fr', 'zh-Hans');
    const a = await fresh();
    await a.i18n.ready;
    expect(a.i18n.locale).toBe('zh-Hans');
    vi.unstubAllGlobals();
    page('https://app.example/?embed=1&lang=fr', null);
    const b = await fresh();
    await b.i18n.ready;
    expect(b.i18n.locale).toBe('en');
  });

  it('the switcher\'s choice is saved and takes lang= out of the address, keeping the rest', async () => {
    const p = page('https://app.example/sub/?record=r.json&lang=ko#place=pyongyang', null);
    const { i18n } = await fresh();
    await i18n.ready;
    expect(i18n.locale).toBe('ko');
    await i18n.set('zh-Hans');
    expect(i18n.locale).toBe('zh-Hans');
    expect(p.store.get('record-explorer:locale')).toBe('zh-Hans');
    expect(p.history.replaceState).toHaveBeenCalledWith({ kept: true }, '', '/sub/?record=r.json#place=pyongyang');
    expect(p.location.search).toBe('?record=r.json');
  });
});
