import { describe, expect, it } from 'vitest';
import { parse } from 'edtf';
import { simpleEdtf } from '../../src/lib/model/edtf-fast-path.ts';
import { isValidEdtf } from '../../src/lib/model/edtf-syntax.ts';
import { edtfTimeSpan, toTimeSpan } from '../../src/lib/model/time-span.ts';

/** What edtf.js alone says (the fast path must never disagree with it). */
function slowValid(s: string): boolean {
  try {
    const p = parse(s, { level: 1 });
    return p.type === 'Date' || p.type === 'Interval' || p.type === 'Season' || p.type === 'Year';
  } catch {
    return false;
  }
}

function outcome(f: () => unknown): unknown {
  try {
    return f();
  } catch {
    return 'throws';
  }
}

const dates = ['1965', '1965-10', '1965-10-28', '1965-02-28', '1964-02-29', '2000-02-29', '1999-12-31', '1000-01-01', '9999-12'];
const qualifiers = ['', '~', '?', '%'];
const corpus = [
  ...dates.flatMap((d) => qualifiers.map((q) => d + q)),
  '1965-21', '1965-22', '1965-23', '1965-24', '1965-25', '1965-23~',
  '1965/1966', '1950-10/1958-10', '1965-10-28~/1966?', '1965-10%/1966-01-02', '../1965-10', '1965/..', '/1965', '1965/', '../..',
  '1966/1965', '1965-10/1965-10', '1965-10-28/1965-10-28',
  // not simple: edtf.js decides
  '1965-02-29', '1965-02-30', '1965-13', '1965-00', '1965-10-00', '0050', '0999', '-0100', '196X', '19XX', '1965-XX',
  '1965-10-28T10:00:00Z', 'Y170000002', '1965-10-28/..', '..', '', '1965~/..', '1965-21/1966',
];

describe('the EDTF fast path', () => {
  it.each(corpus)('agrees with edtf.js on validity: %j', (s) => {
    expect(isValidEdtf(s)).toBe(slowValid(s));
  });

  it.each(corpus)('gives the same time span as edtf.js: %j', (s) => {
    expect(outcome(() => toTimeSpan(s))).toEqual(outcome(() => edtfTimeSpan(s)));
  });

  it('takes the common shapes and leaves the rest to edtf.js', () => {
    expect(simpleEdtf('1965-10-28~')).toEqual({
      type: 'date',
      date: { year: 1965, month: 10, day: 28, approximate: true, uncertain: false },
    });
    expect(simpleEdtf('1965-23')).toEqual({ type: 'season', year: 1965, code: 23 });
    expect(simpleEdtf('../1965-10')?.type).toBe('interval');
    for (const s of ['196X', '0050', '1965-02-29', '1966/1965', '1965-21/1966', '1965-10-28T10:00:00Z']) expect(simpleEdtf(s)).toBeNull();
  });
});
