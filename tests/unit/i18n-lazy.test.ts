import { describe, expect, it, vi } from 'vitest';

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
