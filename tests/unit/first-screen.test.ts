import { describe, expect, it } from 'vitest';
import { firstScreen, READER_METRICS } from '../../src/lib/layout/first-screen.ts';

const para = (chars: number) => ({ text: 'x'.repeat(chars) });
const m = { line: 20, glyph: 10, gap: 10 };

describe('firstScreen', () => {
  it('counts paragraphs from the top until their estimated height fills 1.2 × the box', () => {
    // 100 px wide: 10 glyphs a line; 95 chars = 10 lines = 200 px + 10 gap = 210 px a paragraph
    const parts = Array.from({ length: 10 }, () => para(95));
    // box 300 px: fill 360 → the second paragraph reaches 420
    expect(firstScreen(parts, { width: 100, height: 300 }, m)).toBe(2);
    // box 400 px: fill 480 → the third reaches 630
    expect(firstScreen(parts, { width: 100, height: 400 }, m)).toBe(3);
  });

  it('draws more for a taller reader, and fewer for a narrower one (its paragraphs run to more lines)', () => {
    const parts = Array.from({ length: 40 }, (_, i) => para(200 + ((i * 37) % 300)));
    let last = 0;
    for (const height of [200, 400, 600, 900, 1400]) {
      const n = firstScreen(parts, { width: 500, height });
      expect(n).toBeGreaterThanOrEqual(last);
      last = n;
    }
    expect(firstScreen(parts, { width: 300, height: 600 })).toBeLessThan(firstScreen(parts, { width: 800, height: 600 }));
  });

  it('always draws at least the first paragraph, and all of a short text', () => {
    expect(firstScreen([para(100_000), para(10)], { width: 400, height: 600 })).toBe(1);
    expect(firstScreen([para(50), para(50)], { width: 400, height: 600 })).toBe(2);
    expect(firstScreen([], { width: 400, height: 600 })).toBe(0);
  });

  it('draws everything while the reader is not measured yet', () => {
    const parts = Array.from({ length: 30 }, () => para(800));
    expect(firstScreen(parts, { width: 0, height: 600 })).toBe(30);
    expect(firstScreen(parts, { width: 500, height: 0 })).toBe(30);
    expect(firstScreen(parts, { width: NaN, height: 600 })).toBe(30);
  });

  it('errs towards too many: its lines are fewer than the reader\'s serif makes', () => {
    // the reader's serif at ~16 px averages 7 px or more a glyph, in lines of about 27 px:
    // the estimate's paragraph is never taller than that
    const text = para(900);
    const real = Math.ceil((900 * 7) / 460) * 27;
    const estimate = Math.ceil(900 / Math.floor(460 / READER_METRICS.glyph)) * READER_METRICS.line + READER_METRICS.gap;
    expect(estimate).toBeLessThan(real);
    expect(firstScreen([text, text, text, text], { width: 460, height: real * 2 })).toBeGreaterThanOrEqual(3);
  });
});
