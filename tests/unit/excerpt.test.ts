/** The passage a slide quotes round its lit words. */
import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/lib/layout/excerpt.ts';

const join = (runs: { text: string }[]) => runs.map((r) => r.text).join('');

describe('excerpt', () => {
  it('a short text is kept whole, its lit words split out', () => {
    const text = 'There are tunnels underneath Pyongyang. Other cities dig.';
    const runs = excerpt(text, [[29, 38]], 600);
    expect(join(runs)).toBe(text);
    expect(runs.filter((r) => r.lit).map((r) => r.text)).toEqual(['Pyongyang']);
  });
  it('a long text starts at the sentence of the first lit words and ends at a sentence, marking both cuts', () => {
    const s = (n: number) => `Sentence number ${n} says a little more about the matter at hand.`;
    const text = Array.from({ length: 30 }, (_, i) => s(i + 1)).join(' ');
    const at = text.indexOf('number 12');
    const runs = excerpt(text, [[at, at + 9]], 300);
    const out = join(runs);
    expect(out.startsWith('…Sentence number 12')).toBe(true);
    expect(out.endsWith('.…')).toBe(true);
    expect(out.length).toBeLessThanOrEqual(302);
    expect(runs.find((r) => r.lit)?.text).toBe('number 12');
  });
  it('overlapping lit ranges light each character once', () => {
    const runs = excerpt('abcdefgh', [[1, 4], [3, 6]], 600);
    expect(runs).toEqual([{ text: 'a', lit: false }, { text: 'bcdef', lit: true }, { text: 'gh', lit: false }]);
  });
});
