/**
 * The EDTF handling on random and generated strings: toTimeSpan never hangs and throws nothing
 * but a clean Error; what it accepts has sane bounds that the words describe; valid EDTF dates
 * round-trip their bounds (the fast path agrees with edtf.js, a date lies inside its own span).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { edtfTimeSpan, toTimeSpan, type TimeSpan } from '../../src/lib/model/time-span.ts';
import { describeWhen } from '../../src/lib/model/describe-when.ts';
import { describeSpan } from '../../src/lib/layout/span-label.ts';
import { isValidEdtf } from '../../src/lib/model/edtf-syntax.ts';
import { isCleanError, params, timed } from './prop-helpers.ts';

/** Strings built from EDTF's own alphabet: the parser's corners, not only noise. */
const edtfish = fc
  .array(fc.constantFrom(...'0123456789-/.~?%XYSEu+ ^[]{},'.split(''), '..', '19', '65', '-21', '-23', '/..', 'T12:00:00Z'), { maxLength: 24 })
  .map((a) => a.join(''));

/** Valid EDTF level 1 dates: year 1000–2999, optional month and day, an optional qualifier. */
const qualifier = fc.constantFrom('', '~', '?', '%');
const date = fc
  .record({ y: fc.integer({ min: 1000, max: 2999 }), m: fc.option(fc.integer({ min: 1, max: 12 })), d: fc.integer({ min: 1, max: 28 }), withDay: fc.boolean(), q: qualifier })
  .map(({ y, m, d, withDay, q }) => {
    const mm = m === null ? '' : `-${String(m).padStart(2, '0')}`;
    const dd = m !== null && withDay ? `-${String(d).padStart(2, '0')}` : '';
    return { text: `${y}${mm}${dd}${q}`, y, m, d: m !== null && withDay ? d : null };
  });

function sane(span: TimeSpan) {
  const { start, end } = span;
  // an open or unknown end is ±Infinity on its own side only; known ends are real instants
  if (Number.isFinite(start.t) && Number.isFinite(end.t)) expect(start.t).toBeLessThan(end.t);
  expect(Number.isNaN(start.t) || Number.isNaN(end.t)).toBe(false);
  expect(start.t === Infinity || end.t === -Infinity).toBe(false);
  // and the words for it come without throwing
  expect(describeWhen(span).length).toBeGreaterThan(0);
  expect(describeSpan(span).length).toBeGreaterThan(0);
}

function attempt(s: string) {
  return timed(500, () => {
    try {
      const span = toTimeSpan(s);
      sane(span);
      return span;
    } catch (e) {
      if (!isCleanError(e)) throw new Error(`toTimeSpan(${JSON.stringify(s)}) threw ${String(e)}`);
      return null;
    }
  });
}

describe('EDTF, property-based', () => {
  it('random strings: never hang, never throw anything but a clean Error', () => {
    fc.assert(fc.property(fc.string({ maxLength: 64 }), (s) => void attempt(s)), params(1000));
  });

  it('strings of EDTF characters: the same; what the schema accepts is placed in time, or refused for a stated reason', () => {
    fc.assert(
      fc.property(edtfish, (s) => {
        const span = attempt(s);
        if (!span && timed(500, () => isValidEdtf(s))) {
          // valid syntax the timeline cannot place: validateRecord reports it with this message
          expect(() => toTimeSpan(s)).toThrow(/ends before it starts|no known start or end|season|not an EDTF/);
        }
      }),
      params(1500),
    );
  });

  it('long inputs finish quickly too', () => {
    fc.assert(fc.property(fc.string({ minLength: 500, maxLength: 5000 }), (s) => void attempt(s)), params(50));
    attempt('1'.repeat(10_000));
    attempt('('.repeat(5_000));
    attempt('1965-10-28/'.repeat(500));
  });

  it('a valid date: its own span holds it, and the fast path agrees with edtf.js', () => {
    fc.assert(
      fc.property(date, ({ text, y, m, d }) => {
        const span = toTimeSpan(text);
        const slow = edtfTimeSpan(text);
        expect([span.start.t, span.end.t]).toEqual([slow.start.t, slow.end.t]);
        const t = Date.UTC(y, (m ?? 1) - 1, d ?? 1);
        expect(span.start.t).toBe(t);
        expect(span.end.t).toBeGreaterThan(t);
        expect(span.start.precision).toBe(d !== null ? 'day' : m !== null ? 'month' : 'year');
        expect(span.start.approximate).toBe(text.endsWith('~') || text.endsWith('%'));
        expect(span.start.uncertain).toBe(text.endsWith('?') || text.endsWith('%'));
        sane(span);
      }),
      params(500),
    );
  });

  it('an interval of two valid dates: ordered ends make a span from the first to past the second, else a clean Error', () => {
    fc.assert(
      fc.property(date, date, fc.constantFrom('', '..'), (a, b, open) => {
        const text = `${a.text}/${open || b.text}`;
        const s = attempt(text);
        if (open) {
          expect(s).not.toBeNull();
          expect(s!.end.open).toBe(true);
          expect(s!.start.t).toBe(toTimeSpan(a.text).start.t);
          return;
        }
        const from = toTimeSpan(a.text);
        const to = toTimeSpan(b.text);
        if (from.start.t < to.end.t) {
          expect(s).not.toBeNull();
          expect([s!.start.t, s!.end.t]).toEqual([from.start.t, to.end.t]);
        } else expect(s).toBeNull();
      }),
      params(500),
    );
  });
});
