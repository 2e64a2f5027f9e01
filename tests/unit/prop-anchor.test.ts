/**
 * Anchoring (W3C TextQuote + TextPosition selectors): words anchored in a text check out; after
 * the text is edited elsewhere, reanchor finds the same words again (or says they are gone), and
 * never hangs, whatever the quote (empty words included).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchor, checkAnchor, reanchor } from '../../src/lib/model/anchor.ts';
import type { Mention } from '../../src/lib/model/types.ts';
import { params, timed } from './prop-helpers.ts';

/** a text and a non-empty span of it */
const textAndSpan = fc
  .string({ unit: fc.constantFrom(...'ab Kim Il Sung, Pyongyang 평양 平壤 “”.\n'.split('')), minLength: 1, maxLength: 300 })
  .chain((text) =>
    fc.tuple(fc.constant(text), fc.integer({ min: 0, max: text.length - 1 })).chain(([t, a]) => fc.tuple(fc.constant(t), fc.constant(a), fc.integer({ min: a + 1, max: t.length }))),
  );

describe('anchor and reanchor, property-based', () => {
  it('anchoring words that are in the text gives a selector that checks out and holds those words', () => {
    fc.assert(
      fc.property(textAndSpan, ([text, a, b]) => {
        const exact = text.slice(a, b);
        const m = anchor('p1', text, exact);
        expect(checkAnchor(m, text)).toBeNull();
        expect(text.slice(m.start, m.end)).toBe(exact);
      }),
      params(500),
    );
  });

  it('after an edit before or after the words, reanchor finds them again, checked', () => {
    fc.assert(
      fc.property(textAndSpan, fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), ([text, a, b], before, after) => {
        const m = anchor('p1', text, text.slice(a, b), { occurrence: 0, from: a });
        const edited = before + text + after;
        const found = timed(500, () => reanchor(m, edited));
        expect(found).not.toBeNull();
        expect(checkAnchor(found!, edited)).toBeNull();
        expect(found!.exact).toBe(m.exact);
      }),
      params(500),
    );
  });

  it('words that are gone give null; any quote (empty, odd types from a file) never hangs or throws', () => {
    const junk = fc.oneof(fc.string({ maxLength: 20 }), fc.constant(''), fc.constant([]), fc.constant({}), fc.integer(), fc.constant(null));
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), junk, junk, junk, fc.integer(), fc.integer(), (text, exact, prefix, suffix, start, end) => {
        const m = { paragraph: 'p1', exact, prefix, suffix, start, end } as unknown as Mention;
        const r = timed(500, () => {
          try {
            return reanchor(m, text);
          } catch (e) {
            throw new Error(`reanchor threw ${String(e)} for ${JSON.stringify(m)}`);
          }
        });
        if (typeof exact !== 'string' || exact === '' || !text.includes(exact)) expect(r).toBeNull();
        else expect(checkAnchor(r!, text)).toBeNull();
        // checkAnchor only reports (a string) or passes (null)
        const c = timed(500, () => checkAnchor(m, text));
        expect(c === null || typeof c === 'string').toBe(true);
      }),
      params(1000),
    );
  });
});
