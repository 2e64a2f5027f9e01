import { describe, expect, it } from 'vitest';
import { anchor, checkAnchor, reanchor } from '../../src/lib/model/anchor.ts';

const text = 'There are tunnels presently being built underneath Pyongyang and by next year those under East and West Pyongyang will basically be complete.';

describe('anchor', () => {
  it('puts exact at its UTF-16 offsets with context either side', () => {
    const m = anchor('p3', text, 'Pyongyang');
    expect(text.slice(m.start, m.end)).toBe('Pyongyang');
    expect(m.prefix.endsWith('underneath ')).toBe(true);
    expect(m.suffix.startsWith(' and by next year')).toBe(true);
    expect(checkAnchor(m, text)).toBeNull();
  });

  it('finds a later occurrence by index', () => {
    const m = anchor('p3', text, 'Pyongyang', { occurrence: 1 });
    expect(m.start).toBe(text.lastIndexOf('Pyongyang'));
  });

  it('counts offsets in UTF-16 code units (astral characters take two)', () => {
    const t = '𝄞 Pyongyang’s tunnels';
    const m = anchor('p', t, 'Pyongyang');
    expect(m.start).toBe(3);
    expect(checkAnchor(m, t)).toBeNull();
  });

  it('throws when the words are absent', () => {
    expect(() => anchor('p3', text, 'Kaesong')).toThrow(/does not occur/);
  });
});

describe('checkAnchor', () => {
  it.each([
    ['shifted offsets', { start: 1 }, /not "Pyongyang"/],
    ['a wrong prefix', { prefix: 'over ' }, /prefix/],
    ['a wrong suffix', { suffix: ' or' }, /suffix/],
    ['an end before the start', { end: 0 }, /greater than start/],
    ['an end past the text', { end: 10_000 }, /past the end/],
  ])('reports %s', (_w, change, msg) => {
    const m = { ...anchor('p3', text, 'Pyongyang'), ...change };
    expect(checkAnchor(m, text)).toMatch(msg);
  });
});

describe('reanchor', () => {
  it('re-finds the same occurrence after the text before it changed', () => {
    const m = anchor('p3', text, 'Pyongyang', { occurrence: 1 });
    const edited = 'Indeed, ' + text;
    const again = reanchor(m, edited)!;
    expect(again.start).toBe(edited.lastIndexOf('Pyongyang'));
    expect(checkAnchor(again, edited)).toBeNull();
  });

  it('gives null when the words are gone', () => {
    expect(reanchor(anchor('p3', text, 'Pyongyang'), 'nothing here')).toBeNull();
  });
});
